// Reading an amount of money as offices type it: the one parser behind every
// money field (case estimate, contract value, savings, thresholds, goal
// targets) and the spreadsheet import. What it reads is shown beside the
// field before saving ("Lest som 1 800 000 kr"); what it cannot read is an
// error in words, never a silent guess.
//
// The rule, in order:
// 1. Letter case and spaces do not matter; spaces (also no-break) group digits: "3 500 000".
// 2. A currency mark before or after is dropped: "kr", "kr.", "NOK", and a
//    closing ",-" or ".-" ("kr 250 000,-").
// 3. A scale word after the number multiplies it: "tusen", "tkr", "k"
//    (thousand); "mill", "mill.", "million(er)", "mio", "MNOK", "mkr"
//    (million); "mrd", "mrd.", "milliard(er)", "billion", "bn" (milliard).
//    "1,8 mill. kr", "3,5 MNOK".
// 4. Without a scale word, "." or "," followed by groups of exactly three
//    digits groups thousands: "250.000" and "250,000" are 250 000 kroner, not
//    250 (no one writes kroner to three decimals). Otherwise the one "." or
//    "," is a decimal mark: "1 250,50".
// 5. With a scale word, the one "." or "," is always a decimal mark:
//    "1,250 mill" is 1 250 000 (a tenth of a million is how budgets are written).
// 6. A money field holds whole kroner: "1 250,50" is refused as not whole
//    (the import rounds øre away instead, `ore: 'round'`), as is a million
//    given to more places than a krone ("1,2345678 mill").
// 7. Anything else (two different marks mixed as groups, letters, words
//    such as "tre millioner", several numbers) is refused as not an amount.
// A leading minus is kept; whether a field may be negative is its schema's rule.

export type MoneyProblem = 'empty' | 'notAnAmount' | 'notWhole' | 'tooLarge';
export type MoneyRead = { ok: true; value: number } | { ok: false; problem: MoneyProblem };

const SCALES: readonly [RegExp, bigint][] = [
  [/(mrd\.?|milliard(er)?|billions?|bn)$/, 1_000_000_000n],
  [/(mill\.?|millioner|millions?|mio\.?|mnok|mkr)$/, 1_000_000n],
  [/(tusen|thousand|tkr|k)$/, 1_000n],
];

// The largest amount a field takes: thirteen digits, well within a safe integer.
const MAX = 9_999_999_999_999n;

export function parseMoney(input: string, opts: { ore?: 'refuse' | 'round' } = {}): MoneyRead {
  let s = input
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (s === '') return { ok: false, problem: 'empty' };
  const negative = /^[-\u2212]/.test(s);
  if (negative) s = s.slice(1).trim();
  s = s.replace(/^(kr\.?|nok)\s*/, '');
  if (!negative && /^[-\u2212]/.test(s)) return parseNegated(s, opts);
  // A currency mark at the end only after a digit, a dot or a space: "3,5 MNOK" keeps its scale word.
  s = s
    .replace(/\s*([,.]-)$/, '')
    .replace(/(?<=[\d.\s])\s*(kr\.?|nok)$/, '')
    .replace(/\s*([,.]-)$/, '')
    .trim();
  let scale = 1n;
  for (const [re, factor] of SCALES) {
    const m = re.exec(s);
    // "k" alone only right after a digit ("250k"), so a word ending in k is not read as thousands.
    if (m && (m[0] !== 'k' || /\d\s?k$/.test(s))) {
      scale = factor;
      s = s.slice(0, -m[0].length).trim();
      break;
    }
  }
  // Spaces group digits, but only between digits: "3 500 000", never "3 ,5".
  if (/(?<!\d) | (?!\d{3}(?:$| |[.,]))/.test(s)) return { ok: false, problem: 'notAnAmount' };
  s = s.replace(/ /g, '');
  let whole: string;
  let frac = '';
  if (scale === 1n && /^\d{1,3}(\.\d{3})+$/.test(s)) whole = s.replace(/\./g, '');
  else if (scale === 1n && /^\d{1,3}(,\d{3})+$/.test(s)) whole = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) && scale === 1n) [whole, frac] = split(s.replace(/\./g, ''), ',');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) && scale === 1n) [whole, frac] = split(s.replace(/,/g, ''), '.');
  else if (/^\d+([.,]\d+)?$/.test(s)) [whole, frac] = split(s.replace(',', '.'), '.');
  else return { ok: false, problem: 'notAnAmount' };
  if (whole.length > 16) return { ok: false, problem: 'tooLarge' };
  // Exact arithmetic: 8,4 mill. is 8 400 000, not 8 400 000.000000001.
  const denom = 10n ** BigInt(frac.length);
  const scaled = (BigInt(whole) * denom + BigInt(frac || '0')) * scale;
  let kroner = scaled / denom;
  const rest = scaled % denom;
  if (rest !== 0n) {
    if (opts.ore !== 'round') return { ok: false, problem: 'notWhole' };
    if (rest * 2n >= denom) kroner += 1n;
  }
  if (kroner > MAX) return { ok: false, problem: 'tooLarge' };
  const value = Number(kroner);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

function split(s: string, mark: string): [string, string] {
  const i = s.indexOf(mark);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

// "kr -250": the minus after the currency mark.
function parseNegated(s: string, opts: { ore?: 'refuse' | 'round' }): MoneyRead {
  const r = parseMoney(s.slice(1), opts);
  return r.ok ? { ok: true, value: r.value === 0 ? 0 : -r.value } : r;
}

/** The amount, or null when it is empty or cannot be read (see parseMoney for why). */
export function parseNok(s: string): number | null {
  const r = parseMoney(s);
  return r.ok ? r.value : null;
}

/** The service's message for a problem (core/i18n/service.ts). */
export const MONEY_MESSAGES = {
  empty: 'required',
  notAnAmount: 'moneyNotAnAmount',
  notWhole: 'moneyNotWhole',
  tooLarge: 'moneyTooLarge',
} as const satisfies Record<MoneyProblem, string>;
