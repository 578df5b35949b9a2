import { formatDate } from './format.js';
import type { Locale } from './i18n.js';
import { codeName } from './reference/codeName.js';
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

/** "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13 første ledd nr. 2". */
export function exemptionText(bases: readonly ConfidentialityBasis[], locale: Locale): string {
  const laws = bases.map((b) => codeName(confidentialityBasisDefs, b, locale).replace(/^(Taushetsplikt|Duty of confidentiality), /, ''));
  const list = laws.length ? laws.join(locale === 'nb' ? ' og ' : ' and ') : locale === 'nb' ? 'forvaltningsloven § 13 første ledd nr. 2' : 'Public Administration Act § 13 (1) no. 2';
  return locale === 'nb' ? `Unntatt offentlighet, jf. offentleglova § 13 og ${list}` : `Exempt from public access, Freedom of Information Act § 13 and ${list}`;
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
  const [before, between] = m.locale === 'nb' ? ['side ', ' av '] : ['page ', ' of '];
  const top = m.exempt
    ? `@top-left { content: ${cssString(exemptionText(m.exempt.bases, m.locale))}; ${BOX} color: #b00020; font-weight: 700; }`
    : `@top-left { content: ${cssString(m.heading)}; ${BOX} } @top-right { content: ${cssString(m.badge)}; ${BOX} }`;
  const left = m.exempt ? [m.heading, m.footnote].filter(Boolean).join(' · ') : m.footnote;
  const margin = `${PRINT_MARGINS.top} ${PRINT_MARGINS.right} ${PRINT_MARGINS.bottom} ${PRINT_MARGINS.left}`;
  return [
    `@page { size: A4; margin: ${margin};`,
    top,
    `@bottom-left { content: ${cssString(left)}; ${BOX} }`,
    `@bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); ${BOX} white-space: nowrap; } }`,
  ].join(' ');
}

/** The marks of a briefing pack, from its settings. */
export function briefingMarks(p: { organisation: string; title: string; meeting: string; meetingDate: string | null; version: 'public' | 'closed'; bases: readonly ConfidentialityBasis[] }, locale: Locale): PrintMarks {
  return {
    heading: [p.organisation, p.title].filter(Boolean).join(' · '),
    footnote: [p.meeting, p.meetingDate ? formatDate(p.meetingDate, locale) : ''].filter(Boolean).join(' '),
    exempt: p.version === 'closed' ? { bases: p.bases } : null,
    badge: locale === 'nb' ? 'Offentlig versjon' : 'Public version',
    locale,
  };
}

/** The running marks of a procurement protocol: the organisation and the case on every page. */
export function protocolMarks(p: { organisation: string; caseNumber: string; printedOn: string }, locale: Locale): PrintMarks {
  const word = locale === 'nb' ? 'Anskaffelsesprotokoll' : 'Procurement protocol';
  return {
    heading: [p.organisation, `${word} ${p.caseNumber}`].filter(Boolean).join(' · '),
    footnote: `${locale === 'nb' ? 'Skrevet ut' : 'Printed'} ${formatDate(p.printedOn, locale)}`,
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
export function printRouteLocale(url: string): 'nb' | 'en' {
  return /[?&]lang=en\b/.test(url) ? 'en' : 'nb';
}
