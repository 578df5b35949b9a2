import {
  addDays,
  regimeFor,
  toDayNumber,
  type CaseFields,
  type Phase,
  type Procedure,
  type Regime,
  type Theme,
} from '../../core/index.js';
import type {
  CasesRepo,
  ContractsRepo,
  DialoguesRepo,
  GoalsRepo,
  NoticesRepo,
  ComplaintsRepo,
  ProtocolsRepo,
  SavingsRepo,
  StrategiesRepo,
  SuppliersRepo,
  Tx,
} from '../../db/index.js';
import { demoProtocol } from './protocolDemo.js';
import { demoComplaints, demoNotices } from './noticeDemo.js';
import { buyers, cancelReasons, departments, needOwners, places } from './catalogue.js';
import { demoContract } from './contractDemo.js';
import { demoDialogue, demoSuppliers } from './dialogueDemo.js';
import { demoStrategy } from './strategyDemo.js';

/** A small, fast, seeded PRNG so demo data and benchmarks are repeatable. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Typical calendar days in each phase, [min, max].
const DURATION: Record<Phase, [number, number]> = {
  behovsavklaring: [14, 80],
  markedsdialog: [14, 60],
  konkurransestrategi: [5, 25],
  konkurransegrunnlag: [14, 60],
  kunngjoring: [25, 45],
  tilbudsfrist: [1, 3],
  evaluering: [10, 30],
  tildeling: [1, 4],
  karensperiode: [10, 14],
  kontraktsignering: [3, 14],
  kontraktsoppfolging: [365, 1460],
  avsluttet: [0, 0],
  avlyst: [0, 0],
};

/** The procedures offices usually choose in each part (any is lawful in part I; see core/reference/regimes.ts for the law). */
const USUAL: Record<Regime, Procedure[]> = {
  under100k: ['direkte'],
  partI: ['direkte', 'apen_tilbud', 'begrenset_tilbud', 'minikonkurranse', 'avrop'],
  partII: ['apen_tilbud', 'begrenset_tilbud', 'forhandling', 'minikonkurranse'],
  partIIEea: ['apen_tilbud', 'forhandling'],
  partIII: ['apen_anbud', 'begrenset_anbud', 'minikonkurranse'],
  partIV: ['apen_tilbud', 'forhandling'],
  partV: ['plan_design'],
};

function pathFor(procedure: Procedure, withDialogue: boolean): Phase[] {
  const planning: Phase[] = withDialogue
    ? ['behovsavklaring', 'markedsdialog', 'konkurransestrategi', 'konkurransegrunnlag']
    : ['behovsavklaring', 'konkurransestrategi', 'konkurransegrunnlag'];
  if (procedure === 'direkte')
    return ['behovsavklaring', 'tildeling', 'kontraktsignering', 'kontraktsoppfolging', 'avsluttet'];
  if (procedure === 'avrop')
    return ['behovsavklaring', 'tildeling', 'kontraktsignering', 'kontraktsoppfolging', 'avsluttet'];
  if (procedure === 'minikonkurranse')
    return [
      'behovsavklaring',
      'konkurransegrunnlag',
      'tilbudsfrist',
      'evaluering',
      'tildeling',
      'kontraktsignering',
      'kontraktsoppfolging',
      'avsluttet',
    ];
  return [
    ...planning,
    'kunngjoring',
    'tilbudsfrist',
    'evaluering',
    'tildeling',
    'karensperiode',
    'kontraktsignering',
    'kontraktsoppfolging',
    'avsluttet',
  ];
}

export interface DemoOptions {
  cases: number;
  /** The last day of the data; cases are spread over the four years before it. */
  today: string;
  seed?: number;
  /** Years the cases are spread over (default 4: "110 a year over four years"). */
  years?: number;
  /** The unit of work the data is written in (db/unitOfWork.ts). */
  tx: Tx;
  /** With these, suppliers, market dialogue, contracts and savings are made too. */
  related?: {
    suppliers: SuppliersRepo;
    dialogues: DialoguesRepo;
    contracts: ContractsRepo;
    savings: SavingsRepo;
    goals: GoalsRepo;
    strategies: StrategiesRepo;
    protocols?: ProtocolsRepo;
    notices?: NoticesRepo;
    complaints?: ComplaintsRepo;
  };
}

/**
 * Fills a database with a realistic municipality: cases across departments,
 * procedures that fit their value, themes, and phase histories whose length
 * depends on age. Runs in one transaction: all or nothing.
 */
export function generateDemo(repo: CasesRepo, opts: DemoOptions): { created: number } {
  const rnd = mulberry32(opts.seed ?? 2026);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const between = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const deptNames = Object.keys(departments);
  const years = opts.years ?? 4;
  const endDay = toDayNumber(opts.today);
  const startDay = endDay - years * 365;
  const seqByYear = new Map<number, number>();

  // Registration dates evenly spread, oldest first, so case numbers rise with time.
  const days = Array.from({ length: opts.cases }, () => between(startDay, endDay)).sort((a, b) => a - b);

  opts.tx(() => {
    const supplierIds = opts.related
      ? demoSuppliers(opts.related.suppliers, Math.max(10, Math.min(60, Math.round(opts.cases / 8))), rnd)
      : [];
    for (const day of days) {
      const registered = addDays('1970-01-01', day);
      const year = Number(registered.slice(0, 4));
      const seq = (seqByYear.get(year) ?? 0) + 1;
      seqByYear.set(year, seq);
      const department = pick(deptNames);
      const tpl = pick(departments[department]!);
      const value = Math.round((tpl.min + rnd() * (tpl.max - tpl.min)) / 1000) * 1000;
      const r = regimeFor({ value, kind: tpl.kind, date: registered });
      const preferred = (r.regime ? USUAL[r.regime] : []).filter((p) => r.allowed.includes(p));
      let procedure: Procedure = preferred.length ? pick(preferred) : 'apen_tilbud';
      let ground: Pick<CaseFields, 'procedureGround' | 'procedureGroundNote'> = {
        procedureGround: null,
        procedureGroundNote: '',
      };
      // Innovation needs are sometimes bought by competitive dialogue: above the EEA threshold on the ground of FOA § 13-2 b.
      if (
        tpl.themes.includes('innovasjon') &&
        rnd() < 0.3 &&
        (r.allowed.includes('dialog') || r.grounded.some((g) => g.procedure === 'dialog'))
      ) {
        procedure = 'dialog';
        if (r.grounded.some((g) => g.procedure === 'dialog'))
          ground = {
            procedureGround: 'foa_13_2_b',
            procedureGroundNote:
              'Behovet kan løses på flere måter; løsningen utvikles sammen med leverandørene i dialogen.',
          };
      }
      const themes = tpl.themes.filter(() => rnd() < 0.8);
      const fields: CaseFields = {
        caseNumber: `${year}/${seq}`,
        title: tpl.title.replace('{place}', pick(places)).replace('{n}', String(between(1, 12))),
        description: tpl.description,
        department,
        needOwner: pick(needOwners),
        buyer: pick(buyers),
        estimatedValue: value,
        kind: tpl.kind,
        procedure,
        ...ground,
        themes,
        ...plannedDates(registered, between),
        ...climateFields(themes, year - Number(opts.today.slice(0, 4)) + years, rnd, year, tpl.climateExempt === true),
        cpvCode: tpl.cpv ?? null,
      };
      const stamp = (d: string) => `${d}T09:00:00.000Z`;
      const id = repo.insert(fields, registered, stamp(registered));
      let version = 1;
      let phase: Phase = 'behovsavklaring';
      let date = registered;
      const path = pathFor(procedure, rnd() < 0.45 || value > 2_000_000);
      const cancelAt = rnd() < 0.05 ? between(1, 5) : -1;
      let winner: number | null = null;
      let awardedOn: string | null = null;
      let noticedOn: string | null = null;
      let hadDialogue = false;
      for (let i = 1; i < path.length; i++) {
        const [min, max] = DURATION[phase];
        const next = addDays(date, between(min, max));
        if (next > opts.today) break;
        const to: Phase = i === cancelAt ? 'avlyst' : path[i]!;
        repo.addEvent(
          id,
          version,
          { phase: to, fromPhase: phase, date: next, note: to === 'avlyst' ? pick(cancelReasons) : '' },
          stamp(next),
        );
        version++;
        if (opts.related && to === 'kontraktsignering') {
          demoContract(opts.related.contracts, opts.related.savings, {
            caseId: id,
            title: fields.title,
            value: fields.estimatedValue,
            kind: fields.kind,
            cpv: fields.cpvCode,
            signed: next,
            today: opts.today,
            supplierIds: [(winner = pick(supplierIds))],
            owner: fields.needOwner,
            administrator: fields.buyer,
            rnd,
          });
        }
        if (to === 'tildeling') awardedOn = next;
        if (to === 'kunngjoring') noticedOn = next;
        if (phase === 'markedsdialog') hadDialogue = true;
        if (opts.related && phase === 'markedsdialog' && to !== 'avlyst') {
          demoDialogue(opts.related.dialogues, {
            caseId: id,
            title: fields.title,
            from: date,
            to: next,
            movedOn: true,
            suppliers: supplierIds,
            rnd,
          });
        }
        phase = to;
        date = next;
        if (to === 'avlyst') break;
      }
      // The protocol of an awarded case in parts II to IV, from a PRNG of its own so the rest of the demo stays as it was.
      if (
        opts.related?.protocols &&
        awardedOn &&
        r.regime &&
        ['partII', 'partIIEea', 'partIII', 'partIV'].includes(r.regime) &&
        supplierIds.length > 3
      ) {
        demoProtocol(opts.related.protocols, opts.related.suppliers, {
          caseId: id,
          regime: r.regime,
          procedure,
          awardedOn,
          winner,
          hadDialogue,
          suppliers: supplierIds,
          rnd: mulberry32(id * 7919),
        });
      }
      // Its notices in Doffin (and TED above the EEA thresholds), from a PRNG of its own.
      if (opts.related?.notices && noticedOn && r.regime)
        demoNotices(opts.related.notices, {
          caseId: id,
          regime: r.regime,
          noticedOn,
          signedOn: phase === 'kontraktsoppfolging' || phase === 'avsluttet' ? date : null,
          rnd: mulberry32(id * 104729),
        });
      // Every 17th awarded case in Del III has a complaint after the award; every 3rd of those goes on to KOFA.
      if (opts.related?.complaints && awardedOn && r.regime === 'partIII' && id % 17 === 0 && supplierIds.length > 1)
        demoComplaints(opts.related.complaints, {
          caseId: id,
          awardedOn,
          today: opts.today,
          supplier: opts.related.suppliers.get(supplierIds[(id + 1) % supplierIds.length]!)!.name,
          toKofa: id % 51 === 0,
        });
      if (opts.related && phase === 'markedsdialog' && date < opts.today) {
        demoDialogue(opts.related.dialogues, {
          caseId: id,
          title: fields.title,
          from: date,
          to: opts.today,
          movedOn: false,
          suppliers: supplierIds,
          rnd,
        });
      }
    }
  });
  if (opts.related) {
    const { goals, strategies } = opts.related;
    opts.tx(() => {
      demoStrategy(strategies, opts.today);
      goals.rebuild();
    });
  }
  repo.checkpoint();
  return { created: opts.cases };
}

/** The dates a buyer plans when a need is registered: notice, tender deadline, award and contract start. */
function plannedDates(registered: string, between: (min: number, max: number) => number) {
  const notice = addDays(registered, between(90, 270));
  const award = addDays(notice, between(45, 100));
  // Tenders five weeks after the notice (no draw of its own, so the rest of the demo stays as it was).
  return {
    plannedNoticeDate: notice,
    plannedTenderDeadline: addDays(notice, 35),
    plannedAwardDate: award,
    plannedContractStart: addDays(award, between(20, 60)),
  };
}

const EXEMPT_WHY =
  'Rådgivning og lisenser uten transport eller produkter av betydning: klimaavtrykket og miljøbelastningen er uvesentlig (FOA § 7-9 femte ledd).';
const REQUIREMENTS_WHY =
  'Krav i kravspesifikasjonen om utslippsfrie kjøretøy og maskiner gir klart bedre klimaeffekt enn vekting, fordi alle tilbud må oppfylle dem (FOA § 7-9 fjerde ledd).';

/**
 * Climate and environment as offices handle it. Before 2024 only cases with
 * the climate theme were weighted, more often in later years. From 2024 FOA
 * § 7-9 applies to every procurement: mostly 30 % weight or more, sometimes
 * justified requirements instead, advice and licences exempt with a
 * justification, and a few still short of the rule. `age` counts years from
 * the first year of the demo (0, 1, 2, ...).
 */
function climateFields(
  themes: readonly Theme[],
  age: number,
  rnd: () => number,
  year: number,
  exemptKind: boolean,
): Pick<CaseFields, 'climateWeightPct' | 'climateRequirements' | 'climateExempt' | 'climateJustification'> {
  const none = { climateWeightPct: null, climateRequirements: false, climateExempt: false, climateJustification: '' };
  if (year >= 2024) {
    const r = rnd();
    if (exemptKind) return { ...none, climateExempt: true, climateJustification: EXEMPT_WHY };
    if (r < 0.7) return { ...none, climateWeightPct: [30, 30, 35, 40][Math.floor(rnd() * 4)]! };
    if (r < 0.85) return { ...none, climateRequirements: true, climateJustification: REQUIREMENTS_WHY };
    return { ...none, climateWeightPct: r < 0.95 ? 20 : null };
  }
  if (!themes.includes('klima_miljo')) return none;
  const r = rnd();
  const strong = r < 0.25 + 0.12 * age;
  const weights = strong ? [30, 30, 35, 40] : [10, 15, 20, 25];
  return {
    ...none,
    climateWeightPct: r < 0.9 ? weights[Math.floor(rnd() * weights.length)]! : null,
    climateRequirements: !strong && rnd() < 0.3,
  };
}
