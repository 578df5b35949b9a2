import {
  LIMITED_PROCEDURES,
  standstillEnd,
  type Procedure,
  type ProtocolFields,
  type Regime,
} from '../../core/index.js';
import type { ProtocolsRepo, SuppliersRepo } from '../../db/index.js';

// The protocol of an awarded demo case, as a careful office keeps it
// (FOA § 10-5 / § 25-5): who asked to take part and tendered, one rejected
// with its reason, the winner, the award notice and standstill, and the
// reasons the section asks for.

const REJECTIONS = [
  'Tilbudet kom etter fristen (FOA § 9-4 / § 24-2).',
  'Oppfylte ikke kvalifikasjonskravet til økonomisk og finansiell kapasitet.',
  'Unormalt lavt tilbud; leverandøren forklarte ikke prisen (FOA § 24-8).',
];

export function demoProtocol(
  repo: ProtocolsRepo,
  suppliers: SuppliersRepo,
  o: {
    caseId: number;
    regime: Regime;
    procedure: Procedure;
    awardedOn: string;
    winner: number | null;
    hadDialogue: boolean;
    suppliers: number[];
    rnd: () => number;
  },
): void {
  const { rnd } = o;
  const ids = [
    ...new Set([
      o.winner ?? o.suppliers[0]!,
      ...Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => o.suppliers[Math.floor(rnd() * o.suppliers.length)]!),
    ]),
  ];
  const rejectOne = ids.length > 2 && rnd() < 0.4;
  const participants = ids.map((id, i) => {
    const s = suppliers.get(id)!;
    const rejected = rejectOne && i === ids.length - 1;
    const reason = rejected ? REJECTIONS[Math.floor(rnd() * REJECTIONS.length)]! : '';
    return {
      name: s.name,
      orgnr: s.orgnr,
      requested: LIMITED_PROCEDURES.includes(o.procedure),
      selected: LIMITED_PROCEDURES.includes(o.procedure) && !rejected,
      tendered: true,
      rejected,
      rejectionReason: reason,
      abnormallyLow: reason.startsWith('Unormalt'),
      eliminated: false,
      eliminationReason: '',
      awarded: i === 0,
    };
  });
  const fields: ProtocolFields = {
    lotsReason:
      o.regime === 'partIII'
        ? 'Ytelsene henger tett sammen; oppdeling ville gitt flere grensesnitt og høyere samlet pris.'
        : '',
    procedureReason: '',
    electronicException: false,
    electronicExceptionReason: '',
    selectionReason: LIMITED_PROCEDURES.includes(o.procedure)
      ? 'Alle som oppfylte kvalifikasjonskravene ble invitert; ingen ble valgt bort.'
      : '',
    dialogueLog: '',
    marketDialogueMeasures: o.hadDialogue
      ? 'Referater og spørsmål med svar fra dialogen ble publisert sammen med konkurransegrunnlaget, og tilbudsfristen ble satt lengre enn minstefristen (FOA § 8-2 / § 12-2).'
      : '',
    awardNoticeDate: o.awardedOn,
    standstillEndDate: standstillEnd({ regime: o.regime, noticeDate: o.awardedOn, exception: null }),
    standstillNone: '',
    standstillDays: null,
    awardNoticeByPost: false,
    awardNoticeTo: participants.filter((p) => p.tendered).map((p) => p.name),
    standstillException: null,
    participants,
    awardReason:
      'Beste forhold mellom pris og kvalitet etter tildelingskriteriene, med klima og miljø vektet som oppgitt.',
    subcontractors:
      rnd() < 0.5
        ? 'Ingen underleverandører oppgitt.'
        : 'Leverandøren bruker én underleverandør til transport; navnet er oppgitt i tilbudet.',
    conflictsOfInterest: 'Alle i evalueringsgruppen har signert habilitetserklæring; ingen tilfeller av inhabilitet.',
    notes: '',
  };
  repo.save(o.caseId, 0, fields);
}
