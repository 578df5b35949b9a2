import { useSyncExternalStore } from 'react';

// Hash routes (#/cases/12): they work the same from app:// in the desktop app
// and from the browser host, with no server-side routing. Every route is one
// row of the table below: its path (":name" for a number in the path), the
// query parameters it reads, and the menu area it belongs to. The Route type,
// the parser, the links (href) and the menu's "you are here" all come from it.

type Area =
  | 'overview'
  | 'cases'
  | 'suppliers'
  | 'dialogue'
  | 'deadlines'
  | 'plan'
  | 'goals'
  | 'briefing'
  | 'savings'
  | 'phaseTimes'
  | 'data'
  | 'settings'
  | null;

interface RouteDef {
  path: string;
  /** Query parameters it reads, as strings (the print routes). */
  query?: readonly string[];
  /** The main menu's item it is part of (null: none, e.g. the print routes). */
  area: Area;
}

export const routeTable = {
  /** The start page: "Min oversikt", what needs the user's attention. */
  overview: { path: '/', area: 'overview' },
  list: { path: '/cases', area: 'cases' },
  new: { path: '/cases/new', area: 'cases' },
  case: { path: '/cases/:id', area: 'cases' },
  edit: { path: '/cases/:id/edit', area: 'cases' },
  protocol: { path: '/cases/:caseId/protocol', area: 'cases' },
  newActivity: { path: '/cases/:caseId/dialogue/new', area: 'dialogue' },
  newContract: { path: '/cases/:caseId/contracts/new', area: 'cases' },
  // A contract is part of its case (Frister lists what is due on contracts; it is not where they live).
  contract: { path: '/contracts/:id', area: 'cases' },
  editContract: { path: '/contracts/:id/edit', area: 'cases' },
  suppliers: { path: '/suppliers', area: 'suppliers' },
  newSupplier: { path: '/suppliers/new', area: 'suppliers' },
  supplier: { path: '/suppliers/:id', area: 'suppliers' },
  editSupplier: { path: '/suppliers/:id/edit', area: 'suppliers' },
  dialogueSearch: { path: '/dialogue', area: 'dialogue' },
  activity: { path: '/dialogue/:id', area: 'dialogue' },
  editActivity: { path: '/dialogue/:id/edit', area: 'dialogue' },
  deadlines: { path: '/deadlines', area: 'deadlines' },
  savings: { path: '/savings', area: 'savings' },
  phaseTimes: { path: '/phase-times', area: 'phaseTimes' },
  goals: { path: '/goals', area: 'goals' },
  newStrategy: { path: '/strategy/new', area: 'goals' },
  editStrategy: { path: '/strategy/:id/edit', area: 'goals' },
  plan: { path: '/plan', area: 'plan' },
  briefing: { path: '/briefing', area: 'briefing' },
  settings: { path: '/settings', area: 'settings' },
  data: { path: '/data', area: 'data' },
  /** A pack's print route names the settings the service keeps for it (briefing.prepare), never their text. */
  printBriefing: { path: '/print/briefing', query: ['id', 'lang'], area: null },
  printProtocol: { path: '/print/protocol', query: ['case', 'lang'], area: null },
} as const satisfies Record<string, RouteDef>;

type Table = typeof routeTable;
export type RouteName = keyof Table;

/** The ":names" of a path, as a tuple in order. */
type PathParams<P extends string> = P extends `${string}:${infer N}/${infer Rest}`
  ? [N, ...PathParams<`/${Rest}`>]
  : P extends `${string}:${infer N}`
    ? [N]
    : [];
type QueryParams<D> = D extends { query: readonly (infer Q extends string)[] } ? Q : never;
type ParamsOf<N extends RouteName> = { [K in PathParams<Table[N]['path']>[number]]: number } & {
  [K in QueryParams<Table[N]>]: string;
};

/** A route as the app is on it: its name and its parameters (numbers from the path, strings from the query). */
export type Route = { [N in RouteName]: { name: N } & ParamsOf<N> }[RouteName] | { name: 'notFound' };

/** A link made from the table: the only thing navigate() takes. */
export type Href = string & { readonly __href: unique symbol };

type Nums<T> = T extends [unknown, ...infer R] ? [number, ...Nums<R>] : [];
type Args<N extends RouteName> = [
  ...Nums<PathParams<Table[N]['path']>>,
  ...([QueryParams<Table[N]>] extends [never] ? [] : string[]),
];

const names = Object.keys(routeTable) as RouteName[];
const paramNames = (n: RouteName) => [...routeTable[n].path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
const queryNames = (n: RouteName): readonly string[] =>
  'query' in routeTable[n] ? (routeTable[n] as RouteDef).query! : [];

/** Links to every route: href.case(12) is '#/cases/12'; arguments in the path's order, then the query's. */
export const href = Object.fromEntries(
  names.map((n) => [
    n,
    (...args: (number | string)[]) => {
      let i = 0;
      const path = routeTable[n].path.replace(/:\w+/g, () => String(args[i++]));
      const query = queryNames(n).map((q) => `${q}=${encodeURIComponent(String(args[i++] ?? ''))}`);
      return `#${path}${query.length ? `?${query.join('&')}` : ''}`;
    },
  ]),
) as { [N in RouteName]: (...args: Args<N>) => Href };

// Routes matched most specific first: '/cases/new' before '/cases/:id'.
const matchers = names
  .map((n) => ({
    n,
    re: new RegExp(`^${routeTable[n].path.replace(/:\w+/g, '(\\d+)')}$`),
    literal: !routeTable[n].path.includes(':'),
  }))
  .sort((a, b) => Number(b.literal) - Number(a.literal));

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?', 2) as [string, string?];
  const target = path || '/';
  for (const { n, re } of matchers) {
    const m = re.exec(target);
    if (!m) continue;
    const params: Record<string, number | string> = {};
    paramNames(n).forEach((p, i) => (params[p] = Number(m[i + 1])));
    const q = new URLSearchParams(search);
    for (const k of queryNames(n)) params[k] = q.get(k) ?? '';
    return { name: n, ...params } as Route;
  }
  return { name: 'notFound' };
}

/** The menu area a route belongs to (for the menu's "you are here"). */
export function areaOf(route: Route): Area {
  return route.name === 'notFound' ? null : routeTable[route.name].area;
}

export function navigate(to: Href): void {
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
