import { useSyncExternalStore } from 'react';

// Hash routes (#/cases/12): they work the same from file:// in the desktop
// app and from the browser host, with no server-side routing.
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'case'; id: number }
  | { name: 'edit'; id: number }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/cases') return { name: 'list' };
  if (path === '/cases/new') return { name: 'new' };
  const m = /^\/cases\/(\d+)(\/edit)?$/.exec(path);
  if (m) return m[2] ? { name: 'edit', id: Number(m[1]) } : { name: 'case', id: Number(m[1]) };
  return { name: 'notFound' };
}

export const href = {
  list: () => '#/cases',
  new: () => '#/cases/new',
  case: (id: number) => `#/cases/${id}`,
  edit: (id: number) => `#/cases/${id}/edit`,
};

export function navigate(to: string): void {
  window.location.hash = to.replace(/^#/, '');
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
