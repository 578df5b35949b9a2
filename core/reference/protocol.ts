import type { Procedure } from './procedures.js';
import type { Regime } from './regimes.js';

// What the procurement protocol (anskaffelsesprotokoll) must record, after
// anskaffelsesforskriften §§ 7-1 and 7-2 and docs/DOMAIN.md: each item,
// the parts of the regulation where it is required, and when in the case it
// becomes due. Below NOK 100,000 no protocol is required, but it can be kept.
// 'decided': from the award decision on (the award letter gives its reasons);
// 'awarded': once the contract, and so the winner and its value, is recorded.
export type ProtocolWhen = 'always' | 'competition' | 'decided' | 'awarded' | 'cancelled' | 'reasonedProcedure';

export const protocolItemDefs = [
  { code: 'buyer', nb: 'Oppdragsgiver', en: 'Contracting authority', regimes: ['partI', 'partII', 'partIII'], when: 'always' },
  { code: 'subject', nb: 'Hva som anskaffes, og formålet', en: 'Subject and purpose', regimes: ['partI', 'partII', 'partIII'], when: 'always' },
  { code: 'value', nb: 'Anslått verdi', en: 'Estimated value', regimes: ['partI', 'partII', 'partIII'], when: 'always' },
  { code: 'procedure', nb: 'Prosedyre', en: 'Procedure', regimes: ['partI', 'partII', 'partIII'], when: 'always' },
  { code: 'lotsReason', nb: 'Begrunnelse for ikke å dele opp i delkontrakter', en: 'Why the contract is not divided into lots', regimes: ['partIII'], when: 'always' },
  { code: 'procedureReason', nb: 'Begrunnelse for valg av prosedyre (forhandling, dialog, innovasjonspartnerskap eller direkte anskaffelse)', en: 'Why negotiation, dialogue, an innovation partnership or a direct award was used', regimes: ['partI', 'partII', 'partIII'], when: 'reasonedProcedure' },
  { code: 'participants', nb: 'Leverandører som ba om å delta, ble valgt ut og leverte tilbud', en: 'Suppliers who asked to take part, were selected and submitted tenders', regimes: ['partII', 'partIII'], when: 'competition' },
  { code: 'rejections', nb: 'Avviste leverandører og begrunnelsen for avvisningen', en: 'Rejected suppliers and why they were rejected', regimes: ['partII', 'partIII'], when: 'competition' },
  { code: 'winner', nb: 'Valgt leverandør og kontraktens verdi', en: 'The supplier chosen and the contract value', regimes: ['partI', 'partII', 'partIII'], when: 'awarded' },
  { code: 'awardReason', nb: 'Begrunnelse for valget av leverandør', en: 'Why that supplier was chosen', regimes: ['partI', 'partII', 'partIII'], when: 'decided' },
  { code: 'subcontractors', nb: 'Underleverandører, så langt de er kjent', en: 'Subcontractors, as far as known', regimes: ['partIII'], when: 'awarded' },
  { code: 'conflicts', nb: 'Interessekonflikter og tiltak mot dem', en: 'Conflicts of interest and what was done about them', regimes: ['partII', 'partIII'], when: 'always' },
  { code: 'cancellation', nb: 'Begrunnelse for avlysning', en: 'Why the procurement was cancelled', regimes: ['partI', 'partII', 'partIII'], when: 'cancelled' },
] as const satisfies readonly { code: string; nb: string; en: string; regimes: readonly Regime[]; when: ProtocolWhen }[];

export type ProtocolItem = (typeof protocolItemDefs)[number]['code'];
export const protocolItems = protocolItemDefs.map((d) => d.code) as unknown as readonly [ProtocolItem, ...ProtocolItem[]];

/** Procedures that need their choice explained in the protocol. */
export const REASONED_PROCEDURES: readonly Procedure[] = ['forhandling', 'dialog', 'innovasjonspartnerskap', 'direkte'];

/** How long the protocol and the case's documents are kept after the award (at least). */
export const PROTOCOL_KEEP_YEARS = 3;
