import { methods, type Output, type ParsedInput } from '../../core/index.js';
import type { HandlerContext } from '../context.js';
import { anyone, reads } from '../registry.js';

// What the signed-in user may do, so the screens offer only what the service will do (it refuses the rest anyway).
export const accessMethods = {
  'access.mine': reads(anyone)((_: ParsedInput<'access.mine'>, ctx: HandlerContext): Output<'access.mine'> => ({
    user: ctx.caller && { ...ctx.caller, departments: [...ctx.caller.departments] },
    methods: methods.filter(ctx.may),
  })),
};
