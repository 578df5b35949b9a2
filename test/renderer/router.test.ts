import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaOf, href, parseRoute, routeTable, type RouteName } from '../../renderer/src/lib/router.js';

// One table of routes: every link href makes is read back by parseRoute as
// the route it names, with its parameters; anything else is "not found".
const names = Object.keys(routeTable) as RouteName[];
const pathParams = (n: RouteName) => [...routeTable[n].path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
const queryParams = (n: RouteName): readonly string[] =>
  'query' in routeTable[n] ? (routeTable[n] as { query: readonly string[] }).query : [];

describe('the route table', () => {
  it('reads back every link it makes as the same route and parameters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 2, maxLength: 2 }),
        fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 2 }),
        (n, nums, strs) => {
          const p = pathParams(n);
          const q = queryParams(n);
          const link = (href[n] as (...a: (number | string)[]) => string)(
            ...nums.slice(0, p.length),
            ...strs.slice(0, q.length),
          );
          const expected = Object.fromEntries([...p.map((k, i) => [k, nums[i]]), ...q.map((k, i) => [k, strs[i]])]);
          expect(parseRoute(link)).toEqual({ name: n, ...expected });
        },
      ),
    );
  });

  it('puts a contract in the cases area of the menu, not under Frister', () => {
    expect(areaOf(parseRoute(href.contract(7)))).toBe('cases');
    expect(areaOf(parseRoute(href.deadlines()))).toBe('deadlines');
  });

  it('says "not found" for anything else, and opens "Min oversikt" at the start', () => {
    for (const bad of ['#/nope', '#/cases/abc', '#/cases/12/delete', '#/contracts', '#/cases/1/2'])
      expect(parseRoute(bad)).toEqual({ name: 'notFound' });
    expect(parseRoute('')).toEqual({ name: 'overview' });
    expect(parseRoute('#/')).toEqual({ name: 'overview' });
    expect(parseRoute('#/cases')).toEqual({ name: 'list' });
  });
});
