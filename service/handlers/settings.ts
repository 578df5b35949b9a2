import type { Output, ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';

/** The setting the audit trail reads for "by whom". */
export const USER_NAME = 'userName';

function view(ctx: HandlerContext): Output<'settings.get'> {
  const set = ctx.repos.settings.get(USER_NAME);
  return { userName: set || ctx.actor, userNameDefault: ctx.actor, userNameSet: Boolean(set) };
}

export const settingsHandlers = {
  'settings.get'(_: ParsedInput<'settings.get'>, ctx: HandlerContext): Output<'settings.get'> {
    return view(ctx);
  },
  'settings.set'(q: ParsedInput<'settings.set'>, ctx: HandlerContext): Output<'settings.set'> {
    ctx.repos.cases.transaction(() => ctx.repos.settings.set(USER_NAME, q.userName));
    return view(ctx);
  },
};
