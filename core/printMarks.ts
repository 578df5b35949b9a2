import { formatDate } from './format.js';
import { localeOr, type Locale } from './i18n/locale.js';
import { defineMessages, translator } from './i18n/messages.js';
import { confidentialityBasisDefs, type ConfidentialityBasis } from './reference/dialogue.js';

// The running header and footer of a printed report: CSS page-margin boxes
// (@page { @top-left { … } }) that the print route itself adds, so every way
// of printing it (Playwright's page.pdf, Electron's printToPDF and its
// print dialog) puts the same marks on every sheet, the closed version's
// exemption included. The page number reads "side 3 av 12". Chromium lays
// these boxes out with the page; its own header and footer templates cost a
// document per page (a third of a second on a 200-page pack).

export interface PrintMarks {
  /** Left of the header: the organisation and the report's title. */
  heading: string;
  /** Left of the footer: e.g. the meeting and its date. */
  footnote: string;
  /** Closed version: the exemption from public access and its legal basis, on every page. */
  exempt: { bases: readonly ConfidentialityBasis[] } | null;
  /** Right of the header (when not exempt): e.g. "Offentlig versjon". */
  badge: string;
  locale: Locale;
}

export const printWords = defineMessages({
  exempt: {
    nb: 'Unntatt offentlighet, jf. {laws}',
    nn: 'Unnateke frå innsyn, jf. {laws}',
    en: 'Exempt from public access, {laws}',
  },
  laws: {
    nb: 'offentleglova § 13 og {laws}',
    nn: 'offentleglova § 13 og {laws}',
    en: 'Freedom of Information Act § 13 and {laws}',
  },
  and: { nb: ' og ', nn: ' og ', en: ' and ' },
  pageOf: { nb: 'side {page} av {pages}', nn: 'side {page} av {pages}', en: 'page {page} of {pages}' },
  publicVersion: { nb: 'Offentlig versjon', nn: 'Offentleg versjon', en: 'Public version' },
  protocol: {
    nb: 'Anskaffelsesprotokoll {caseNumber}',
    nn: 'Anskaffingsprotokoll {caseNumber}',
    en: 'Procurement protocol {caseNumber}',
  },
  printed: { nb: 'Skrevet ut {date}', nn: 'Skriven ut {date}', en: 'Printed {date}' },
});
const w = translator(printWords);

/** The law each basis rests on; with none recorded, the Public Administration Act's duty of confidentiality. */
const lawOf = (b: ConfidentialityBasis) => confidentialityBasisDefs.find((d) => d.code === b)!.law;

/** "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13 første ledd nr. 2" (nynorsk: "Unnateke frå innsyn, …"). */
export function exemptionText(bases: readonly ConfidentialityBasis[], locale: Locale): string {
  return w('exempt', locale, { laws: exemptionLaws(bases, locale) });
}

/** The laws alone: "offentleglova § 13 og anskaffelsesforskriften § 7-4" (for a sentence that says what was left out). */
export function exemptionLaws(bases: readonly ConfidentialityBasis[], locale: Locale): string {
  const laws = (bases.length ? bases : (['fvl_13'] as const)).map((b) => lawOf(b)[locale]);
  return w('laws', locale, { laws: laws.join(w('and', locale)) });
}

/** "side 3 av 12" in pieces: the words, and where the page number and the page count go (the CSS counters, Word's fields). */
export function pageNumberParts(locale: Locale): (string | { counter: 'page' | 'pages' })[] {
  return w('pageOf', locale)
    .split(/(\{pages?\})/)
    .filter(Boolean)
    .map((p) => (p === '{page}' ? { counter: 'page' as const } : p === '{pages}' ? { counter: 'pages' as const } : p));
}

/** A CSS string literal holding `s` exactly: quotes and backslashes escaped, line breaks and other control characters as hex escapes. */
export function cssString(s: string): string {
  const escape = (c: string) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? `\\${code.toString(16)} ` : c;
  };
  return `"${Array.from(s, escape).join('')}"`;
}

const BOX = `font-family: Inter, 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #333;`;

/** The page rules of a report: A4, its margins, and the running marks in the margin boxes. */
export function pageMarksCss(m: PrintMarks): string {
  const pageNumber = pageNumberParts(m.locale)
    .map((p) => (typeof p === 'string' ? cssString(p) : `counter(${p.counter})`))
    .join(' ');
  const top = m.exempt
    ? `@top-left { content: ${cssString(exemptionText(m.exempt.bases, m.locale))}; ${BOX} color: #b00020; font-weight: 700; }`
    : `@top-left { content: ${cssString(m.heading)}; ${BOX} } @top-right { content: ${cssString(m.badge)}; ${BOX} }`;
  const left = m.exempt ? [m.heading, m.footnote].filter(Boolean).join(' · ') : m.footnote;
  const margin = `${PRINT_MARGINS.top} ${PRINT_MARGINS.right} ${PRINT_MARGINS.bottom} ${PRINT_MARGINS.left}`;
  return [
    `@page { size: A4; margin: ${margin};`,
    top,
    `@bottom-left { content: ${cssString(left)}; ${BOX} }`,
    `@bottom-right { content: ${pageNumber}; ${BOX} white-space: nowrap; } }`,
  ].join(' ');
}

/** The marks of a briefing pack, from its settings. */
export function briefingMarks(
  p: {
    organisation: string;
    title: string;
    meeting: string;
    meetingDate: string | null;
    version: 'public' | 'closed';
    bases: readonly ConfidentialityBasis[];
  },
  locale: Locale,
): PrintMarks {
  return {
    heading: [p.organisation, p.title].filter(Boolean).join(' · '),
    footnote: [p.meeting, p.meetingDate ? formatDate(p.meetingDate, locale) : ''].filter(Boolean).join(' '),
    exempt: p.version === 'closed' ? { bases: p.bases } : null,
    badge: w('publicVersion', locale),
    locale,
  };
}

/** The running marks of a procurement protocol: the organisation and the case on every page. */
export function protocolMarks(
  p: { organisation: string; caseNumber: string; printedOn: string },
  locale: Locale,
): PrintMarks {
  return {
    heading: [p.organisation, w('protocol', locale, { caseNumber: p.caseNumber })].filter(Boolean).join(' · '),
    footnote: w('printed', locale, { date: formatDate(p.printedOn, locale) }),
    exempt: null,
    badge: '',
    locale,
  };
}

/** A4 with room for the running header and footer (the printers pass the same margins as the page rule). */
export const PRINT_MARGINS = { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' } as const;

/**
 * The window a report is opened in to be printed: wider than any paper up to
 * A3 landscape (42 cm, 1587 px at 96 dpi). print.css hides the report in
 * print media at 1700 px and wider, which spares the full layout Chromium
 * makes at the window's width before it lays the report out in pages (a
 * second on a 200-page pack); the pages themselves are narrower, so they
 * show it. The desktop app's print dialog, where any paper may be chosen,
 * opens the report in a narrow window instead.
 */
export const PRINT_VIEWPORT = { width: 1800, height: 1000 } as const;

/**
 * How long a printer waits for a report route's ready signal before it gives
 * up with a clear error. Not a delay: printing starts the moment the route is
 * ready (a 5,000-case pack is ready in about two seconds); this only ends a
 * wait for a route that will never say so.
 */
export const PRINT_READY_TIMEOUT_MS = 120_000;

/** The language a report route is printed in (its `lang` parameter), for the printer's own messages. */
export function printRouteLocale(url: string): Locale {
  return localeOr(/[?&]lang=([a-z]+)\b/.exec(url)?.[1]);
}
