import {
  addDays,
  formatNokShort,
  formatPercent,
  rw,
  ownPart,
  ownValue,
  codeName,
  complaintKindDefs,
  noticePlatformDefs,
  AppError,
  addMonths,
  BRIEFING_HORIZON_MONTHS,
  BRIEFING_LIST_LIMIT,
  PLAN_QUARTER_LIMIT,
  SHORT_LIST_LIMIT,
  SHORT_PLAN_QUARTER_LIMIT,
  climateStatus,
  currentEnd,
  payConditionsScope,
  phaseStats,
  packSections,
  previousPeriod,
  stageDaysByYear,
  summarySentences,
  thresholdNotes,
  warningText,
  type BriefingPack,
  type BriefingSection,
  type BriefingSpec,
  type ConfidentialityBasis,
  type Output,
  type ParsedInput,
  type SavedPack,
} from '../../core/index.js';
import { createHash, randomBytes } from 'node:crypto';
import type { HandlerContext } from '../context.js';
import { deadlineRows } from './contracts.js';
import { frameworkSpendRows } from './frameworks.js';
import { caseNotFound } from './fieldError.js';
import { planQuarters } from './plan.js';
import { guarded, type Redactions } from './publicView.js';
import { ORGANISATION_NAME, USER_NAME } from '../reads/settings.js';
import { dashboardFor } from './strategy.js';
import { thresholdTableFor } from './thresholds.js';
import { office, reads } from '../registry.js';

function groupBy<T>(rows: readonly T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(key(r));
    if (list) list.push(r);
    else m.set(key(r), [r]);
  }
  return m;
}

const countBy = <T>(rows: readonly T[], key: (r: T) => string, value: (r: T) => number) => {
  const m = new Map<string, { key: string; n: number; value: number }>();
  for (const r of rows) {
    const k = key(r);
    const e = m.get(k) ?? { key: k, n: 0, value: 0 };
    e.n++;
    e.value += value(r);
    m.set(k, e);
  }
  return [...m.values()].sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1));
};

/** The joint cases among some, as the pack notes them: left out where there are none. */
const jointCount = (jointCases: number) => (jointCases ? { jointCases } : {});

/**
 * The settings as a pack echoes them: in the public version a highlight's
 * text marked confidential is left out here too, so neither the pack, nor
 * its record, nor anything made from it carries the text.
 */
function echoedSpec(spec: BriefingSpec, ctx: HandlerContext): BriefingSpec {
  // The cover names the organisation set under Innstillinger when the pack's settings name none.
  const organisation = spec.organisation || (ctx.repos.settings.get(ORGANISATION_NAME) ?? '');
  if (spec.version !== 'public') return { ...spec, organisation };
  return { ...spec, organisation, highlights: spec.highlights.map((h) => (h.confidential ? { ...h, text: '' } : h)) };
}

/** The value of a case's contracts together, or null when it has none. */
function contractValueOf(ctx: HandlerContext, caseId: number): number | null {
  const list = ctx.repos.contracts.list({ caseId });
  return list.length ? list.reduce((sum, k) => sum + k.value, 0) : null;
}

/** What every part of a pack is read with: its settings, the view it is for and where it notes what it left out. */
interface PackScope {
  spec: BriefingSpec;
  ctx: HandlerContext;
  view: 'public' | 'internal';
  redactions: Redactions;
  bases: Set<ConfidentialityBasis>;
  asOf: string;
  repo: HandlerContext['repos']['briefing'];
  has: (k: BriefingSection) => boolean;
  listLimit: number;
  quarterLimit: number;
  /** Joint procurements' other participants, by case: the office's own figures count its own share. */
  joint: Map<number, ReturnType<HandlerContext['repos']['joint']['forCase']>>;
  /** The office's own share of a case's value (core/rules/joint.ts): the whole where the case is the office's alone. */
  own: (c: { id: number; estimatedValue: number }) => number;
}

function packScope(spec: BriefingSpec, ctx: HandlerContext): PackScope {
  // Only what the pack prints is read: the short version's sections, or the appendix alone.
  const shown = new Set(packSections(spec));
  const joint = ctx.repos.joint.byCase();
  return {
    spec,
    ctx,
    view: spec.version === 'public' ? 'public' : 'internal',
    redactions: [],
    bases: new Set<ConfidentialityBasis>(),
    asOf: spec.meetingDate && spec.meetingDate < ctx.today ? spec.meetingDate : ctx.today,
    repo: ctx.repos.briefing,
    has: (k) => shown.has(k),
    // The short version's lists are shorter still; each says how many there are in all.
    listLimit: spec.length === 'short' ? SHORT_LIST_LIMIT : BRIEFING_LIST_LIMIT,
    quarterLimit: spec.length === 'short' ? SHORT_PLAN_QUARTER_LIMIT : PLAN_QUARTER_LIMIT,
    joint,
    own: (c) => ownValue(c.estimatedValue, joint.get(c.id) ?? []),
  };
}

/** The goals of the strategy in force, with their values by year. */
function goalsPart({ spec, ctx, asOf, has, repo, joint }: PackScope): BriefingPack['goals'] {
  const dashboard = has('goals') ? dashboardFor(ctx, undefined, spec.to < asOf ? spec.to : asOf) : null;
  // The savings goal counts a joint case's whole saving, as Mål does; the pack says so where there are such cases.
  const years = dashboard?.years ?? [];
  const jointSaved =
    dashboard?.goals.some((g) => g.measure === 'savings') && years.length
      ? repo.savedByCase(`${years[0]}-01-01`, `${years.at(-1)}-12-31`).filter((r) => joint.has(r.caseId) && r.v).length
      : 0;
  // A strategy for other years than the period's is not the period's: the pack says there is none.
  const strategy = dashboard?.strategy;
  const covers =
    strategy && strategy.fromYear <= Number(spec.to.slice(0, 4)) && strategy.toYear >= Number(spec.from.slice(0, 4));
  return dashboard?.strategy && covers
    ? {
        strategyTitle: dashboard.strategy.title,
        years: dashboard.years,
        ...(jointSaved ? { jointSavingCases: jointSaved } : {}),
        goals: dashboard.goals.map((g) => ({
          measure: g.measure,
          theme: g.theme,
          title: g.title,
          target: g.target,
          values: g.values.map((v) => ({ year: v.year, value: v.value, status: v.status })),
        })),
      }
    : null;
}

/** Time in each phase: the period's cases, and the share of days per stage over the last four years. */
function phaseTimesPart({ spec, ctx, repo, has }: PackScope): BriefingPack['phaseTimes'] {
  const toYear = Number(spec.to.slice(0, 4));
  const trendYears = [toYear - 3, toYear - 2, toYear - 1, toYear];
  const stageDays = has('phaseTimes')
    ? stageDaysByYear(ctx.repos.goals.phaseDays(trendYears[0]!, toYear), ctx.repos.goals.openStretches(), ctx.today)
    : new Map<number, never>();
  const timelines = has('phaseTimes') ? repo.timelines(spec.from, spec.to) : [];
  return {
    stats: phaseStats(timelines, ctx.today),
    sharesByYear: trendYears
      .filter((year) => stageDays.has(year))
      .map((year) => {
        const d = stageDays.get(year) ?? { planning: 0, competition: 0, followup: 0 };
        const days = d.planning + d.competition + d.followup;
        const share = (x: number) => (days ? x / days : 0);
        return {
          year,
          planning: share(d.planning),
          competition: share(d.competition),
          followup: share(d.followup),
          days,
        };
      }),
  };
}

/** Pay and conditions: covered contracts in force during the period, assessed by its end, controlled within it. */
function payConditionsCoverage({ spec, repo, has }: PackScope) {
  let covered = 0;
  let assessed = 0;
  let controlled = 0;
  if (has('payConditions')) {
    const { contracts, options, followups } = repo.contractsForCoverage();
    const optsBy = groupBy(options, (o) => o.contractId);
    const fuBy = groupBy(followups, (f) => f.contractId);
    for (const k of contracts) {
      if (
        payConditionsScope({ kind: k.kind, value: k.value, sector: k.paySector }).applies !== true ||
        k.startDate > spec.to
      )
        continue;
      const end = currentEnd({ ...k, options: optsBy.get(k.id) ?? [] });
      if ((k.terminatedDate && k.terminatedDate < end ? k.terminatedDate : end) < spec.from) continue;
      const fu = fuBy.get(k.id) ?? [];
      covered++;
      if (fu.some((f) => f.kind === 'risk_assessment' && f.date <= spec.to)) assessed++;
      if (fu.some((f) => f.kind === 'control' && f.date >= spec.from && f.date <= spec.to)) controlled++;
    }
  }
  return { covered, assessed, controlled };
}

/** The coverage and the period's controls, the most recent listed. */
function payConditionsPart(scope: PackScope): BriefingPack['payConditions'] {
  const { spec, repo, has, view, bases, redactions, listLimit } = scope;
  const controls = has('payConditions') ? repo.controls(spec.from, spec.to) : [];
  return {
    ...payConditionsCoverage(scope),
    controlsTotal: controls.length,
    controls: controls
      .slice(-listLimit)
      .reverse()
      .map((c, i) => ({
        date: c.date,
        contractTitle: c.contractTitle,
        caseNumber: c.caseNumber,
        // Findings name people and firms (business secrets, fvl. § 13): they go in the closed version only.
        findings:
          c.kind === 'control' && c.findings.trim()
            ? (bases.add('fvl_13'),
              guarded(c.findings, 'fvl_13', view, `payConditions.controls.${i}.findings`, redactions))
            : null,
        reportWritten: c.reportWritten === 1,
        sanction: c.sanction,
      })),
  };
}

/** The cases the user chose to highlight, with the text written for each. */
function highlightsPart({
  spec,
  ctx,
  has,
  view,
  bases,
  redactions,
  joint,
  own,
}: PackScope): BriefingPack['highlights'] {
  if (!has('highlights')) return [];
  return spec.highlights.map((h, i) => {
    const c = ctx.repos.cases.get(h.caseId);
    if (!c) throw caseNotFound(ctx.locale, h.caseId, `highlights.${i}.caseId`);
    // A highlight's text the user marked confidential is treated as a business secret (fvl. § 13).
    if (h.confidential) bases.add('fvl_13');
    const contractValue = contractValueOf(ctx, h.caseId);
    return {
      caseNumber: c.caseNumber,
      title: c.title,
      department: c.department,
      phase: c.phase,
      estimatedValue: c.estimatedValue,
      // What was signed, where the case has a contract: the figure a council asks about.
      contractValue,
      // A joint case's estimate is the whole joint value: the office's own share of it beside it.
      ...(joint.has(h.caseId) ? { ownValue: own(c) } : {}),
      kind: c.kind,
      text: guarded(h.text, h.confidential ? 'fvl_13' : null, view, `highlights.${i}.text`, redactions),
    };
  });
}

/** The pack speaks of its period, today and (in the plan) the next twelve months: the thresholds it judges by must say how current they are. */
function ruleNotesFor({ spec, ctx, asOf, has }: PackScope): string[] {
  const coversTo = [spec.to, asOf, has('plan') ? addMonths(asOf, 12) : spec.to].sort().at(-1)!;
  return thresholdNotes(spec.from, coversTo, thresholdTableFor(ctx)).map((w) => warningText(w, ctx.locale));
}

/** The period's awarded contracts by whether they met the climate requirement. */
function climateOf({ spec, repo }: PackScope): BriefingPack['summary']['climate'] {
  const climate = { met: 0, notMet: 0, exempt: 0, outside: 0 };
  for (const c of repo.climateAwarded(spec.from, spec.to)) {
    const st = climateStatus(c);
    if (st === 'pending') continue;
    climate[st]++;
  }
  return climate;
}

/** The summary's figures; its sentences are written from the whole pack once it is made. */
function summaryPart(scope: PackScope, handled: readonly { id: number }[]): BriefingPack['summary'] {
  const { spec, repo, joint } = scope;
  const prev = previousPeriod(spec.from, spec.to);
  const fourYearsFrom = addDays(addMonths(spec.to, -48), 1);
  // The office's own figures: a joint case's savings count in proportion to the office's own share of its value.
  const own = <R extends { caseId: number; whole: number }>(rows: readonly R[], v: (r: R) => number) =>
    rows.reduce((sum, r) => sum + ownPart(v(r), r.whole, joint.get(r.caseId) ?? []), 0);
  const saved = (from: string, to: string) => own(repo.savedByCase(from, to), (r) => r.v);
  const period = repo.savedByCase(spec.from, spec.to);
  return {
    sentences: [],
    casesHandled: handled.length,
    savedPeriod: own(period, (r) => r.v),
    savedFourYears: saved(fourYearsFrom, spec.to),
    previous: {
      ...prev,
      casesHandled: repo.handledCount(prev.from, prev.to),
      savedPeriod: saved(prev.from, prev.to),
    },
    climate: climateOf(scope),
    realisedPeriod: own(repo.realisedByCase(spec.from, spec.to), (r) => r.v),
    estimateBased: own(period, (r) => r.onEstimate),
    ...jointCount(handled.filter((c) => joint.has(c.id)).length),
  };
}

/** The cases handled in the period, counted by phase, procedure, department and theme. */
function portfolioPart(
  { spec, repo, has, own }: PackScope,
  handled: ReturnType<PackScope['repo']['handledCases']>,
): BriefingPack['portfolio'] {
  // A case with several themes counts under each, at the same own value as in the other tables.
  const byId = new Map(handled.map((c) => [c.id, c]));
  const themes = has('portfolio') ? repo.caseThemes(spec.from, spec.to) : [];
  return {
    byPhase: countBy(handled, (c) => c.phase, own),
    byProcedure: countBy(handled, (c) => c.procedure ?? '', own),
    byDepartment: countBy(handled, (c) => c.department, own),
    byTheme: countBy(
      themes,
      (t) => t.theme,
      (t) => own(byId.get(t.caseId)!),
    ),
  };
}

/** The period's market dialogue: counts by form, and the most recent activities. */
function dialoguePart({ spec, repo, has, view, bases, redactions, listLimit }: PackScope): BriefingPack['dialogue'] {
  const dialogues = has('dialogue') ? repo.dialogues(spec.from, spec.to) : [];
  return {
    total: dialogues.length,
    byForm: countBy(
      dialogues,
      (d) => d.form,
      () => 0,
    ).map((x) => ({ form: x.key as (typeof dialogues)[number]['form'], n: x.n })),
    // The most recent ones; the counts above cover them all.
    activities: dialogues
      .slice(-listLimit)
      .reverse()
      .map((d, i) => {
        if (d.outcomeConfidential) bases.add(d.outcomeConfidential);
        return {
          date: d.date,
          caseNumber: d.caseNumber,
          caseTitle: d.caseTitle,
          form: d.form,
          title: d.title,
          invited: d.invited,
          attended: d.attended,
          outcome: guarded(d.outcome, d.outcomeConfidential, view, `dialogue.activities.${i}.outcome`, redactions),
          outcomeBasis: d.outcomeConfidential,
        };
      }),
  };
}

/** The procurements planned for the next twelve months, by quarter, the largest listed. */
function planPart({ ctx, asOf, has, quarterLimit, joint, own }: PackScope): BriefingPack['plan'] {
  if (!has('plan')) return [];
  return planQuarters(ctx.repos.plan.planned(null), asOf)
    .quarters.filter((q) => `${q.year}-${String(q.quarter * 3).padStart(2, '0')}-01` <= addMonths(asOf, 12))
    .map((q) => ({
      year: q.year,
      quarter: q.quarter,
      // The quarter's total counts a joint case at the office's own share; each case listed gives its whole value.
      value: q.cases.reduce((sum, c) => sum + own(c), 0),
      n: q.cases.length,
      ...jointCount(q.cases.filter((c) => joint.has(c.id)).length),
      cases: [...q.cases]
        .sort((a, b) => b.estimatedValue - a.estimatedValue)
        .slice(0, quarterLimit)
        .map((c) => ({
          caseNumber: c.caseNumber,
          title: c.title,
          department: c.department,
          plannedNoticeDate: c.plannedNoticeDate,
          estimatedValue: c.estimatedValue,
        })),
    }));
}

/** The contracts' coming options and expiries (the overdue ones lead), counted and the first listed. */
function contractsPart({ ctx, asOf, listLimit, joint }: PackScope): BriefingPack['contracts'] {
  // Deadlines come sorted by date, so the overdue ones lead.
  const contractDeadlines = deadlineRows(ctx, asOf, BRIEFING_HORIZON_MONTHS).filter((d) => d.kind !== 'control');
  // Frameworks at 80 % or more of their maximum, or ending within the horizon: as Frister shows them, the highest share first.
  const horizon = addMonths(asOf, BRIEFING_HORIZON_MONTHS);
  const frameworks = frameworkSpendRows(ctx)
    .map((f) => ({ f, ending: f.currentEnd <= horizon }))
    .filter(({ f, ending }) => f.level !== 'none' || ending)
    .slice(0, listLimit)
    .map(({ f, ending }) => ({
      contractTitle: f.contractTitle,
      caseNumber: f.caseNumber,
      owner: f.owner,
      currentEnd: f.currentEnd,
      share:
        f.valueShare === null && f.quantityShare === null ? null : Math.max(f.valueShare ?? 0, f.quantityShare ?? 0),
      level: f.level,
      ending,
      // A joint framework's maximum is the whole agreement's; the call-offs are those recorded here.
      ...(joint.has(f.caseId) ? { joint: true } : {}),
    }));
  return {
    frameworks,
    options: contractDeadlines.filter((d) => d.kind === 'option').length,
    expiries: contractDeadlines.filter((d) => d.kind === 'expiry').length,
    overdue: contractDeadlines.filter((d) => d.urgency === 'overdue').length,
    rows: contractDeadlines.slice(0, listLimit).map((d) => ({
      kind: d.kind,
      date: d.date,
      overdue: d.urgency === 'overdue',
      contractTitle: d.contractTitle,
      caseNumber: d.caseNumber,
      owner: d.owner,
      optionSeq: d.optionSeq,
    })),
  };
}

/** The summary's sentences, from the figures of the pack as made. */
function summarySentencesOf(pack: BriefingPack, ctx: HandlerContext): string[] {
  const { spec, summary, goals, contracts } = pack;
  const lastYear = goals?.years.at(-1);
  const goalsNow = goals && lastYear ? goals.goals.map((g) => g.values.find((v) => v.year === lastYear)!) : [];
  return summarySentences(
    {
      from: spec.from,
      to: spec.to,
      casesHandled: summary.casesHandled,
      savedPeriod: summary.savedPeriod,
      savedFourYears: summary.savedFourYears,
      previous: summary.previous,
      goals: goals
        ? {
            total: goalsNow.length,
            metOrOnTrack: goalsNow.filter((v) => v.status === 'met' || v.status === 'on_track').length,
          }
        : null,
      deadlines: { options: contracts.options, expiries: contracts.expiries, overdue: contracts.overdue },
      climate: summary.climate,
      realisedPeriod: summary.realisedPeriod,
      estimateBased: summary.estimateBased,
      jointCases: summary.jointCases,
    },
    ctx.locale,
  );
}

/**
 * Every figure of a briefing pack, from the register, for the period and
 * version asked. The public version runs confidential text through the same
 * guard as the service's public views and counts what it left out; nothing
 * in the renderer computes a figure of its own.
 */
/** A case's notices as the appendix lists them: "Doffin 2026-104233", "TED 612345-2026". */
function noticeRefs(ctx: HandlerContext, caseId: number): string[] {
  return ctx.repos.notices
    .forCase(caseId)
    .map((n) => `${codeName(noticePlatformDefs, n.platform, ctx.locale)} ${n.ref}`);
}

/** A joint case's other contracting authorities as the appendix lists them, and the office's own share of the value. */
function jointRefs(
  { joint, ctx, own }: PackScope,
  caseId: number,
  whole: number,
): { joint?: string[]; ownValue?: number } {
  const participants = joint.get(caseId);
  if (!participants) return {};
  return {
    joint: participants.map(
      (p) =>
        `${p.name} ${p.shareUnit === 'pct' ? formatPercent(p.share, ctx.locale) : formatNokShort(p.share, ctx.locale)}${p.lead ? ` (${rw('jointLead', ctx.locale)})` : ''}`,
    ),
    ownValue: own({ id: caseId, estimatedValue: whole }),
  };
}

/** A case's open complaints and standing injunctions as the closed appendix lists them. */
function openComplaints(ctx: HandlerContext, caseId: number): string[] {
  return ctx.repos.complaints
    .forCase(caseId)
    .filter((x) => !x.closedDate)
    .map(
      (x) =>
        `${codeName(complaintKindDefs, x.kind, ctx.locale)}${x.kofaCaseNo ? ` ${x.kofaCaseNo}` : ''} (${x.supplier})`,
    );
}

export function buildPack(spec: BriefingSpec, ctx: HandlerContext): BriefingPack {
  const scope = packScope(spec, ctx);
  // A highlight naming a case not found refuses the pack: checked before the rest is read.
  const highlights = highlightsPart(scope);
  const handled = scope.repo.handledCases(spec.from, spec.to);
  const pack: BriefingPack = {
    spec: echoedSpec(spec, ctx),
    asOf: scope.asOf,
    ruleNotes: ruleNotesFor(scope),
    cover: { redactedCount: 0, bases: [] },
    summary: summaryPart(scope, handled),
    goals: goalsPart(scope),
    phaseTimes: phaseTimesPart(scope),
    portfolio: portfolioPart(scope, handled),
    dialogue: dialoguePart(scope),
    plan: planPart(scope),
    contracts: contractsPart(scope),
    payConditions: payConditionsPart(scope),
    highlights,
    appendix:
      spec.part === 'appendix'
        ? handled.map(({ id, kind: _k, ...c }) => ({
            ...c,
            notices: noticeRefs(ctx, id),
            ...jointRefs(scope, id, c.estimatedValue),
            ...(spec.version === 'public' ? {} : { complaints: openComplaints(ctx, id) }),
          }))
        : [],
  };
  // The cover counts what every part above left out, so it is filled in last.
  pack.cover = { redactedCount: scope.redactions.length, bases: [...scope.bases].sort() };
  pack.summary.sentences = summarySentencesOf(pack, ctx);
  return pack;
}

// Printing asks for the same pack twice in a row (the host to check it and
// set the running header, the print route to lay it out): the second ask is
// answered from this one-pack memo while nothing has been written since.
// One memo per open database (its repository object).
const memos = new WeakMap<object, { key: string; pack: BriefingPack }>();

function cachedPack(spec: BriefingSpec, ctx: HandlerContext): BriefingPack {
  const key = JSON.stringify([spec, ctx.locale, ctx.today, ctx.repos.briefing.changeCount()]);
  const memo = memos.get(ctx.repos.briefing);
  if (memo?.key === key) return memo.pack;
  const pack = buildPack(spec, ctx);
  memos.set(ctx.repos.briefing, { key, pack });
  return pack;
}

/**
 * Records a pack the service made (printed or written), with the figures as
 * they stood and the hash and size of the file itself. Not a contract
 * method: only the service's own file makers call it (Service.recordPack),
 * so the record cannot be given a file it did not make.
 */
export function recordPack(
  r: { spec: BriefingSpec; format: 'pdf' | 'docx'; file: Uint8Array; by: string },
  ctx: HandlerContext,
): SavedPack {
  const pack = cachedPack(r.spec, ctx);
  const id = ctx.tx(() =>
    ctx.repos.briefing.record({
      // The name set in the app's settings comes first, as in the audit trail.
      by: ctx.caller?.name ?? (ctx.repos.settings.get(USER_NAME) || r.by || ctx.actor),
      title: r.spec.title,
      from: r.spec.from,
      to: r.spec.to,
      meeting: r.spec.meeting,
      meetingDate: r.spec.meetingDate,
      version: r.spec.version,
      format: r.format,
      sha256: createHash('sha256').update(r.file).digest('hex'),
      bytes: r.file.byteLength,
      // The settings as the pack echoes them: a public pack's record keeps no confidential text.
      spec: JSON.stringify(pack.spec),
      content: JSON.stringify(pack),
    }),
  );
  return ctx.repos.briefing.list(1).find((p) => p.id === id)!;
}

// Settings kept for a print route (briefing.prepare): in memory, per open
// database, for a few minutes; an address carries only the random id.
const PREPARED_TTL_MS = 10 * 60_000;
const PREPARED_MAX = 200;
const prepared = new WeakMap<object, Map<string, { spec: BriefingSpec; expires: number }>>();

function preparedOf(ctx: HandlerContext): Map<string, { spec: BriefingSpec; expires: number }> {
  let m = prepared.get(ctx.repos.briefing);
  if (!m) prepared.set(ctx.repos.briefing, (m = new Map()));
  const now = Date.now();
  for (const [id, p] of m) if (p.expires <= now) m.delete(id);
  return m;
}

export const briefingMethods = {
  'briefing.build': reads(office)(
    (spec: ParsedInput<'briefing.build'>, ctx: HandlerContext): Output<'briefing.build'> => {
      return cachedPack(spec, ctx);
    },
  ),

  'briefing.prepare': reads(office)(
    (spec: ParsedInput<'briefing.prepare'>, ctx: HandlerContext): Output<'briefing.prepare'> => {
      // Built once here, so a spec that cannot make a pack is refused now, not in the printer.
      cachedPack(spec, ctx);
      const m = preparedOf(ctx);
      while (m.size >= PREPARED_MAX) m.delete(m.keys().next().value!);
      const id = randomBytes(18).toString('base64url');
      m.set(id, { spec, expires: Date.now() + PREPARED_TTL_MS });
      return { id };
    },
  ),

  'briefing.prepared': reads(office, { pages: ['main', 'print'] })(
    (q: ParsedInput<'briefing.prepared'>, ctx: HandlerContext): Output<'briefing.prepared'> => {
      const p = preparedOf(ctx).get(q.id);
      if (!p) throw new AppError('not_found', 'printExpired');
      return cachedPack(p.spec, ctx);
    },
  ),

  'briefing.list': reads(office)((_: ParsedInput<'briefing.list'>, ctx: HandlerContext): Output<'briefing.list'> => {
    const last = ctx.repos.briefing.lastSpec();
    return { packs: ctx.repos.briefing.list(200), lastSpec: last ? (JSON.parse(last) as BriefingSpec) : null };
  }),
};
