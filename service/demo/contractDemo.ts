import {
  addDays,
  addMonths,
  apprenticeScope,
  payConditionsScope,
  type ApprenticeDecision,
  type Kind,
  type PaySector,
} from '../../core/index.js';
import type { ContractsRepo, SavingsRepo } from '../../db/index.js';

/** The sector a demo contract is in, from its CPV code, as a buyer would record it (FOR-2008-02-08-112 § 5a). */
function sectorFor(cpv: string | null, kind: Kind): PaySector | null {
  if (kind === 'varer') return null;
  const c = cpv ?? '';
  if (c.startsWith('4531')) return 'elektro';
  if (kind === 'bygg_anlegg' || c.startsWith('45')) return 'byggeplasser';
  if (c.startsWith('9091')) return 'renhold';
  if (c.startsWith('6013') || c.startsWith('601')) return 'turbil';
  if (c.startsWith('55')) return 'overnatting_servering';
  if (c.startsWith('48') || c.startsWith('66') || c.startsWith('79') || c.startsWith('64')) return 'ingen';
  return 'landsomfattende';
}

/** What the office decided about apprentices: required on building sites and in trades, not relevant for advice and licences. */
function apprenticesFor(sector: PaySector | null): { apprenticeDecision: ApprenticeDecision; apprenticeNote: string } {
  if (sector === 'byggeplasser' || sector === 'elektro')
    return {
      apprenticeDecision: 'krav_stilt',
      apprenticeNote: 'Tømrer-, elektro- og betongfag har særlig behov for læreplasser.',
    };
  if (sector === 'renhold' || sector === 'overnatting_servering')
    return {
      apprenticeDecision: 'krav_stilt',
      apprenticeNote: 'Renholdsoperatør- og kokkfaget har underdekning på læreplasser.',
    };
  return {
    apprenticeDecision: 'ikke_relevant',
    apprenticeNote: 'Hovedelementet er ikke arbeid der fag- eller svennebrev er relevant.',
  };
}

/**
 * The contract that came out of an awarded demo case: signed on the signing
 * date, two to four years with up to two one-year options, some already
 * decided. Pay-and-conditions follow-up on most service and works contracts.
 */
export function demoContract(
  repo: ContractsRepo,
  savings: SavingsRepo,
  o: {
    caseId: number;
    title: string;
    value: number;
    kind: Kind;
    cpv: string | null;
    signed: string;
    today: string;
    supplierIds: number[];
    owner: string;
    administrator: string;
    rnd: () => number;
  },
): void {
  const { rnd } = o;
  const start = addDays(o.signed, 14 + Math.floor(rnd() * 30));
  const years = 2 + Math.floor(rnd() * 3);
  const endDate = addDays(addMonths(start, years * 12), -1);
  const optionCount = Math.floor(rnd() * 3);
  let end = endDate;
  const options = [];
  for (let i = 0; i < optionCount; i++) {
    options.push({ lengthMonths: 12, decideBy: addMonths(end, -4) });
    end = addMonths(end, 12);
  }
  const value = Math.round((o.value * (0.8 + rnd() * 0.3)) / 1000) * 1000;
  // The saving against a baseline, and what follow-up has confirmed year by year since.
  const baselineValue = Math.round((value * (1.01 + rnd() * 0.07)) / 1000) * 1000;
  const recorded = rnd() < 0.7;
  if (recorded)
    savings.set({
      caseId: o.caseId,
      baselineKind: rnd() < 0.5 ? 'previous_contract' : rnd() < 0.5 ? 'estimate' : 'market_price',
      baselineValue,
      awardedValue: value,
      periodMonths: years * 12,
      note: '',
    });
  const perYear = ((baselineValue - value) * 12) / (years * 12);
  for (let y = Number(start.slice(0, 4)) + 1; recorded && y < Number(o.today.slice(0, 4)); y++)
    savings.setRealised(o.caseId, y, Math.round(perYear * (0.85 + rnd() * 0.2)), '');
  const paySector = sectorFor(o.cpv, o.kind);
  const apprentices = apprenticeScope({ kind: o.kind, value, startDate: start, endDate }).applies
    ? apprenticesFor(paySector)
    : { apprenticeDecision: null, apprenticeNote: '' };
  const id = repo.insert({
    caseId: o.caseId,
    paySector,
    ...apprentices,
    title: o.title,
    supplierIds: o.supplierIds,
    value,
    signedDate: o.signed,
    startDate: start,
    endDate,
    noticeMonths: 3,
    owner: o.owner,
    administrator: o.administrator,
    options,
  });
  // Options whose decision date has passed were decided then; most are used.
  // Declining one lets the later ones lapse, as contracts.decideOption does.
  let declinedOn: string | null = null;
  options.forEach((opt, i) => {
    if (declinedOn) return repo.decideOption(id, i + 1, 'declined', declinedOn);
    if (opt.decideBy >= o.today) return;
    const on = addDays(opt.decideBy, -10);
    if (rnd() < 0.2) declinedOn = on;
    repo.decideOption(id, i + 1, declinedOn ? 'declined' : 'exercised', on);
  });
  if (payConditionsScope({ kind: o.kind, value, sector: paySector }).applies && rnd() < 0.8) {
    const assessed = addDays(start, 20);
    if (assessed >= o.today) return;
    const level = rnd() < 0.3 ? 'high' : rnd() < 0.6 ? 'medium' : 'low';
    const due = addMonths(assessed, level === 'high' ? 6 : 12);
    const base = {
      notes: '',
      findings: '',
      reportWritten: false,
      sanction: null,
      closedDate: null,
      nextControlDue: null,
      riskLevel: null,
    } as const;
    repo.addFollowup(id, {
      ...base,
      kind: 'risk_assessment',
      date: assessed,
      title: 'Risikovurdering lønns- og arbeidsvilkår',
      riskLevel: level,
      nextControlDue: level === 'low' ? null : due,
    });
    // A well-run office: old controls are done; only the latest few may be outstanding.
    if (level !== 'low' && due < o.today && (due < addDays(o.today, -60) || rnd() < 0.5)) {
      repo.addFollowup(id, {
        ...base,
        kind: 'control',
        date: addDays(due, -7),
        title: 'Kontroll av lønns- og arbeidsvilkår',
        findings: 'Lønnsslipper, timelister og HMS-kort kontrollert. Ingen avvik.',
        reportWritten: true,
      });
    }
  }
}
