import {
  frameworkNeedsDurationGround,
  exceedsFrameworkDuration,
  frameworkSpend,
  formatShare,
  t,
  usedShare,
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
): FrameworkView | null {
  const terms = ctx.repos.frameworks.terms(contract.id);
  if (!terms) return null;
  const { contractId: _c, ...rest } = terms;
  const callOffs = ctx.repos.frameworks.callOffs(contract.id);
  const spend = frameworkSpend(terms, callOffs);
  const regime = caseDetail(ctx, contract.caseId).regime as Regime | null;
  const needsGround = frameworkNeedsDurationGround({ regime, ...contract, durationGround: terms.durationGround });
  const share = usedShare(spend);
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
    ...rest,
    callOffs: callOffs.map(({ contractId: _k, ...o }) => o),
    spend,
    exceedsFourYears: exceedsFrameworkDuration(contract.startDate, contract.latestEnd),
    needsDurationGround: needsGround,
    warnings,
  };
}

/**
 * A contract as the audit trail records it: the framework's terms as one
 * field and its call-offs as another (each as recorded, without its
 * bookkeeping), leaving out what is derived from them (spend, warnings).
 */
export function contractForAudit<T extends { framework: FrameworkView | null }>(
  k: T,
): Omit<T, 'framework'> & { framework: Record<string, unknown> | null; callOffs: Record<string, unknown>[] } {
  const { framework, ...rest } = k;
  if (!framework) return { ...rest, framework: null, callOffs: [] };
  const {
    callOffs,
    spend: _s,
    warnings: _w,
    exceedsFourYears: _e,
    needsDurationGround: _n,
    entitled,
    ...terms
  } = framework;
  return {
    ...rest,
    framework: { ...terms, entitled: entitled.join(', ') },
    callOffs: callOffs.map(({ version: _v, supplierId: _i, ...c }) => c),
  };
}
