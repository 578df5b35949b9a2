import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, withholdColumns, type Cell, type TableModel } from '../../core/index.js';

// The public version's tables: a column withheld whole goes, with one sentence
// naming it and its legal basis; a column with anything to show stays.

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(REDACTED),
  fc.constant(''),
  fc.constantFrom('Ja', 'Funn i kontrollen', '12 000 kr'),
);

describe('withheld columns', () => {
  it('leaves out a column every cell of which is withheld (or empty), and says so once under the table with its legal basis', () => {
    const m: TableModel = {
      head: ['Dato', 'Resultat', 'Rapport'],
      rows: [
        ['01.02.2026', REDACTED, 'Ja'],
        ['02.02.2026', '', 'Nei'],
        ['03.02.2026', REDACTED, 'Ja'],
      ],
      numeric: [2],
      note: null,
    };
    const out = withholdColumns(m, () => ['foa_7_4'], 'nb');
    expect(out.head).toEqual(['Dato', 'Rapport']);
    expect(out.rows).toEqual([
      ['01.02.2026', 'Ja'],
      ['02.02.2026', 'Nei'],
      ['03.02.2026', 'Ja'],
    ]);
    expect(out.numeric).toEqual([1]);
    expect(out.withheld).toEqual([
      'Kolonnen «Resultat» er utelatt i den offentlige versjonen fordi innholdet er unntatt offentlighet, jf. offentleglova § 13 og anskaffelsesforskriften § 7-4.',
    ]);
    expect(withholdColumns(m, () => ['fvl_13'], 'nn').withheld).toEqual([
      'Kolonna «Resultat» er utelaten i den offentlege versjonen fordi innhaldet er unnateke frå innsyn, jf. offentleglova § 13 og forvaltningslova § 13 første ledd nr. 2.',
    ]);
    expect(withholdColumns(m, () => ['foa_7_4'], 'en').withheld).toEqual([
      'The column “Resultat” is left out of the public version because its content is exempt from public access under the Freedom of Information Act § 13 and Public Procurement Regulation § 7-4.',
    ]);
  });

  it('keeps every column with something to show, and every cell of it; a table with nothing withheld is left as it is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 8 }),
        fc.infiniteStream(cell),
        (cols, n, cells) => {
          const head = Array.from({ length: cols }, (_, j) => `K${j}`);
          const rows = Array.from({ length: n }, () => head.map(() => cells.next().value as Cell));
          const m: TableModel = { head, rows, numeric: [0], note: null };
          const out = withholdColumns(m, () => ['fvl_13'], 'nb');
          const gone = head.filter(
            (_, j) => rows.some((r) => r[j] === REDACTED) && rows.every((r) => r[j] === REDACTED || r[j] === ''),
          );
          expect(out.head).toEqual(head.filter((h) => !gone.includes(h)));
          expect(out.withheld ?? []).toHaveLength(gone.length);
          // What stays is the original cells of the columns kept, in order.
          out.rows.forEach((r, i) => expect(r).toEqual(out.head.map((h) => rows[i]![head.indexOf(h)])));
          if (gone.length === 0) expect(out).toBe(m);
        },
      ),
    );
  });
});
