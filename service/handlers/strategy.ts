import {
  AppError,
  goalMeasureDef,
  goalStatus,
  measureValue,
  stageDaysByYear,
  t,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { fieldError } from './fieldError.js';
import { buyers, byOutputId, office, reads, recorded, writes } from '../registry.js';

export function strategyView(ctx: HandlerContext, id: number): Output<'strategy.get'> {
  const s = ctx.repos.strategies.get(id);
  if (!s)
    throw new AppError('not_found', 'notFound', { what: t('recordName', ctx.locale, { record: 'strategy', id }) });
  return s;
}

export const strategyMethods = {
  'strategy.list': reads(office)((_: ParsedInput<'strategy.list'>, ctx: HandlerContext): Output<'strategy.list'> => {
    return ctx.repos.strategies.list();
  }),

  'strategy.get': reads(office)((q: ParsedInput<'strategy.get'>, ctx: HandlerContext): Output<'strategy.get'> => {
    return strategyView(ctx, q.id);
  }),

  'strategy.save': writes(
    buyers,
    recorded('strategy', { before: (i) => (i.id as number | undefined) ?? null, after: byOutputId }),
  )((q: ParsedInput<'strategy.save'>, ctx: HandlerContext): Output<'strategy.save'> => {
    q.strategy.goals.forEach((g, i) => {
      if (goalMeasureDef(g.measure).unit === 'share' && g.target > 1)
        throw fieldError(`strategy.goals.${i}.target`, 'shareTarget');
    });
    const id = ctx.tx(() => {
      if (q.id === undefined) return ctx.repos.strategies.insert(q.strategy);
      const current = ctx.repos.strategies.get(q.id);
      if (!current)
        throw new AppError('not_found', 'notFound', {
          what: t('recordName', ctx.locale, { record: 'strategy', id: q.id }),
        });
      if (!ctx.repos.strategies.update(q.id, q.version ?? 0, q.strategy))
        throw new AppError('conflict', 'staleStrategy');
      return q.id;
    });
    return strategyView(ctx, id);
  }),

  /**
   * Every goal of a strategy with its figure and status per year, from the
   * stored facts, the dialogue log and the days per stage: a handful of
   * grouped reads whatever the size of the register.
   */
  'strategy.dashboard': reads(office)(
    (q: ParsedInput<'strategy.dashboard'>, ctx: HandlerContext): Output<'strategy.dashboard'> => {
      return dashboardFor(ctx, q.id, ctx.today);
    },
  ),
};

/** The dashboard of a strategy (by default the one covering `asOf`'s year) with figures up to `asOf`. */
export function dashboardFor(
  ctx: HandlerContext,
  strategyId: number | undefined,
  asOf: string,
): Output<'strategy.dashboard'> {
  const strategies = ctx.repos.strategies.list();
  const thisYear = Number(asOf.slice(0, 4));
  const id = strategyId ?? ctx.repos.strategies.forYear(thisYear) ?? strategies[0]?.id;
  if (id === undefined) return { strategy: null, strategies, years: [], goals: [] };
  const strategy = strategyView(ctx, id);
  const last = Math.max(strategy.fromYear, Math.min(strategy.toYear, thisYear));
  const years = Array.from({ length: last - strategy.fromYear + 1 }, (_, i) => strategy.fromYear + i);
  const inputs = {
    facts: ctx.repos.goals.factSums(strategy.fromYear, last),
    dialogues: ctx.repos.goals.dialoguesPerYear(strategy.fromYear, last, asOf),
    stageDays: stageDaysByYear(
      ctx.repos.goals.phaseDays(strategy.fromYear, last),
      ctx.repos.goals.openStretches(),
      ctx.today,
    ),
  };
  return {
    strategy,
    strategies,
    years,
    goals: strategy.goals.map((g) => {
      const def = goalMeasureDef(g.measure);
      return {
        ...g,
        title: g.title || def[ctx.locale],
        values: years.map((year) => {
          const v = measureValue(g.measure, def.unit, year, inputs);
          // A year not yet begun has no figure; this year's is judged against the part gone by.
          const value = `${year}-01-01` > asOf ? null : v.value;
          return {
            year,
            ...v,
            value,
            status: goalStatus({ unit: def.unit, target: g.target, value, year, today: asOf }),
          };
        }),
      };
    }),
  };
}
