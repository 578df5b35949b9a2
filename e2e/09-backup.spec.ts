import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHttpHost } from '../service/http/server.js';
import { openServiceForApp } from '../service/openData.js';
import { migrationsDir, rendererDist } from '../service/repoPaths.js';
import { damage, padAndCheckpoint } from '../test/helpers/damage.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

test('back up now, then restore that backup: work done since is undone and kept in a safety copy', async ({ page }) => {
  await page.goto('/#/cases');
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Data og sikkerhetskopi' })).toBeVisible();
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(page.getByRole('status')).toContainText(
    /Sikkerhetskopi tatt .*: \d+ saker, \d+ leverandører, \d+ kontrakter\./,
  );
  await expect(page.getByRole('row', { name: /Tatt av bruker/ }).first()).toBeVisible();
  await expectAccessible(page, 'backups');
  await shot(page, 'data-backups');

  // A case registered after the backup.
  const made = await page.request.post('/rpc/cases.create', {
    data: {
      caseNumber: '2026/9801',
      title: 'Registrert etter sikkerhetskopien',
      department: 'Eiendom',
      buyer: 'Ola',
      estimatedValue: 100000,
      kind: 'varer',
      procedure: 'direkte',
      themes: [],
      registeredDate: '2026-11-20',
    },
  });
  expect(made.ok()).toBe(true);

  await page
    .getByRole('row', { name: /Tatt av bruker/ })
    .first()
    .getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Anskaff tar først en sikkerhetskopi av registeret slik det er nå');
  // The dialog fades in; axe judges contrast on what is finally shown.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await expectAccessible(page, 'restore dialog');
  await dialog.getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ }).click();
  await expect(page.getByRole('status')).toContainText(
    'er gjenopprettet. Registeret slik det var før, ligger i sikkerhetskopien «Før gjenoppretting»',
  );
  await expect(page.getByRole('row', { name: /Før gjenoppretting/ })).toBeVisible();

  const after = await page.request.post('/rpc/cases.list', { data: { q: '2026/9801' } });
  expect(((await after.json()) as { total: number }).total).toBe(0);
});

test('a damaged register is refused at start, and the newest good backup is offered and restored', async ({ page }) => {
  // A second host over its own data folder: a register with a backup, then damaged on disk.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anskaff-e2e-damaged-'));
  const first = openServiceForApp(dataDir, { migrationsDir }, { log: () => {} });
  first.dispatch('demo.seed', { cases: 30 }, 'nb');
  expect((await first.call('backup.now', {}, 'nb')).ok).toBe(true);
  padAndCheckpoint(first.database.sqlite, 2031);
  first.database.close();
  damage(path.join(dataDir, 'anskaff.sqlite'));

  const service = openServiceForApp(dataDir, { migrationsDir }, { log: () => {} });
  const host = await startHttpHost({ service, staticDir: rendererDist, port: 0 });
  try {
    await page.goto(host.oneTimeUrl('/#/cases'));
    await expect(page.getByRole('heading', { name: 'Registeret kan ikke åpnes' })).toBeVisible();
    await expect(page.getByText(/er skadet eller ikke lesbar, og er ikke åpnet/)).toBeVisible();
    await expect(
      page.getByText(/Den nyeste sikkerhetskopien som er i orden, er fra .* og inneholder 30 saker/),
    ).toBeVisible();
    await expectAccessible(page, 'recovery');
    await shot(page, 'data-recovery');
    await page.getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Gjenopprett sikkerhetskopien fra/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Anskaffelsessaker' })).toBeVisible();
    const list = await page.request.post(`${host.url}/rpc/cases.list`, { data: {} });
    expect(((await list.json()) as { total: number }).total).toBe(30);
  } finally {
    await host.close();
    service.backups?.live()?.close();
  }
});
