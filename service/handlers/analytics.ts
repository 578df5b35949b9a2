import { phaseStats, stageShares, type Output, type ParsedInput, type PhaseEventLike } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { office, reads } from '../registry.js';

export const analyticsMethods = {
  'analytics.phaseTimes': reads(office)(
    (q: ParsedInput<'analytics.phaseTimes'>, ctx: HandlerContext): Output<'analytics.phaseTimes'> => {
      const groups = new Map<string, PhaseEventLike[][]>();
      for (const c of ctx.repos.cases.timelines(q.year).values()) {
        const key =
          q.groupBy === 'none'
            ? ''
            : q.groupBy === 'procedure'
              ? (c.procedure ?? '')
              : q.groupBy === 'department'
                ? c.department
                : String(c.year);
        const list = groups.get(key) ?? [];
        list.push(c.events);
        groups.set(key, list);
      }
      return {
        groups: [...groups.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([group, timelines]) => ({
            group,
            cases: timelines.length,
            stats: phaseStats(timelines, ctx.today),
            shares: stageShares(timelines, ctx.today),
          })),
      };
    },
  ),
};
