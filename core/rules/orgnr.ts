// Norwegian organisation number (organisasjonsnummer): nine digits, the last
// a MOD11 check digit over the first eight with weights 3,2,7,6,5,4,3,2.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrgnrProblem = 'format' | 'checkDigit' | 'noValidCheckDigit';

/** Strips the spaces people type ("974 760 673"). */
export function normaliseOrgnr(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

/** The check digit for eight digits, or null where no digit can make the number valid. */
export function orgnrCheckDigit(first8: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * WEIGHTS[i]!;
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/** null when valid; otherwise what is wrong with it. */
export function orgnrProblem(raw: string): OrgnrProblem | null {
  const n = normaliseOrgnr(raw);
  if (!/^\d{9}$/.test(n)) return 'format';
  const check = orgnrCheckDigit(n.slice(0, 8));
  if (check === null) return 'noValidCheckDigit';
  return check === Number(n[8]) ? null : 'checkDigit';
}

export function isValidOrgnr(raw: string): boolean {
  return orgnrProblem(raw) === null;
}
