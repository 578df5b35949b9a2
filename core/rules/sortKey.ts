// SQLite compares text byte by byte, which puts "Å" before "Æ" and capitals
// before small letters. better-sqlite3 cannot register a collation, so we
// store a key that byte-sorts in Norwegian alphabetical order: lower case,
// accents folded (é → e), and æ, ø, å mapped to the three ASCII characters
// right after "z" ({, |, }), which keeps them last and in that order.
const TAIL: Record<string, string> = { æ: '{', ø: '|', å: '}', ä: '{', ö: '|' };

export function norwegianSortKey(s: string): string {
  let out = '';
  for (const ch of s.toLocaleLowerCase('nb').trim()) {
    const tail = TAIL[ch];
    if (tail) out += tail;
    else out += ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return out;
}

/** "2026/99" → "2026/000099"; "26/99" → "2026/000099" so both spellings sort together. */
export function caseNumberSortKey(caseNumber: string): string {
  const [year = '', seq = ''] = caseNumber.split('/');
  const fullYear = year.length === 2 ? `20${year}` : year;
  return `${fullYear}/${seq.padStart(6, '0')}`;
}
