import type { Browser, Page } from '@playwright/test';
import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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

/**
 * The network between the browser and the host, which the test can cut:
 * every request goes through it (with the host's own name and origin, which
 * the host checks); `cut()` drops every open connection and refuses new
 * ones, as a lost network does; `mend()` lets them through again.
 */
async function cuttableNetwork(target: string) {
  const to = new URL(target);
  let open = true;
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: to.host, ...(req.headers.origin ? { origin: to.origin } : {}) };
    const onward = request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    onward.on('error', () => res.destroy());
    req.pipe(onward);
  });
  server.on('connection', (socket) => {
    if (!open) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    mend() {
      open = true;
    },
    close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}

test('losing the connection says so at once, keeps what was typed, and the banner goes when it is back', async ({
  browser,
}) => {
  const net = await cuttableNetwork(reg.url);
  // A browser of its own: the requests the cut network fails are logged as errors, as they should be; anything else counts.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource: net::ERR_/.test(m.text())) errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  try {
    await signIn(context, `${net.url}/?token=${process.env.ANSKAFF_WEB_TOKEN}`);
    const page = await context.newPage();
    await page.goto(`${net.url}/#/cases/${ids.case}/edit`);
    const title = page.getByLabel('Tittel');
    await expect(title).toHaveValue(/\S/);
    const banner = page.getByTestId('offline-banner');
    await expect(banner).toHaveCount(0);
    await title.fill('Skrevet mens nettet var borte');

    // The network goes: the change stream drops, and the banner says so before anything is asked.
    net.cut();
    await expect(banner).toBeVisible({ timeout: 2000 });
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toHaveText(
      'Får ikke kontakt med Anskaff. Det du har skrevet, blir stående, og vi prøver igjen av oss selv.',
    );
    // A save while away fails without losing anything.
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByText('Får ikke kontakt med Anskaff-tjenesten.')).toBeVisible();
    await expect(title).toHaveValue('Skrevet mens nettet var borte');
    await expectAccessible(page, 'case form while the connection is lost');
    await shot(page, 'live-offline');
    // In the user's language.
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expect(banner).toHaveText(
      'Får ikkje kontakt med Anskaff. Det du har skrive, blir ståande, og vi prøver igjen av oss sjølve.',
    );
    await page.getByRole('button', { name: 'Norsk', exact: true }).click();

    // Back: the banner goes by itself, the text is still there, and the save goes through.
    net.mend();
    await expect(banner).toHaveCount(0, { timeout: 10_000 });
    await expect(title).toHaveValue('Skrevet mens nettet var borte');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skrevet mens nettet var borte' })).toBeVisible();
    expect(errors, 'console errors besides the cut connections').toEqual([]);
  } finally {
    await context.close();
    await net.close();
  }
});
