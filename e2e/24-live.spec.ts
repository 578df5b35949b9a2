import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, freshRegister, shot, signIn, test } from './fixtures.js';
import type { Service } from '../service/service.js';
import { vanCase } from './seeds.js';

// Two people on the same register: what one saves shows on the other's open
// screens without a reload (GET /events).

const ids = { case: 0, supplier: 0 };
const reg = freshRegister({
  seed: (s: Service) => {
    ids.case = vanCase(s).id;
    const r = s.dispatch('suppliers.create', { orgnr: '974760673', name: 'Grønn Mobilitet AS', city: 'Bodø' }, 'nb');
    ids.supplier = (r as { value: { id: number } }).value.id;
    // Who the history names for writes made on this PC.
    s.dispatch('settings.set', { userName: 'Kari Nordmann' }, 'nb');
  },
});
const TITLE = 'Varebiler til driftsavdelingen';

/** A second person's browser on the same host, with a session of its own. */
async function secondPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await signIn(context, `${reg.url}/?token=${process.env.ANSKAFF_WEB_TOKEN}`);
  const page = await context.newPage();
  return page;
}

test('what one person saves shows on the other’s open case page and case list without a reload', async ({
  page,
  browser,
}) => {
  const other = await secondPerson(browser);
  try {
    // Ola has the case open in one window and the case list in another.
    await other.goto(`${reg.url}/#/cases`);
    await other.getByRole('link', { name: TITLE }).click();
    await expect(other.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const caseUrl = other.url();
    const list = await other.context().newPage();
    await list.goto(`${reg.url}/#/cases`);
    await expect(list.getByRole('link', { name: TITLE })).toBeVisible();
    // Nothing reloads: a mark on each window would be gone after a reload.
    for (const p of [other, list]) await p.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    // Kari edits the title.
    await page.goto(caseUrl.replace(reg.url, ''));
    await page.getByRole('link', { name: 'Endre' }).click();
    await page.getByLabel('Tittel').fill(`${TITLE} (elektriske)`);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${TITLE} (elektriske)` })).toBeVisible();

    await expect(other.getByRole('heading', { level: 1, name: `${TITLE} (elektriske)` })).toBeVisible({
      timeout: 5000,
    });
    await expect(list.getByRole('link', { name: `${TITLE} (elektriske)` })).toBeVisible({ timeout: 5000 });
    for (const p of [other, list])
      expect(await p.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    // The history on the open page has the edit too.
    await expect(other.getByTestId('audit-list').getByRole('listitem').first()).toContainText('Endret saken');
    await expectAccessible(other, 'case page refreshed by another’s edit');
    await shot(list, 'live-list');
  } finally {
    await other.context().close();
  }
});

test('two people edit the same case; the second sees who saved first, both values side by side, and reapplies their own', async ({
  page,
  browser,
}) => {
  const other = await secondPerson(browser);
  try {
    // Both open the case's form.
    await page.goto(`/#/cases/${ids.case}/edit`);
    await other.goto(`${reg.url}/#/cases/${ids.case}/edit`);
    const title = page.getByLabel('Tittel');
    await expect(title).toHaveValue(/Varebiler/);
    await expect(other.getByLabel('Tittel')).toHaveValue(/Varebiler/);

    // The other saves first: a new department and a new title.
    await other.getByLabel('Avdeling som eier behovet').fill('Eiendom');
    await other.getByLabel('Tittel').fill('Elektriske varebiler');
    await other.getByRole('button', { name: 'Lagre' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Elektriske varebiler' })).toBeVisible();

    // This one, still on the old version, saves a title of their own.
    await title.fill('Varebiler med lading');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const panel = page.getByTestId('conflict-panel');
    await expect(
      panel.getByRole('heading', { name: /^Endret av Kari Nordmann \d\d\.\d\d\.\d{4} \d\d:\d\d$/ }),
    ).toBeVisible();
    // Theirs beside mine for what this user changed: the title; the department only they changed is not in question.
    const rows = panel.getByRole('row');
    await expect(rows.filter({ hasText: 'Tittel' })).toContainText('Elektriske varebiler');
    await expect(rows.filter({ hasText: 'Tittel' })).toContainText('Varebiler med lading');
    await expect(rows.filter({ hasText: 'Avdeling' })).toHaveCount(0);
    await expect(title).toHaveValue('Varebiler med lading');
    await expectAccessible(page, 'case form with an edit conflict');
    await shot(page, 'live-conflict');

    // "Bruk mine": the user's values on top of the new version, saved.
    await panel.getByRole('button', { name: 'Bruk mine' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Varebiler med lading' })).toBeVisible();
    // What only the other changed stays theirs.
    await expect(page.getByText('Eiendom').first()).toBeVisible();
    await expect(page.getByTestId('audit-list').getByRole('listitem').first()).toContainText('Endret saken (1 felt)');
    // And the other's open page shows it without a reload.
    await expect(other.getByRole('heading', { level: 1, name: 'Varebiler med lading' })).toBeVisible({ timeout: 5000 });
  } finally {
    await other.context().close();
  }
});

test('a supplier edited by two: the second takes theirs, and the form holds their version to go on from', async ({
  page,
  browser,
}) => {
  const other = await secondPerson(browser);
  try {
    await page.goto(`/#/suppliers/${ids.supplier}/edit`);
    await other.goto(`${reg.url}/#/suppliers/${ids.supplier}/edit`);
    await expect(page.getByLabel('Sted')).toHaveValue('Bodø');
    await expect(other.getByLabel('Sted')).toHaveValue('Bodø');

    await other.getByLabel('Sted').fill('Fauske');
    await other.getByRole('button', { name: 'Lagre' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Grønn Mobilitet AS' })).toBeVisible();

    await page.getByLabel('Sted').fill('Saltdal');
    await page.getByRole('button', { name: 'Lagre' }).click();
    const panel = page.getByTestId('conflict-panel');
    await expect(panel.getByRole('heading', { name: /^Endret av Kari Nordmann/ })).toBeVisible();
    await expect(panel.getByRole('row').filter({ hasText: 'Sted' })).toContainText('Fauske');
    await expect(panel.getByRole('row').filter({ hasText: 'Sted' })).toContainText('Saltdal');
    await expectAccessible(page, 'supplier form with an edit conflict');

    // "Bruk deres": their values in the form; saving again now goes on from their version.
    await panel.getByRole('button', { name: 'Bruk deres' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByLabel('Sted')).toHaveValue('Fauske');
    await page.getByLabel('Adresse').fill('Storgata 1');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Grønn Mobilitet AS' })).toBeVisible();
    await expect(page.getByText('Storgata 1')).toBeVisible();
    await expect(page.getByText('Fauske')).toBeVisible();
  } finally {
    await other.context().close();
  }
});
