import { useQuery } from '@tanstack/react-query';
import type { Method, Output } from '../../../core/index.js';
import { query } from './queries.js';

// What the user may do, from the service's own answer (`access.mine`: the
// methods their role may call), so a screen offers only what the service
// will do; the service refuses the rest anyway (403). On one PC there is no
// user and every method is allowed.

export type Mine = Output<'access.mine'>;

export interface Access {
  /** The signed-in user of the office server; null on one PC. */
  user: Mine['user'];
  /** Whether the answer has come: until then nothing that needs a role is offered. */
  ready: boolean;
  /** Whether the user's role may call a method. */
  can(method: Method): boolean;
}

/** The pure part of `useAccess`: an answer of `access.mine` (or none yet) as what a screen asks. */
export function accessOf(mine: Mine | undefined): Access {
  const allowed = new Set(mine?.methods ?? []);
  return { user: mine?.user ?? null, ready: mine !== undefined, can: (m) => allowed.has(m) };
}

/** What the user may do; one answer shared by every screen. */
export function useAccess(): Access {
  const q = useQuery({ ...query('access.mine', {}), staleTime: 60_000 });
  return accessOf(q.data);
}
