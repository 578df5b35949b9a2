import type { Browser, Page } from '@playwright/test';
import { expect, expectAccessible, freshRegister, shot, signIn, test } from './fixtures.js';
import { vanCase } from './seeds.js';

// Two people on the same register: what one saves shows on the other's open
// screens without a reload (GET /events).

const reg = freshRegister({ seed: (s) => void vanCase(s) });
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
