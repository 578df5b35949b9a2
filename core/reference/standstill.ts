import type { CodeDef } from './codeName.js';
import type { Regime } from './regimes.js';

// The notice of the award (meddelelse om tildeling), the standstill period
// (karensperiode) and the contract award notice (kunngjøring av
// konkurranseresultat), as data with where each fact comes from.
//
// Sources, as read on 28.11.2026 (search of stored public pages):
// - Which parts: anskaffelser.no, "Meddele valg av leverandør"
//   (https://anskaffelser.no/anskaffelsesprosess/anskaffelsesprosessen-steg-steg/konkurransegjennomforing/velge-tilbud-og-innga-avtale/meddele-valg-av-leverandor):
//   the written notice to all concerned suppliers at the same time, with the
//   reasons and a standstill period, is a duty in Del II and Del III
//   (FOA § 10-1 (1) and § 25-1 (1)); Del I has no such duty (recommended);
//   the contract may not be concluded before the standstill ends (FOA § 4-5 g).
// - Length, the ministry's guide to the regulation, chapter 13.2
//   "Karensperiode før inngåelse av kontrakt"
//   (https://www.regjeringen.no/no/dokumenter/veileder-offentlige-anskaffelser/id2581234/?ch=16):
//   Del III sets a minimum of 10 days (15 when the notice is not sent
//   electronically); Del II (§ 10-2) sets no number of days but a
//   "rimelig karensperiode" the office sets by the purchase's complexity,
//   size and award criteria (shorter for small, simple, urgent purchases),
//   long enough for the suppliers to consider a complaint or an injunction;
//   10/15 days as in Del III "vil alltid måtte anses som rimelig tid".
//   foa.no ("Karensperioden er ingen «klagefrist»",
//   http://foa.no/blog-2/files/tag-karensperiode.php) says the same of Del III.
// - Del IV (§§ 30-8/30-9, as core/reference/protocol.ts cites them): not
//   verified; the app proposes the Del III minimum and says so.
// - Counting: all deadlines of the procurement rules follow the EEA time
//   limits regulation (forskrift om tidsfrister i EØS-avtalen,
//   FOR-1992-12-04-910, Reg. 1182/71), FOA § 7-6, in calendar days
//   (regjeringen.no, "Frister", id2570287). A period in days starts the day
//   after the event (art. 3 (1)); when its last day is a public holiday, a
//   Saturday or a Sunday it ends at the end of the next working day
//   (art. 3 (4), https://lovdata.no/dokument/SF/forskrift/1992-12-04-910).
// - Exceptions: the remedies directive's cases (2007/66/EC art. 2b) as the
//   office meets them; the letter of FOA § 25-2 was not read here, so the
//   screen says the exception is the office's own assessment to record.
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
  partIIEea: { days: 10, daysByPost: 15, minimum: false, basis: 'FOA §§ 10-1, 10-2', verified: true },
  partIII: { days: 10, daysByPost: 15, minimum: true, basis: 'FOA §§ 25-1, 25-2', verified: true },
  partIV: { days: 10, daysByPost: 15, minimum: true, basis: 'FOA §§ 30-8, 30-9', verified: false },
  partV: null,
};

/** Days after the contract is concluded within which its award notice must be published, and where. */
export const RESULT_NOTICE: Partial<Record<Regime, { days: number; basis: string }>> = {
  partIII: { days: 30, basis: 'FOA § 21-6' },
  partIIEea: { days: 30, basis: 'FOA § 8-19' },
  partIV: { days: 30, basis: 'FOA § 30-7' },
};

/** Why no standstill applies to a case where its part would set one. */
export const standstillExceptionDefs = [
  {
    code: 'singleTenderer',
    nb: 'Bare én leverandør ga tilbud, og det er ingen andre berørte kandidater',
    nn: 'Berre éin leverandør gav tilbod, og det er ingen andre rørte kandidatar',
    en: 'Only one supplier tendered and there are no other concerned candidates',
  },
  {
    code: 'frameworkCallOff',
    nb: 'Avrop på en rammeavtale',
    nn: 'Avrop på ein rammeavtale',
    en: 'A call-off under a framework agreement',
  },
  {
    code: 'noPriorNotice',
    nb: 'Anskaffelse uten forutgående kunngjøring der det ikke er krav om kunngjøring',
    nn: 'Anskaffing utan kunngjering på førehand der det ikkje er krav om kunngjering',
    en: 'A procurement without a prior notice where none is required',
  },
] as const satisfies readonly CodeDef[];
export type StandstillException = (typeof standstillExceptionDefs)[number]['code'];
export const standstillExceptions = standstillExceptionDefs.map((d) => d.code) as unknown as readonly [
  StandstillException,
  ...StandstillException[],
];
