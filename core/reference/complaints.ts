import type { CodeDef } from './codeName.js';

// Complaints and review of a case: a complaint to the office itself, a
// complaint to KOFA (Klagenemnda for offentlige anskaffelser), and a request
// to the district court for an injunction (begjæring om midlertidig
// forføyning), which holds the signing back.
//
// Sources: KOFA's secretariat, "Valg du må gjøre"
// (https://www.klagenemndssekretariatet.no/klagenemda-for-offentlige-anskaffelser-kofa/saksgangen/valg-du-ma-gjore):
// the office answers within 10 working days of KOFA's letter (4 weeks for an
// alleged illegal direct award) and says within 5 working days whether it
// waits with the contract. The answer deadline of a complaint to the office
// itself is not set by the regulation: the office records the date it set.
// The request, not the court's order, stops the signing: FOA § 25-3 (1) «Ved
// begjæring om midlertidig forføyning etter oppdragsgiverens valg av
// leverandør, suspenderes oppdragsgiverens adgang til å inngå kontrakt» when
// made within the standstill or ten days after an intention notice; (2) from
// when it is served on the office; (4) until the district court has decided
// it, and never before the standstill ends; (5) an appeal suspends nothing.
// The same in Del IV (§ 30-10) and for special services above the EEA
// threshold (§ 10-3). A granted injunction bars the signing by the court's
// order until it is lifted. Anskaff holds the signing back from the request
// being recorded until the office records that the hold has ended (the
// request refused or withdrawn, or an injunction granted and later lifted):
// on the safe side also for a request made late or in Del II.

/**
 * Working days KOFA gives the office to answer a complaint, from the date of
 * its letter sending the complaint on ("Innen 10 virkedager fra datoen i
 * oversendelsesbrevet"; working days are Monday to Friday but public
 * holidays: KOFA, "Frister for klager og innklagede",
 * https://www.klagenemndssekretariatet.no/klagenemda-for-offentlige-anskaffelser-kofa/saksgangen/frister-for-klager-og-innklagede).
 * An alleged illegal direct award gets 4 weeks; the shorter is proposed.
 */
export const KOFA_ANSWER_WORKING_DAYS = 10;

export const complaintKindDefs = [
  { code: 'office', nb: 'Klage til oppdragsgiver', nn: 'Klage til oppdragsgivar', en: 'Complaint to the office' },
  { code: 'kofa', nb: 'Klage til KOFA', nn: 'Klage til KOFA', en: 'Complaint to KOFA' },
  {
    code: 'injunction',
    nb: 'Begjæring om midlertidig forføyning',
    nn: 'Krav om mellombels åtgjerd',
    en: 'Request for an injunction',
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
