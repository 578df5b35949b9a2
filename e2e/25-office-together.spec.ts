import { test } from '@playwright/test';
import { addDays, todayInOslo } from '../core/index.js';
import { expect, expectAccessible } from './fixtures.js';
import { officeServer, signedIn } from './office.js';

// The office together on the real office server (HTTPS, accounts, sessions):
// what one buyer saves shows on another's open screens, each role sees and
// may do what it should (on screen and in the API), and an edit conflict
// between two signed-in buyers is resolved in the form, the history naming both.
const office = officeServer([
  { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
  { username: 'ola', name: 'Ola Hansen', role: 'innkjøper', departments: [] },
  { username: 'lise', name: 'Lise Leder', role: 'leser', departments: [] },
  { username: 'nina', name: 'Nina Holm', role: 'avdeling', departments: ['Helse og omsorg'] },
]);

const ids = { vans: 0, beds: 0 };
const VANS = 'Varebiler til driftsavdelingen';
const BEDS = 'Sykehjemssenger til Helse og omsorg';

test.beforeAll(() => {
  const make = (title: string, department: string, caseNumber: string) => {
    const r = office.service.dispatch(
      'cases.create',
      {
        caseNumber,
        title,
        department,
        buyer: 'Per Ødegård',
        estimatedValue: 2_400_000,
        kind: 'varer',
        procedure: 'apen_anbud',
        registeredDate: addDays(todayInOslo(), -30),
      },
      'nb',
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    return (r as { value: { id: number } }).value.id;
  };
  ids.vans = make(VANS, 'Teknisk drift', '2026/9300');
  ids.beds = make(BEDS, 'Helse og omsorg', '2026/9301');
});

test('what one buyer saves shows on another buyer’s open case page and list without a reload', async ({ browser }) => {
  const kari = await signedIn(office.url, browser, 'kari');
  const ola = await signedIn(office.url, browser, 'ola');
  try {
    // Ola has the case open, and the case list in another window.
    await ola.goto(`${office.url}/#/cases/${ids.vans}`);
    await expect(ola.getByRole('heading', { level: 1, name: VANS })).toBeVisible();
    const list = await ola.context().newPage();
    await list.goto(`${office.url}/#/cases`);
    await expect(list.getByRole('link', { name: VANS })).toBeVisible();
    // Nothing reloads: a mark on each window would be gone after a reload.
    for (const p of [ola, list]) await p.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));

    await kari.goto(`${office.url}/#/cases/${ids.vans}/edit`);
    await kari.getByLabel('Tittel').fill(`${VANS} (elektriske)`);
    await kari.getByRole('button', { name: 'Lagre' }).click();
    await expect(kari.getByRole('heading', { level: 1, name: `${VANS} (elektriske)` })).toBeVisible();

    await expect(ola.getByRole('heading', { level: 1, name: `${VANS} (elektriske)` })).toBeVisible({ timeout: 5000 });
    await expect(list.getByRole('link', { name: `${VANS} (elektriske)` })).toBeVisible({ timeout: 5000 });
    for (const p of [ola, list])
      expect(await p.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
    // The history on Ola's open page names Kari, the one who saved.
    await expect(ola.getByTestId('audit-list').getByRole('listitem').first()).toContainText('Kari Nordmann');
    await expectAccessible(ola, 'case page refreshed by another buyer’s edit');
    await expectAccessible(list, 'case list refreshed by another buyer’s edit');
  } finally {
    await kari.done();
    await ola.done();
  }
});

test('a reader is offered no writes, and the server refuses one sent anyway, in Norwegian', async ({ browser }) => {
  const lise = await signedIn(office.url, browser, 'lise');
  const kari = await signedIn(office.url, browser, 'kari');
  try {
    await lise.goto(`${office.url}/#/cases`);
    await expect(lise.getByRole('link', { name: BEDS })).toBeVisible();
    await expect(lise.getByRole('link', { name: 'Ny sak' })).toHaveCount(0);
    await kari.goto(`${office.url}/#/cases`);
    await expect(kari.getByRole('link', { name: 'Ny sak' })).toBeVisible();
    await expectAccessible(lise, 'case list, reader');
    await lise.screenshot({ path: 'test-results/screens/office-leser-list.png' });

    await lise.getByRole('link', { name: BEDS }).click();
    await expect(lise.getByRole('heading', { level: 1, name: BEDS })).toBeVisible();
    await expect(lise.getByRole('link', { name: 'Endre', exact: true })).toHaveCount(0);
    await expect(lise.getByRole('button', { name: 'Flytt saken' })).toHaveCount(0);
    await expect(lise.getByTestId('role-note').first()).toContainText('leser');
    await expectAccessible(lise, 'case page, reader');

    // A buyer is offered the imports under Data; the reader is told their role does not allow them.
    await kari.goto(`${office.url}/#/data`);
    await expect(kari.getByRole('heading', { name: 'Importer fra regneark' })).toBeVisible();
    await expect(kari.getByLabel('Les inn en pakke')).toBeVisible();
    await lise.goto(`${office.url}/#/data`);
    await expect(lise.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(lise.getByTestId('role-note').first()).toBeVisible();
    await expect(lise.getByRole('heading', { name: 'Importer fra regneark' })).toHaveCount(0);
    await expect(lise.getByLabel('Les inn en pakke')).toHaveCount(0);
    await expect(lise.getByTestId('role-note').first()).toBeVisible();
    await expectAccessible(lise, 'data screen, reader');

    // Sent anyway, from the page with the reader's own session: 403, said in Norwegian.
    const answer = await lise.evaluate(async () => {
      const r = await fetch('/rpc/cases.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'nb' },
        body: JSON.stringify({ title: 'Sneket inn' }),
      });
      return { status: r.status, body: (await r.json()) as { error: { code: string; message: string } } };
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden');
    expect(answer.body.error.message).toBe(
      'Rollen din (leser) gir ikke tilgang til dette. Spør en administrator om du trenger det.',
    );
    const total = office.service.dispatch('cases.list', { limit: 1 }, 'nb') as { value: { total: number } };
    expect(total.value.total).toBe(2);
  } finally {
    await kari.done();
    await lise.done();
  }
});

test('a need owner sees only their own department’s cases', async ({ browser }) => {
  const nina = await signedIn(office.url, browser, 'nina');
  try {
    await nina.goto(`${office.url}/#/cases`);
    await expect(nina.getByRole('link', { name: BEDS })).toBeVisible();
    await expect(nina.getByRole('link', { name: /Varebiler/ })).toHaveCount(0);
    await expect(nina.getByText('1 sak', { exact: true })).toBeVisible();
    await expectAccessible(nina, 'case list, need owner');
    await nina.screenshot({ path: 'test-results/screens/office-avdeling-list.png' });
    // Nor by its address.
    await nina.goto(`${office.url}/#/cases/${ids.vans}`);
    await expect(nina.getByRole('heading', { level: 1, name: /Varebiler/ })).toHaveCount(0);
  } finally {
    await nina.done();
  }
});

test('two buyers edit the same case: the second sees who saved first, keeps their own, and the history names both', async ({
  browser,
}) => {
  const kari = await signedIn(office.url, browser, 'kari');
  const ola = await signedIn(office.url, browser, 'ola');
  try {
    await kari.goto(`${office.url}/#/cases/${ids.beds}/edit`);
    await ola.goto(`${office.url}/#/cases/${ids.beds}/edit`);
    await expect(kari.getByLabel('Tittel')).toHaveValue(BEDS);
    await expect(ola.getByLabel('Tittel')).toHaveValue(BEDS);

    // Ola saves first.
    await ola.getByLabel('Tittel').fill('Senger til sykehjemmene');
    await ola.getByRole('button', { name: 'Lagre' }).click();
    await expect(ola.getByRole('heading', { level: 1, name: 'Senger til sykehjemmene' })).toBeVisible();

    // Kari, still on the old version, saves her own title.
    await kari.getByLabel('Tittel').fill('Elektriske senger til sykehjem');
    await kari.getByRole('button', { name: 'Lagre' }).click();
    const panel = kari.getByTestId('conflict-panel');
    await expect(
      panel.getByRole('heading', { name: /^Endret av Ola Hansen \d\d\.\d\d\.\d{4} \d\d:\d\d$/ }),
    ).toBeVisible();
    const row = panel.getByRole('row').filter({ hasText: 'Tittel' });
    await expect(row).toContainText('Senger til sykehjemmene');
    await expect(row).toContainText('Elektriske senger til sykehjem');
    await expectAccessible(kari, 'case form with an edit conflict, office');

    await panel.getByRole('button', { name: 'Bruk mine' }).click();
    await expect(kari.getByRole('heading', { level: 1, name: 'Elektriske senger til sykehjem' })).toBeVisible();
    const history = kari.getByTestId('audit-list').getByRole('listitem');
    await expect(history.nth(0)).toContainText('Kari Nordmann');
    await expect(history.nth(1)).toContainText('Ola Hansen');
    await expectAccessible(kari, 'case page after the conflict, office');
    // Ola's open page shows Kari's title without a reload, and its history names both.
    await expect(ola.getByRole('heading', { level: 1, name: 'Elektriske senger til sykehjem' })).toBeVisible({
      timeout: 5000,
    });
    await expect(ola.getByTestId('audit-list').getByRole('listitem').nth(0)).toContainText('Kari Nordmann');
  } finally {
    await kari.done();
    await ola.done();
  }
});

test('Min oversikt is the signed-in buyer’s own: their name is “me”, and no hint to write it under Innstillinger', async ({
  browser,
}) => {
  const kari = await signedIn(office.url, browser, 'kari');
  try {
    await kari.goto(`${office.url}/#/`);
    await expect(kari.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible();
    await expect(kari.getByLabel('Innkjøper')).toHaveValue(':me');
    await expect(kari.getByLabel('Innkjøper').locator('option:checked')).toHaveText('Meg (Kari Nordmann)');
    await expect(kari.getByTestId('overview').or(kari.getByText('Ingenting venter akkurat nå.'))).toBeVisible();
    await expect(kari.getByTestId('set-your-name')).toHaveCount(0);
    await expect(kari.getByText(/Skriv navnet ditt under Innstillinger/)).toHaveCount(0);
    await expectAccessible(kari, 'Min oversikt, signed in');
  } finally {
    await kari.done();
  }
});
