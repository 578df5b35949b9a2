import type { Locale } from '../i18n/locale.js';
import type { Words } from '../i18n/messages.js';

/** An entry of a reference list: its stored code and its name in each language (the one i18n shape, core/i18n/messages.ts). */
export type CodeDef = Words<string> & { readonly code: string };

/**
 * The name of a stored code in a reference list (a phase, a procedure, a
 * theme, a legal basis …) in the user's language; a code the list does not
 * hold is shown as it is, never as nothing; no code is ''.
 */
export function codeName(defs: readonly CodeDef[], code: string | null | undefined, locale: Locale): string {
  if (code === null || code === undefined || code === '') return '';
  return defs.find((d) => d.code === code)?.[locale] ?? code;
}
