import type { CodeDef } from './codeName.js';
import type { Regime } from './regimes.js';

// The notice of the award (meddelelse om tildeling), the standstill period
// (karensperiode) and the contract award notice (kunngjøring av
// konkurranseresultat), as data with where each fact comes from.
//
// Sources:
// - The regulation's text: FOA (FOR-2016-08-12-974) as Lovdata consolidates
//   it, last amended 21.03.2024 (forskrift 2024-03-21-572), in the copy DFØ
//   keeps in github.com/anskaffelser/eforms-sdk-nor
//   (src/fields/national-legal-specifics/sf-20160812-0974.xml), read for
//   Anskaff. Quoted where each rule below rests on it:
//   - § 10-1 (1), § 25-1 (1): the notice to the concerned suppliers, in
//     writing and at the same time, with the reasons "og angi karensperioden".
//   - § 10-2 (1) Del II: "etter utløpet av en rimelig karensperiode som er
//     fastsatt av oppdragsgiveren" (no number of days); (2) special services
//     above the EEA threshold in § 5-3 (2): § 25-2 applies; (3) no standstill
//     "a. når oppdragsgiveren ikke har plikt til å kunngjøre konkurransen
//     b. når den valgte leverandøren er den eneste berørte leverandøren
//     c. når oppdragsgiveren tildeler kontrakter under en rammeavtale".
//   - § 25-2 (1) Del III: "minst 10 dager regnet fra dagen etter at
//     meddelelsen om valget av leverandør er sendt. Dersom oppdragsgiveren har
//     gjort unntak fra kravet om bruk av elektronisk kommunikasjon, skal
//     karensperioden være minst 15 dager"; (2) no standstill in a.–c. as
//     above (a. "jf. § 13-3 og § 13-4") and "d. når oppdragsgiveren tildeler
//     kontrakter under en dynamisk innkjøpsordning".
//   - § 30-9 (1) Del IV: the same 10 and 15 days; (2) no standstill only
//     where there is no duty to publish (§ 30-5 (4)) or the chosen supplier
//     is the only one concerned: no exception for framework call-offs.
// - The ministry's guide, chapter 13.2 "Karensperiode før inngåelse av
//   kontrakt" (https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/?ch=16):
//   in Del II the office judges a reasonable period by the purchase's
//   complexity, size and award criteria (shorter for small, simple, urgent
//   purchases), long enough for the suppliers to consider a complaint or an
//   injunction; 10/15 days as in Del III "vil alltid måtte anses som
//   rimelig tid".
// - Which parts: anskaffelser.no, "Meddele valg av leverandør"
//   (https://anskaffelser.no/anskaffelsesprosess/anskaffelsesprosessen-steg-steg/konkurransegjennomforing/velge-tilbud-og-innga-avtale/meddele-valg-av-leverandor):
//   Del I has no such duty (recommended); the contract may not be concluded
//   before the standstill ends (FOA § 4-5 g).
// - Counting: all deadlines of the procurement rules follow the EEA time
//   limits regulation (forskrift om tidsfrister i EØS-avtalen,
//   FOR-1992-12-04-910, Reg. 1182/71), FOA § 7-6, in calendar days
//   (regjeringen.no, "Frister", id2570287). A period in days starts the day
//   after the event (art. 3 (1)); when its last day is a public holiday, a
//   Saturday or a Sunday it ends at the end of the next working day
//   (art. 3 (4), https://lovdata.no/dokument/SF/forskrift/1992-12-04-910).
// - Contract award notice: within 30 days after the contract is concluded in
//   Del III (FOA § 21-6), Del IV (§ 30-7) and Del II special services above
//   the EEA threshold (§ 8-19); for a framework only its conclusion:
//   anskaffelser.no, "Kunngjøre inngåelse av kontrakt"
//   (https://www.anskaffelser.no/nb/anskaffelsesprosessen/anskaffelsesprosessen-steg-steg/konkurransegjennomforing/velge-tilbud-og-innga-avtale/kunngjore-inngaelse-av-kontrakt).

export interface StandstillRule {
  /** The length Anskaff proposes, in calendar days counted from the day after the notice is sent electronically. */
  days: number;
  /** The length when the notice is sent by other means than electronically. */
  daysByPost: number;
  /**
   * Whether `days`/`daysByPost` are a minimum the regulation sets (a shorter
   * period is refused); false: the office sets a reasonable period, and
   * `days` is the length the guide says is always reasonable.
   */
  minimum: boolean;
  /** The sections the duty rests on. */
  basis: string;
  /** Whether the length was verified against a source (false: the app says so). */
  verified: boolean;
}

/** The standstill a part sets (null: the part has no duty of notice and standstill). */
export const STANDSTILL: Record<Regime, StandstillRule | null> = {
  under100k: null,
  partI: null,
  partII: { days: 10, daysByPost: 15, minimum: false, basis: 'FOA §§ 10-1, 10-2', verified: true },
  // Special services above the EEA threshold: § 10-2 (2) applies § 25-2.
  partIIEea: { days: 10, daysByPost: 15, minimum: true, basis: 'FOA §§ 10-1, 10-2 (2), 25-2', verified: true },
  partIII: { days: 10, daysByPost: 15, minimum: true, basis: 'FOA §§ 25-1, 25-2', verified: true },
  partIV: { days: 10, daysByPost: 15, minimum: true, basis: 'FOA §§ 30-8, 30-9', verified: true },
  partV: null,
};

/**
 * Days after the contract is concluded within which its award notice must be
 * published, and where (days null: the duty is there but the text sets no
 * deadline). Not for call-offs under a framework agreement: § 21-6 (2)
 * «Oppdragsgiveren har ikke plikt til å kunngjøre inngåelsen av kontrakter
 * under rammeavtaler» (contracts under a dynamic purchasing system are
 * published each). Design contests at or above the EEA thresholds publish
 * their result, § 31-2 (3) «jf. § 21-1 og § 21-6 fjerde ledd», with no
 * number of days given.
 */
export const RESULT_NOTICE: Partial<Record<Regime, { days: number | null; basis: string }>> = {
  partIII: { days: 30, basis: 'FOA § 21-6' },
  partIIEea: { days: 30, basis: 'FOA § 8-19' },
  partIV: { days: 30, basis: 'FOA § 30-7' },
  partV: { days: null, basis: 'FOA § 31-2 (3)' },
};

/**
 * After an intention notice (intensjonskunngjøring, FOA § 21-5, § 8-18,
 * § 30-6) a request for an injunction made within ten days, counted from the
 * day after the notice's date, suspends the signing: § 25-3 (1) b, § 30-10
 * (1) b, and for special services above the EEA threshold § 10-3 (2)
 * («gjelder § 25-3 tilsvarende»). Signing before then would forestall the
 * very review the notice invites; Anskaff holds it back like a standstill.
 */
export const INTENTION_WAIT: Partial<Record<Regime, { days: number; basis: string }>> = {
  partIIEea: { days: 10, basis: 'FOA §§ 10-3, 25-3 (1) b' },
  partIII: { days: 10, basis: 'FOA § 25-3 (1) b' },
  partIV: { days: 10, basis: 'FOA § 30-10 (1) b' },
};

/** Procedures that award under a framework agreement: no contract award notice of their own (FOA § 21-6 (2)). */
export const FRAMEWORK_CALL_OFF_PROCEDURES = ['avrop', 'minikonkurranse'] as const;

/**
 * Why no standstill applies to a case where its part would set one: the
 * letters of § 10-2 (3), § 25-2 (2) and § 30-9 (2), each with the parts it
 * holds in (special services above the EEA threshold follow § 25-2, by
 * § 10-2 (2)).
 */
export const standstillExceptionDefs = [
  {
    code: 'noPriorNotice',
    nb: 'Oppdragsgiveren har ikke plikt til å kunngjøre konkurransen',
    nn: 'Oppdragsgivaren har ikkje plikt til å kunngjere konkurransen',
    en: 'The authority has no duty to publish the competition',
    parts: ['partII', 'partIIEea', 'partIII', 'partIV'],
    letter: { partII: '§ 10-2 (3) a', partIIEea: '§ 25-2 (2) a', partIII: '§ 25-2 (2) a', partIV: '§ 30-9 (2)' },
  },
  {
    code: 'singleTenderer',
    nb: 'Den valgte leverandøren er den eneste berørte leverandøren',
    nn: 'Den valde leverandøren er den einaste rørte leverandøren',
    en: 'The chosen supplier is the only supplier concerned',
    parts: ['partII', 'partIIEea', 'partIII', 'partIV'],
    letter: { partII: '§ 10-2 (3) b', partIIEea: '§ 25-2 (2) b', partIII: '§ 25-2 (2) b', partIV: '§ 30-9 (2)' },
  },
  {
    code: 'frameworkCallOff',
    nb: 'Kontrakten tildeles under en rammeavtale',
    nn: 'Kontrakten blir tildelt under ein rammeavtale',
    en: 'The contract is awarded under a framework agreement',
    parts: ['partII', 'partIIEea', 'partIII'],
    letter: { partII: '§ 10-2 (3) c', partIIEea: '§ 25-2 (2) c', partIII: '§ 25-2 (2) c' },
  },
  {
    code: 'dynamicPurchasing',
    nb: 'Kontrakten tildeles under en dynamisk innkjøpsordning',
    nn: 'Kontrakten blir tildelt under ei dynamisk innkjøpsordning',
    en: 'The contract is awarded under a dynamic purchasing system',
    parts: ['partIIEea', 'partIII'],
    letter: { partIIEea: '§ 25-2 (2) d', partIII: '§ 25-2 (2) d' },
  },
] as const satisfies readonly (CodeDef & { parts: readonly Regime[]; letter: Partial<Record<Regime, string>> })[];
export type StandstillException = (typeof standstillExceptionDefs)[number]['code'];
export const standstillExceptions = standstillExceptionDefs.map((d) => d.code) as unknown as readonly [
  StandstillException,
  ...StandstillException[],
];

/** Procedures without a prior notice: § 25-2 (2) a holds only «jf. § 13-3 og § 13-4», § 30-9 (2) «jf. § 30-5 fjerde ledd» (the same conditions). */
export const NO_NOTICE_PROCEDURES = ['forhandling_uten_kunngjoring', 'direkte'] as const;

/**
 * The exceptions the case's part allows (an unknown part as Del III); the
 * one for no duty to publish only where the case's procedure has no prior
 * notice.
 */
export function standstillExceptionsFor(
  regime: Regime | null,
  procedure: string | null = null,
): (typeof standstillExceptionDefs)[number][] {
  const part = regime ?? 'partIII';
  const noNotice = (NO_NOTICE_PROCEDURES as readonly string[]).includes(procedure ?? '');
  return standstillExceptionDefs.filter(
    (d) => (d.parts as readonly Regime[]).includes(part) && (d.code !== 'noPriorNotice' || noNotice),
  );
}
