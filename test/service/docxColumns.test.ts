import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_PADDING_TWIPS, columnWidths } from '../../service/briefing/docxColumns.js';

const PAGE = 9638;
const text = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9 ]{0,60}$/);

describe("the Word file's column widths", () => {
  it('fill the page exactly, every column at least its padding, whatever the table holds', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) =>
            fc.tuple(
              fc.array(text, { minLength: n, maxLength: n }),
              fc.array(fc.array(text, { minLength: n, maxLength: n }), { maxLength: 40 }),
            ),
          ),
        ([head, rows]) => {
          const w = columnWidths(head, rows, PAGE);
          expect(w).toHaveLength(head.length);
          expect(w.reduce((s, x) => s + x, 0)).toBe(PAGE);
          for (const x of w) expect(x).toBeGreaterThanOrEqual(CELL_PADDING_TWIPS);
        },
      ),
    );
  });

  it('give a column room for its longest word, so no word breaks, and the long titles the rest', () => {
    const head = ['Saksnr.', 'Tittel', 'Prosedyre', 'Fase', 'Anslått verdi'];
    const rows = Array.from({ length: 50 }, (_, i) => [
      `2025/${1000 + i}`,
      i % 3 ? 'Konsulenttjenester til kommuneplanens arealdel' : 'Bibliotekmedier',
      'Begrenset tilbudskonkurranse',
      'Kontraktsoppfølging',
      '179\u00a0161\u00a0000\u00a0kr',
    ]);
    const [nr, title, procedure, phase, value] = columnWidths(head, rows, PAGE);
    // "Kontraktsoppfølging" (19 letters) and the whole sum (14 characters, its spaces do not break) keep to one line.
    expect(phase! - CELL_PADDING_TWIPS).toBeGreaterThanOrEqual(19 * 100);
    expect(value! - CELL_PADDING_TWIPS).toBeGreaterThanOrEqual(14 * 100);
    expect(title!).toBeGreaterThan(procedure!);
    expect(title!).toBeGreaterThan(nr! * 2);
  });

  it('keep a short word whole (a case number, a date) when a long one must break', () => {
    const head = ['Dato', 'Saksnr.', 'Tittel', 'Form', 'Leverandører (invitert / deltok)', 'Resultat'];
    const rows = [
      [
        '29.12.2025',
        '2025/2212',
        'Leverandørutviklingsprogrammet',
        'Dialogkonferansearrangement',
        '3 / 3',
        'Kravspesifikasjonsendringene: opplæringsprogrammene',
      ],
    ];
    const [date, nr] = columnWidths(head, rows, PAGE);
    expect(date! - CELL_PADDING_TWIPS).toBeGreaterThanOrEqual(10 * 100);
    expect(nr! - CELL_PADDING_TWIPS).toBeGreaterThanOrEqual(9 * 100);
  });
});
