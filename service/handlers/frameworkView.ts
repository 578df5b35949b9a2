import {
  frameworkNeedsDurationGround,
  exceedsFrameworkDuration,
  frameworkSpend,
  formatShare,
  t,
  type Output,
  type Regime,
} from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { caseDetail } from './cases.js';

type FrameworkView = NonNullable<Output<'contracts.get'>['framework']>;

/**
 * A contract's framework terms, call-offs and spend against the maximum, as
 * its page shows them (null: an ordinary contract), and the warnings they
 * give: near or at the maximum, or a duration beyond four years with no
 * special ground recorded (core/reference/frameworks.ts).
 */
export function frameworkView(
  ctx: HandlerContext,
  contract: { id: number; caseId: number; startDate: string; latestEnd: string },
): { framework: FrameworkView | null; warnings: { code: string; message: string }[] } {
  const terms = ctx.repos.frameworks.terms(contract.id);
  if (!terms) return { framework: null, warnings: [] };
  const { contractId: _c, ...rest } = terms;
  const callOffs = ctx.repos.frameworks.callOffs(contract.id);
  const spend = frameworkSpend(terms, callOffs);
  const regime = caseDetail(ctx, contract.caseId).regime as Regime | null;
  const needsGround = frameworkNeedsDurationGround({ regime, ...contract, durationGround: terms.durationGround });
  const share = Math.max(spend.valueShare ?? 0, spend.quantityShare ?? 0);
  const warnings = [
    ...(spend.level === 'reached'
      ? [{ code: 'frameworkMaximumUsedUp', message: t('frameworkMaximumUsedUp', ctx.locale) }]
      : spend.level === 'warning'
        ? [
            {
              code: 'frameworkNearMaximum',
              message: t('frameworkNearMaximum', ctx.locale, { share: formatShare(share, ctx.locale) }),
            },
          ]
        : []),
    ...(needsGround
      ? [
          {
            code: 'frameworkDurationGroundMissing',
            message: t('frameworkDurationGroundMissing', ctx.locale, {
              section: regime === 'partIII' ? '§ 26-1' : '§ 11-1',
            }),
          },
        ]
      : []),
  ];
  return {
    framework: {
      ...rest,
      callOffs: callOffs.map(({ contractId: _k, ...o }) => o),
      spend,
      exceedsFourYears: exceedsFrameworkDuration(contract.startDate, contract.latestEnd),
      needsDurationGround: needsGround,
    },
    warnings,
  };
}
