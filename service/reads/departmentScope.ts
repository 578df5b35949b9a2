import type { HandlerContext } from '../context.js';

/**
 * The departments whose cases a caller sees: a need owner (role `avdeling`)
 * their own departments' only (a case's `department`), everyone else (the
 * office, and one PC with no caller) every case: null.
 */
export function departmentScope(ctx: Pick<HandlerContext, 'caller'>): readonly string[] | null {
  return ctx.caller?.role === 'avdeling' ? ctx.caller.departments : null;
}

/** Whether a case of this department is within the caller's scope. */
export function inScope(ctx: Pick<HandlerContext, 'caller'>, department: string): boolean {
  const scope = departmentScope(ctx);
  return scope === null || scope.includes(department);
}
