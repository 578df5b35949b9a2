import { addDays, formatDate, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { attentionRegister } from './seeds.js';

// A register of its own: Kari Nordmann's and Per Ødegård's cases and contracts (seeds.ts).
freshRegister({ seed: attentionRegister });
const today = todayInOslo();

test('the start page is "Min oversikt": the user’s own things to do, near and overdue ones marked, each a link to where it is done', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Min oversikt' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByTestId('overview');
  const row = (text: string | RegExp) => table.getByRole('row').filter({ hasText: text });
  // Kari's by default: the notice planned today (near), the case past its norm (overdue), the protocol of a signed contract.
  await expect(page.getByLabel('Innkjøper')).toHaveValue(':me');
  await expect(row('Kunngjør konkurransen')).toContainText('2026/9401');
  await expect(row('Kunngjør konkurransen').getByText('Snart')).toBeVisible();
  await expect(row('Flytt saken videre: 100 dager i behovsavklaring (norm 60)').getByText('Forfalt')).toBeVisible();
  await expect(row('Ferdigstill protokollen')).toContainText(formatDate(addDays(today, -3)));
  await expect(row('2026/9402')).toHaveCount(0);
  await expect(page.getByText('3 ting å gjøre')).toBeVisible();
  await expectAccessible(page, 'Min oversikt');
  await shot(page, 'overview-1366');

  // All buyers: Per's contract, its option near and no risk assessment yet (overdue since it started).
  await page.getByLabel('Innkjøper').selectOption({ label: 'Alle innkjøpere' });
  await expect(row('Avgjør om opsjon 1 skal brukes').getByText('Snart')).toBeVisible();
  await expect(row('Gjør en risikovurdering av lønns- og arbeidsvilkår').getByText('Forfalt')).toBeVisible();
  await expect(page.getByText('5 ting å gjøre')).toBeVisible();
  await shot(page, 'overview-all-1366');
  // One buyer, then one department.
  await page.getByLabel('Innkjøper').selectOption({ label: 'Per Ødegård' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Innkjøper').selectOption({ label: 'Alle innkjøpere' });
  await page.getByLabel('Avdeling').selectOption({ label: 'Oppvekst' });
  await expect(page.getByText('2 ting å gjøre')).toBeVisible();
  await expect(row('2026/9403')).toHaveCount(0);
  await expectAccessible(page, 'Min oversikt, filtered');

  // A row's link opens where it is done.
  await page.getByLabel('Avdeling').selectOption({ label: 'Alle avdelinger' });
  await row('Avgjør om opsjon 1 skal brukes').getByRole('link', { name: 'Avgjør om opsjon 1 skal brukes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brøyting og strøing 2025–2027' })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Ferdigstill protokollen: kontrakten er signert' }).click();
  await expect(page).toHaveURL(/#\/cases\/\d+\/protocol$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anskaffelsesprotokoll' })).toBeVisible();
  await expect(page.getByText('Renhold av rådhuset')).toBeVisible();
  // The case list is still in the menu.
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anskaffelsessaker' })).toBeVisible();
});

test('the norm per phase is set under Innstillinger, and the start page follows it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/settings');
  const norm = page.getByLabel('Behovsavklaring (dager)');
  await expect(norm).toHaveValue('60');
  await norm.fill('0');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(norm).toHaveAttribute('aria-invalid', 'true');
  await norm.fill('120');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Lagret.');
  await expectAccessible(page, 'settings with norms');
  await page.getByRole('group', { name: 'Norm for tid i hver fase' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/settings-norms-1366.png' });
  await page.getByRole('link', { name: 'Min oversikt' }).click();
  await expect(
    page.getByTestId('overview').getByRole('row').filter({ hasText: 'Kunngjør konkurransen' }),
  ).toBeVisible();
  await expect(page.getByText(/Flytt saken videre/)).toHaveCount(0);
  // Kept over a reload.
  await page.goto('/#/settings');
  await expect(page.getByLabel('Behovsavklaring (dager)')).toHaveValue('120');
});

test('Frister filters by buyer and department, and lists a contract whose first decision is more than 12 months away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/deadlines');
  await expect(page.getByLabel('Innkjøper')).toHaveValue(':all');
  await page.locator('label', { hasText: '12 måneder' }).click();
  const deadlines = page.getByTestId('deadlines');
  await expect(deadlines.getByRole('row').filter({ hasText: 'Brøyting og strøing' }).first()).toBeVisible();
  // A deadline within 14 days is marked as on the start page, not only one that has passed.
  await expect(
    deadlines.getByRole('row').filter({ hasText: 'Brøyting og strøing' }).filter({ hasText: 'Snart' }).first(),
  ).toBeVisible();
  // The option 500 days away is beyond every horizon, yet the contract is on the list of running contracts with it.
  await expect(deadlines.getByRole('row').filter({ hasText: 'Renholdsmidler rådhuset' })).toHaveCount(0);
  const running = page.getByTestId('running');
  await expect(running.getByRole('row').filter({ hasText: 'Renholdsmidler rådhuset' })).toContainText(
    `${formatDate(addDays(today, 500))}: Opsjon 1 må avgjøres`,
  );
  await shot(page, 'deadlines-running-1366');
  await page.getByLabel('Innkjøper').selectOption({ label: 'Meg (Kari Nordmann)' });
  await expect(deadlines.getByRole('row').filter({ hasText: 'Brøyting og strøing' })).toHaveCount(0);
  await expect(running.getByRole('row').filter({ hasText: 'Renholdsmidler rådhuset' })).toBeVisible();
  await page.getByLabel('Innkjøper').selectOption({ label: 'Alle innkjøpere' });
  await page.getByLabel('Avdeling').selectOption({ label: 'Oppvekst' });
  await expect(page.getByText('Ingen andre løpende kontrakter.')).toBeVisible();
  await expectAccessible(page, 'Frister with filters');
});

test('in nynorsk and English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mi oversikt' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ferdigstill protokollen: kontrakten er signert' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My overview' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Publish the contract notice (as planned)' })).toBeVisible();
  await page.getByRole('button', { name: 'Norsk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible();
});

test('a planned tender deadline is entered on the case and reminds the buyer while the notice is out', async ({
  page,
}) => {
  const rpc = async <T>(method: string, data: object): Promise<T> =>
    (await (await page.request.post(`/rpc/${method}`, { data })).json()) as T;
  const deadline = addDays(today, 5);
  const c = await rpc<{ id: number; version: number }>('cases.create', {
    caseNumber: '2026/9490',
    title: 'Kulturskolens instrumenter',
    department: 'Kultur',
    buyer: 'Kari Nordmann',
    estimatedValue: 900_000,
    kind: 'varer',
    registeredDate: addDays(today, -40),
  });
  // The buyer enters the deadline on the case, in the app's own date form.
  await page.goto(`/#/cases/${c.id}/edit`);
  await page.getByLabel('Planlagt tilbudsfrist').fill(formatDate(deadline));
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kulturskolens instrumenter/ })).toBeVisible();
  const saved = await rpc<{ version: number; plannedTenderDeadline: string }>('cases.get', { id: c.id });
  expect(saved.plannedTenderDeadline).toBe(deadline);
  await rpc('cases.changePhase', { id: c.id, version: saved.version, phase: 'kunngjoring', date: addDays(today, -10) });
  await page.goto('/');
  await page.getByLabel('Avdeling').selectOption({ label: 'Kultur' });
  const row = page.getByTestId('overview').getByRole('row').filter({ hasText: 'Tilbudsfristen går ut' });
  await expect(row).toContainText('2026/9490');
  await expect(row.getByText('Snart')).toBeVisible();
  await expectAccessible(page, 'Min oversikt with a tender deadline');
});
