import { AppError, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { admins, unaudited, writes } from '../registry.js';
import { generateDemo } from '../demo/generate.js';
import { demoFrameworks } from '../demo/frameworkDemo.js';
import { demoJoint } from '../demo/jointDemo.js';

function seedDemo(input: ParsedInput<'demo.seed'>, ctx: HandlerContext): Output<'demo.seed'> {
  // Demo data mixed into real data would corrupt every figure leadership sees.
  if (ctx.repos.cases.count() > 0) throw new AppError('conflict', 'demoNotEmpty');
  const made = generateDemo(ctx.repos.cases, {
    cases: input.cases,
    today: ctx.today,
    tx: ctx.tx,
    related: {
      suppliers: ctx.repos.suppliers,
      dialogues: ctx.repos.dialogues,
      contracts: ctx.repos.contracts,
      savings: ctx.repos.savings,
      goals: ctx.repos.goals,
      strategies: ctx.repos.strategies,
      protocols: ctx.repos.protocols,
      notices: ctx.repos.notices,
      complaints: ctx.repos.complaints,
    },
  });
  ctx.tx(() => demoFrameworks(ctx.repos, ctx.today));
  ctx.tx(() => demoJoint(ctx.repos, ctx.today));
  return made;
}

export const demoMethods = {
  'demo.seed': writes(
    admins,
    unaudited('fills an empty register with made-up data; refused once it holds a case'),
  )(seedDemo),
};
