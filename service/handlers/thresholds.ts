import {
  AppError,
  shippedThresholds,
  t,
  thresholdsChecked,
  thresholdTable,
  type Output,
  type ParsedInput,
  type ThresholdPeriod,
} from '../../core/index.js';
import type { OfficeThresholdRow } from '../../db/index.js';
import type { HandlerContext } from '../context.js';
import { fieldError } from './fieldError.js';
import { actorName } from '../reads/settings.js';
import { admins, anyone, byInputId, reads, recorded, writes } from '../registry.js';

// Threshold periods the office enters itself (Innstillinger) when an
// amending regulation is newer than the app's data. Each is laid over the
// shipped table from its date in force, shown apart from the shipped values,
// and audited (service/audit.ts) like every other record.

function asPeriod(r: OfficeThresholdRow): ThresholdPeriod {
  const e = r.eea;
  return {
    validFrom: r.validFrom,
    validTo: null,
    minimum: r.minimum,
    national: r.national,
    eea: {
      varer: e.varer ?? null,
      tjenester: e.tjenester ?? null,
      bygg_anlegg: e.bygg_anlegg ?? null,
      helse_sosial: e.helse_sosial ?? null,
      saerlige_tjenester: e.saerlige_tjenester ?? null,
    },
    designContest: r.designContest,
    source: {
      regulation: r.regulation,
      title: '',
      provisions: 'FOA § 5-3',
      url: r.url,
      confidence: 'office',
      note: r.note,
    },
    origin: 'office',
    id: r.id,
    enteredBy: r.enteredBy,
    enteredAt: r.enteredAt,
  };
}

/** The threshold table the rules apply here: the shipped periods, with those the office entered laid over them. */
export function thresholdTableFor(ctx: { repos: Pick<HandlerContext['repos'], 'thresholds'> }): ThresholdPeriod[] {
  return thresholdTable(ctx.repos.thresholds.active().map(asPeriod));
}

function view(ctx: HandlerContext): Output<'thresholds.list'> {
  const office = ctx.repos.thresholds.active().map(asPeriod);
  const copy = (p: ThresholdPeriod) => ({ ...p, eea: { ...p.eea }, source: { ...p.source } });
  return {
    shipped: shippedThresholds.map(copy),
    office: office.map(copy),
    table: thresholdTable(office).map(copy),
    checked: { ...thresholdsChecked },
  };
}

const by = actorName;

// The new period is the newest id among those in force.
const newestOfficePeriod = ({ output }: { output: Record<string, unknown> }) =>
  Math.max(...(output.office as { id: number }[]).map((p) => p.id));

export const thresholdMethods = {
  'thresholds.list': reads(anyone)(
    (_: ParsedInput<'thresholds.list'>, ctx: HandlerContext): Output<'thresholds.list'> => {
      return view(ctx);
    },
  ),
  'thresholds.add': writes(
    admins,
    recorded('threshold', { after: newestOfficePeriod }),
  )((q: ParsedInput<'thresholds.add'>, ctx: HandlerContext): Output<'thresholds.add'> => {
    // A new period starts after the newest shipped one: older periods are the regulation's record, not the office's to replace.
    const newestShipped = shippedThresholds.at(-1)!.validFrom;
    if (q.validFrom <= newestShipped)
      throw fieldError('validFrom', 'thresholdBeforeShipped', { date: newestShipped.split('-').reverse().join('.') });
    if (q.national <= q.minimum) throw fieldError('national', 'thresholdNationalBelowMinimum');
    for (const [kind, value] of Object.entries(q.eea))
      if (value <= q.national) throw fieldError(`eea.${kind}`, 'thresholdEeaBelowNational');
    if (q.designContest !== null && q.designContest < q.minimum)
      throw fieldError('designContest', 'thresholdNationalBelowMinimum');
    ctx.tx(() => {
      if (ctx.repos.thresholds.active().some((p) => p.validFrom === q.validFrom))
        throw fieldError('validFrom', 'thresholdDateTaken');
      ctx.repos.thresholds.add({ ...q, enteredBy: by(ctx) });
    });
    return view(ctx);
  }),
  'thresholds.withdraw': writes(
    admins,
    recorded('threshold', { before: byInputId, after: ({ input }) => input.id as number }),
  )((q: ParsedInput<'thresholds.withdraw'>, ctx: HandlerContext): Output<'thresholds.withdraw'> => {
    if (!ctx.repos.thresholds.withdraw(q.id, by(ctx)))
      throw new AppError('not_found', 'notFound', {
        what: t('recordName', ctx.locale, { record: 'thresholdPeriod', id: q.id }),
      });
    return view(ctx);
  }),
};
