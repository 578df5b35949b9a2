// Column widths for the Word file's tables. Word and LibreOffice lay out a
// table without widths as equal columns, which breaks words in the middle
// ("Kontraktsoppfølg-ing") and wastes room on short figures. So each
// column gets room for its longest word (a sum like "12 345 kr" is one word:
// its spaces do not break), and what is left goes to the columns whose text
// is long, in proportion to how long it usually is.

/** Points of text a character takes at the tables' 9 pt, on average, in twips (1/20 pt). */
const CHAR_TWIPS = 100;
/** A cell's left and right margin together, in twips. */
export const CELL_PADDING_TWIPS = 2 * 70;
/** Longer text than this wraps rather than widening its column further. */
const WANT_CAP = 48;

// Lines break at spaces and after hyphens; not inside "2025/1234" or at a no-break space.
const words = (s: string) => s.split(/[ -]+/).filter(Boolean);
const longestWord = (s: string) => words(s).reduce((m, w) => Math.max(m, [...w].length), 0);

/** The length most of a column's cells stay within (its 90th percentile), so a few long titles do not take the table. */
function usualLength(lengths: number[]): number {
  if (lengths.length === 0) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
}

/** Widths in twips, one per column, summing to `total`. */
export function columnWidths(head: readonly string[], rows: readonly (readonly string[])[], total: number): number[] {
  const n = head.length;
  if (n === 0) return [];
  const need: number[] = [];
  const want: number[] = [];
  for (let c = 0; c < n; c++) {
    const cells = rows.map((r) => r[c] ?? '');
    // One character to spare: headings are bold, and fonts differ between Word and LibreOffice.
    // Headings are bold, about a sixth wider.
    const minimum = Math.max(Math.ceil(longestWord(head[c]!) * 1.15), ...cells.map(longestWord), 1) + 1;
    need.push(minimum);
    want.push(Math.max(minimum, Math.min(usualLength(cells.map((x) => [...x].length)), WANT_CAP)));
  }
  const room = Math.max(total - n * CELL_PADDING_TWIPS, n);
  const chars = room / CHAR_TWIPS;
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  let share: number[];
  if (sum(want) <= chars) {
    // Everything fits on one line: spread the spare room in proportion.
    share = want.map((x) => x / sum(want));
  } else if (sum(need) <= chars) {
    // Every word fits: longer texts get the rest, in proportion to how much more they want.
    const extra = want.map((x, i) => x - need[i]!);
    const spare = chars - sum(need);
    share = need.map((x, i) => (x + (sum(extra) ? (spare * extra[i]!) / sum(extra) : spare / n)) / chars);
  } else {
    // Not even the longest words fit side by side. Short ones (a case number, a date) keep their room;
    // the longest words share what is left alike and break.
    let cap = 1;
    for (let hi = Math.max(...need); cap < hi;) {
      const mid = Math.ceil((cap + hi) / 2);
      if (sum(need.map((x) => Math.min(x, mid))) <= chars) cap = mid;
      else hi = mid - 1;
    }
    const kept = need.map((x) => Math.min(x, cap));
    share = kept.map((x) => x / sum(kept));
  }
  const widths = share.map((s) => CELL_PADDING_TWIPS + Math.floor(s * room));
  // Rounding leaves a few twips: they go to the widest column.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest]! += total - sum(widths);
  return widths;
}
