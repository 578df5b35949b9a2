import { addDays, formatShare, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

const today = todayInOslo();
const d = (n: number) => addDays(today, n);

test("a goal's measure changes when a case gets 30 % climate weight (FOA § 7-9)", async ({ page }) => {
  const post = async (method: string, data: object) => {
    const r = await page.request.post(`/rpc/${method}`, { data });
    expect(r.ok(), await r.text()).toBe(true);
    return r.json();
  };
  // Awarded this year, without the climate theme: it counts against the goal.
  let kase = await post('cases.create', {
    caseNumber: '2026/9300',
    title: 'Varebiler til driftsavdelingen',
    department: 'Teknisk drift',
    buyer: 'Per Ødegård',
    estimatedValue: 2_400_000,
    kind: 'varer',
    procedure: 'apen_anbud',
    registeredDate: d(-120),
  });
  kase = await post('cases.changePhase', { id: kase.id, version: kase.version, phase: 'tildeling', date: d(-10) });

  await page.goto('/#/goals');
  const card = page.getByTestId('goal-climate_share');
  const basis = card.locator('.figure-basis');
  await expect(basis).toHaveText(/^\d+ av \d+$/);
  const [num, den] = (await basis.innerText()).split(' av ').map(Number) as [number, number];
  await expectAccessible(page, 'goals dashboard');
  await shot(page, 'goals');

  await page.goto(`/#/cases/${kase.id}/edit`);
  // The CPV code is found by words; it suggests the kind of contract, taken with one click.
  await page.getByRole('searchbox', { name: 'Søk i CPV-koder' }).fill('varevogn');
  await page.getByRole('button', { name: /^Velg: 34136000-9 / }).click();
  await expect(page.getByTestId('cpv-current')).toHaveText('34136000-9 Varevogner');
  await page.getByRole('searchbox', { name: 'Søk i CPV-koder' }).fill('snørydding');
  await page.getByRole('button', { name: /^Velg: 90620000-9 / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Koden tilsier type anskaffelse: Tjenester' })).toBeVisible();
  await page.getByRole('button', { name: 'Bruk denne typen' }).click();
  await expect(page.getByLabel('Type anskaffelse', { exact: true })).toHaveValue('tjenester');
  await page.getByRole('searchbox', { name: 'Søk i CPV-koder' }).fill('varevogn');
  await page.getByRole('button', { name: /^Velg: 34136000-9 / }).click();
  await page.getByLabel('Type anskaffelse', { exact: true }).selectOption('varer');
  await page.getByLabel('Klima og miljø', { exact: true }).check();
  await page.getByLabel('Vekt i tildelingskriteriene').fill('30');
  await expectAccessible(page, 'case form with climate weight');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('climate-summary')).toHaveText('vektet 30 % – oppfyller FOA § 7-9');
  await expect(page.getByTestId('case-cpv')).toHaveText('34136000-9 Varevogner');

  await page.getByRole('link', { name: 'Mål', exact: true }).click();
  await expect(basis).toHaveText(`${num + 1} av ${den}`);
  await expect(card.getByTestId('goal-value')).toHaveText(formatShare((num + 1) / den));
});

test('the strategy can be edited, and the plan shows quarters and the portfolio timeline', async ({ page }) => {
  await page.goto('/#/goals');
  await page.getByRole('link', { name: 'Endre strategi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Endre strategi');
  // A share above 100 % is refused in words, on the field.
  await page.locator('#goal-0-target').fill('150');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Et mål for en andel må ligge mellom 0 og 100 %.').first()).toBeVisible();
  await page.locator('#goal-0-target').fill('5');
  await expectAccessible(page, 'strategy form');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('goal-climate_share').getByTestId('goal-status')).toHaveText('Nådd');

  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /kvartal/ }).first()).toBeVisible();
  await expectAccessible(page, 'procurement plan');
  await shot(page, 'plan');
  await page.getByRole('button', { name: 'Tidslinje for porteføljen' }).click();
  const count = page.getByTestId('portfolio-count');
  await expect(count).toHaveText(/^\d+ åpne saker$/);
  const open = Number((await count.innerText()).split(' ')[0]);
  await page.getByLabel('Ta med saker i kontraktsoppfølging').check();
  await expect.poll(async () => Number((await count.innerText()).split(' ')[0])).toBeGreaterThan(open);
  // Only the rows in view are drawn.
  expect(await page.locator('.gantt-row').count()).toBeLessThan(80);
  await page.locator('.gantt').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('.gantt-row').last()).toBeVisible();
  await expectAccessible(page, 'portfolio timeline');
  await shot(page, 'portfolio');
});
