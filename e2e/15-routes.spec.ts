import { href, routeTable, type RouteName } from '../renderer/src/lib/router.js';
import { expect, freshRegister, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 40 });

// Every route in the table opens a page that is not "not found", with its
// heading, and without a console error: a route added to the table with no
// screen behind it, or a screen that fails to load, fails here.
test('every route in the route table opens its page', async ({ page }) => {
  // The demo register holds a record of each kind these routes show.
  const rpc = async <T>(method: string, data: object): Promise<T> =>
    (await (await page.request.post(`/rpc/${method}`, { data })).json()) as T;
  const cases = (await rpc<{ items: { id: number }[] }>('cases.list', { limit: 100 })).items;
  const caseId = cases[0]!.id;
  const supplierId = (await rpc<{ items: { id: number }[] }>('suppliers.list', {})).items[0]!.id;
  let activityId = 0;
  for (const c of cases)
    if (!activityId) activityId = (await rpc<{ id: number }[]>('dialogues.list', { caseId: c.id }))[0]?.id ?? 0;
  const contractId = (await rpc<{ id: number }[]>('contracts.list', {}))[0]!.id;
  const strategyId = (await rpc<{ id: number }[]>('strategy.list', {}))[0]!.id;
  const ids: Record<string, number> = { id: caseId, caseId };
  const idFor: Partial<Record<RouteName, number>> = {
    supplier: supplierId,
    editSupplier: supplierId,
    activity: activityId,
    editActivity: activityId,
    contract: contractId,
    editContract: contractId,
    editStrategy: strategyId,
  };

  for (const name of (Object.keys(routeTable) as RouteName[]).filter((n) => routeTable[n].area !== null)) {
    const params = [...routeTable[name].path.matchAll(/:(\w+)/g)].map((m) => idFor[name] ?? ids[m[1]!]!);
    const link = (href[name] as (...a: number[]) => string)(...params);
    await page.goto(`/${link}`);
    await expect(page.getByRole('heading', { level: 1 }).first(), `${name} (${link})`).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fant ikke siden' }), `${name} (${link})`).toHaveCount(0);
  }
});
