import { useSyncExternalStore } from 'react';

// Hash routes (#/cases/12): they work the same from file:// in the desktop
// app and from the browser host, with no server-side routing.
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'case'; id: number }
  | { name: 'edit'; id: number }
  | { name: 'suppliers' }
  | { name: 'newSupplier' }
  | { name: 'supplier'; id: number }
  | { name: 'editSupplier'; id: number }
  | { name: 'newActivity'; caseId: number }
  | { name: 'activity'; id: number }
  | { name: 'editActivity'; id: number }
  | { name: 'dialogueSearch' }
  | { name: 'newContract'; caseId: number }
  | { name: 'contract'; id: number }
  | { name: 'deadlines' }
  | { name: 'savings' }
  | { name: 'phaseTimes' }
  | { name: 'goals' }
  | { name: 'newStrategy' }
  | { name: 'editStrategy'; id: number }
  | { name: 'plan' }
  | { name: 'briefing' }
  | { name: 'settings' }
  | { name: 'data' }
  /** A pack's print route names the settings the service keeps for it (briefing.prepare), never their text. */
  | { name: 'printBriefing'; id: string }
  | { name: 'printProtocol'; caseId: number }
  | { name: 'protocol'; caseId: number }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/cases') return { name: 'list' };
  if (path === '/cases/new') return { name: 'new' };
  const m = /^\/cases\/(\d+)(\/edit)?$/.exec(path);
  if (m) return m[2] ? { name: 'edit', id: Number(m[1]) } : { name: 'case', id: Number(m[1]) };
  if (path === '/suppliers') return { name: 'suppliers' };
  if (path === '/suppliers/new') return { name: 'newSupplier' };
  const sm = /^\/suppliers\/(\d+)(\/edit)?$/.exec(path);
  if (sm) return sm[2] ? { name: 'editSupplier', id: Number(sm[1]) } : { name: 'supplier', id: Number(sm[1]) };
  const na = /^\/cases\/(\d+)\/dialogue\/new$/.exec(path);
  if (na) return { name: 'newActivity', caseId: Number(na[1]) };
  const am = /^\/dialogue\/(\d+)(\/edit)?$/.exec(path);
  if (am) return am[2] ? { name: 'editActivity', id: Number(am[1]) } : { name: 'activity', id: Number(am[1]) };
  if (path === '/dialogue') return { name: 'dialogueSearch' };
  const nc = /^\/cases\/(\d+)\/contracts\/new$/.exec(path);
  if (nc) return { name: 'newContract', caseId: Number(nc[1]) };
  const cm = /^\/contracts\/(\d+)$/.exec(path);
  if (cm) return { name: 'contract', id: Number(cm[1]) };
  if (path === '/deadlines') return { name: 'deadlines' };
  if (path === '/savings') return { name: 'savings' };
  if (path === '/phase-times') return { name: 'phaseTimes' };
  if (path === '/goals') return { name: 'goals' };
  if (path === '/strategy/new') return { name: 'newStrategy' };
  const st = /^\/strategy\/(\d+)\/edit$/.exec(path);
  if (st) return { name: 'editStrategy', id: Number(st[1]) };
  if (path === '/plan') return { name: 'plan' };
  if (path === '/briefing') return { name: 'briefing' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/data') return { name: 'data' };
  const pb = /^\/print\/briefing\?(.*)$/.exec(path);
  if (pb) return { name: 'printBriefing', id: new URLSearchParams(pb[1]).get('id') ?? '' };
  const pp = /^\/print\/protocol\?(.*)$/.exec(path);
  if (pp) return { name: 'printProtocol', caseId: Number(new URLSearchParams(pp[1]).get('case')) };
  const pr = /^\/cases\/(\d+)\/protocol$/.exec(path);
  if (pr) return { name: 'protocol', caseId: Number(pr[1]) };
  return { name: 'notFound' };
}

export const href = {
  list: () => '#/cases',
  new: () => '#/cases/new',
  case: (id: number) => `#/cases/${id}`,
  edit: (id: number) => `#/cases/${id}/edit`,
  suppliers: () => '#/suppliers',
  newSupplier: () => '#/suppliers/new',
  supplier: (id: number) => `#/suppliers/${id}`,
  editSupplier: (id: number) => `#/suppliers/${id}/edit`,
  newActivity: (caseId: number) => `#/cases/${caseId}/dialogue/new`,
  activity: (id: number) => `#/dialogue/${id}`,
  editActivity: (id: number) => `#/dialogue/${id}/edit`,
  dialogueSearch: () => '#/dialogue',
  newContract: (caseId: number) => `#/cases/${caseId}/contracts/new`,
  contract: (id: number) => `#/contracts/${id}`,
  deadlines: () => '#/deadlines',
  savings: () => '#/savings',
  phaseTimes: () => '#/phase-times',
  goals: () => '#/goals',
  newStrategy: () => '#/strategy/new',
  editStrategy: (id: number) => `#/strategy/${id}/edit`,
  plan: () => '#/plan',
  briefing: () => '#/briefing',
  settings: () => '#/settings',
  data: () => '#/data',
  printBriefing: (id: string, lang: string) => `#/print/briefing?id=${encodeURIComponent(id)}&lang=${lang}`,
  protocol: (caseId: number) => `#/cases/${caseId}/protocol`,
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
