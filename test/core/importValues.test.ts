import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatNok,
  fromDayNumber,
  guessMapping,
  readCell,
  readDate,
  readNok,
  toDayNumber,
} from '../../core/index.js';

const isoArb = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2060-12-31') }).map(fromDayNumber);

describe('reading spreadsheet cells', () => {
  it('reads back every amount as Norwegians write it, with or without "kr"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(readNok(formatNok(n))).toBe(n);
        expect(readNok(formatAmount(n))).toBe(n);
        expect(readNok(String(n))).toBe(n);
        expect(readNok(n)).toBe(n);
      }),
    );
    expect(readNok('1.300.000,50')).toBe(1_300_001);
    expect(readNok('1,5 mill.')).toBe(1_500_000);
    expect(readNok('kr 12 000,-')).toBe(12_000);
    for (const bad of ['ca. en million', '12 000 EUR', '-5', '1,2,3']) expect(readNok(bad)).toBeNull();
  });

  it('reads every date as typed in Norway, as ISO, as an Excel date cell and as an Excel serial number', () => {
    fc.assert(
      fc.property(isoArb, (iso) => {
        expect(readDate(formatDate(iso))).toBe(iso);
        expect(readDate(iso)).toBe(iso);
        expect(readDate(new Date(`${iso}T00:00:00Z`))).toBe(iso);
        expect(readDate(toDayNumber(iso) + 25_569)).toBe(iso);
      }),
    );
    expect(readDate('5.3.26')).toBe('2026-03-05');
    for (const bad of ['31.02.2026', '2026-13-01', 'i morgen', '12/2026']) expect(readDate(bad)).toBeNull();
  });

  it('never throws on any cell and says what it could not read', () => {
    const kinds = [
      'text',
      'nok',
      'date',
      'kind',
      'procedure',
      'themes',
      'percent',
      'bool',
      'cpv',
      'orgnr',
      'postalCode',
    ] as const;
    const cellArb = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...kinds), cellArb, (kind, cell) => {
        const r = readCell(kind, cell);
        if (!r.ok) expect(typeof r.params.value).toBe('string');
      }),
    );
  });

  it('reads code lists by code, by label in either language, and by a word that points at one only', () => {
    expect(readCell('kind', 'Bygg og anlegg')).toEqual({ ok: true, value: 'bygg_anlegg' });
    expect(readCell('kind', 'Services')).toEqual({ ok: true, value: 'tjenester' });
    expect(readCell('procedure', 'åpen ANBUDSKONKURRANSE')).toEqual({ ok: true, value: 'apen_anbud' });
    expect(readCell('themes', 'Klima; Innovasjon, klima og miljø')).toEqual({
      ok: true,
      value: ['klima_miljo', 'innovasjon'],
    });
    expect(readCell('percent', 0.3)).toEqual({ ok: true, value: 30 });
    expect(readCell('bool', 'Ja')).toEqual({ ok: true, value: true });
    // "Åpen" alone could be two procedures: not guessed.
    expect(readCell('procedure', 'Åpen').ok).toBe(false);
  });

  it('guesses columns from Norwegian and English headings, each column used once', () => {
    expect(
      guessMapping('cases', ['Saksnr.', 'Tittel', 'Enhet', 'Saksbehandler', 'Anslått verdi', 'Type']),
    ).toMatchObject({ caseNumber: 0, title: 1, department: 2, buyer: 3, estimatedValue: 4, kind: 5, procedure: null });
    expect(
      guessMapping('cases', ['Case number', 'Title', 'Department', 'Buyer', 'Estimated value', 'Kind', 'Procedure']),
    ).toMatchObject({ caseNumber: 0, title: 1, department: 2, buyer: 3, estimatedValue: 4, kind: 5, procedure: 6 });
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), (headings) => {
        const cols = Object.values(guessMapping('cases', headings)).filter((c) => c !== null);
        expect(new Set(cols).size).toBe(cols.length);
        for (const c of cols) expect(c).toBeLessThan(headings.length);
      }),
    );
  });
});
