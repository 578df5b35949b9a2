import { formatDate } from './format.js';
import type { Locale } from './i18n.js';
import { confidentialityBasisDefs, type ConfidentialityBasis } from './reference/dialogue.js';

// The running header and footer of a printed report, as Chromium's print
// templates (Playwright's page.pdf and Electron's printToPDF take the same
// HTML). They are printed outside the page's own CSS, so they carry their
// own inline styles and use no web font. The page number reads "side 3 av 12".

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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
  const laws = bases.map((b) => confidentialityBasisDefs.find((d) => d.code === b)![locale].replace(/^(Taushetsplikt|Duty of confidentiality), /, ''));
  const list = laws.length ? laws.join(locale === 'nb' ? ' og ' : ' and ') : locale === 'nb' ? 'forvaltningsloven § 13 første ledd nr. 2' : 'Public Administration Act § 13 (1) no. 2';
  return locale === 'nb' ? `Unntatt offentlighet, jf. offentleglova § 13 og ${list}` : `Exempt from public access, Freedom of Information Act § 13 and ${list}`;
}

const base = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; gap: 8mm;';

/** The header: the closed version's exemption across the page in red; the public version says it is public. */
export function headerTemplate(m: PrintMarks): string {
  if (m.exempt) return `<div style='${base}'><span style="color:#b00020;font-weight:bold">${esc(exemptionText(m.exempt.bases, m.locale))}</span></div>`;
  return `<div style='${base}'><span>${esc(m.heading)}</span><span>${esc(m.badge)}</span></div>`;
}

/** The footer: what the report is and for which meeting, and "side 3 av 12". */
export function footerTemplate(m: PrintMarks): string {
  const page = m.locale === 'nb' ? 'side <span class="pageNumber"></span> av <span class="totalPages"></span>' : 'page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  const left = m.exempt ? [m.heading, m.footnote].filter(Boolean).join(' · ') : m.footnote;
  return `<div style='${base}'><span>${esc(left)}</span><span style="white-space:nowrap">${page}</span></div>`;
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

/** A4 with room for the running header and footer. */
export const PRINT_MARGINS = { top: '20mm', bottom: '18mm', left: '14mm', right: '14mm' } as const;
