import type { Sqlite } from './sqlite.js';

/**
 * A unit of work: runs `fn` in one immediate transaction (a savepoint when
 * one is already open), so it is kept whole or not at all. Handlers get it
 * as `ctx.tx`; nothing reaches a repository for it.
 */
export type Tx = <T>(fn: () => T) => T;

export function unitOfWork(sqlite: Sqlite): Tx {
  return (fn) => sqlite.transaction(fn).immediate();
}
