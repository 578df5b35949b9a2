import type { CodeDef } from './codeName.js';

// Complaints and review of a case: a complaint to the office itself, a
// complaint to KOFA (Klagenemnda for offentlige anskaffelser), and a court
// injunction (midlertidig forføyning) that holds the signing back until it
// is lifted.
//
// Sources: KOFA's secretariat, "Valg du må gjøre"
// (https://www.klagenemndssekretariatet.no/klagenemda-for-offentlige-anskaffelser-kofa/saksgangen/valg-du-ma-gjore):
// the office answers within 10 working days of KOFA's letter (4 weeks for an
// alleged illegal direct award) and says within 5 working days whether it
// waits with the contract. The answer deadline of a complaint to the office
// itself is not set by the regulation: the office records the date it set.
// That an injunction bars signing is the court's order itself (tvisteloven
// chapter 34 was not read here); the app holds signing back while one is
// recorded as standing.

export const complaintKindDefs = [
  { code: 'office', nb: 'Klage til oppdragsgiver', nn: 'Klage til oppdragsgivar', en: 'Complaint to the office' },
  { code: 'kofa', nb: 'Klage til KOFA', nn: 'Klage til KOFA', en: 'Complaint to KOFA' },
  {
    code: 'injunction',
    nb: 'Midlertidig forføyning',
    nn: 'Mellombels åtgjerd',
    en: 'Court injunction',
  },
] as const satisfies readonly CodeDef[];
export type ComplaintKind = (typeof complaintKindDefs)[number]['code'];
export const complaintKinds = complaintKindDefs.map((d) => d.code) as unknown as readonly [
  ComplaintKind,
  ...ComplaintKind[],
];

export const complaintOutcomeDefs = [
  { code: 'upheld', nb: 'Beslutningen står fast', nn: 'Avgjerda står fast', en: 'Decision upheld' },
  { code: 'rejected', nb: 'Klagen er avvist', nn: 'Klaga er avvist', en: 'Complaint rejected' },
  { code: 'decisionChanged', nb: 'Beslutningen er endret', nn: 'Avgjerda er endra', en: 'Decision changed' },
] as const satisfies readonly CodeDef[];
export type ComplaintOutcome = (typeof complaintOutcomeDefs)[number]['code'];
export const complaintOutcomes = complaintOutcomeDefs.map((d) => d.code) as unknown as readonly [
  ComplaintOutcome,
  ...ComplaintOutcome[],
];

/**
 * KOFA's case number: the year the case came in, a slash and its serial
 * number, e.g. 2022/1168, 2022/913, 2015/65 (KOFA's own list of decided
 * cases, "Siste avgjorte saker", https://www.klagenemndssekretariatet.no/klagenemda-for-offentlige-anskaffelser-kofa,
 * and its decisions, "Klagenemndas avgjørelse 25. august 2015 i sak 2015/65").
 * KOFA writes the serial without leading zeros; one written with them
 * (2026/0412) is the same number and is let through.
 */
export const KOFA_CASE_NUMBER = /^\d{4}\/\d{1,5}$/;
