import { readFileSync } from 'node:fs';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

test('the protocol says what the case still lacks, takes the entries, finalises and prints', async ({ page }) => {
  await page.request.post('/rpc/settings.set', {
    data: { organisationName: 'Nordby kommune', organisationOrgnr: '974760673' },
  });
  const made = await page.request.post('/rpc/cases.create', {
    data: {
      caseNumber: '2026/8901',
      title: 'Mobilitet for hjemmetjenesten',
      department: 'Helse og omsorg',
      buyer: 'Kari Nordmann',
      estimatedValue: 9_000_000,
      kind: 'tjenester',
      procedure: 'forhandling',
      procedureGround: 'foa_13_2_c',
      procedureGroundNote: 'Risikoen for ladeinfrastrukturen må fordeles ved forhandling.',
      themes: [],
      registeredDate: '2026-09-01',
    },
  });
  const kase = (await made.json()) as { id: number };
  await page.goto(`/#/cases/${kase.id}`);
  await page.getByRole('link', { name: 'Anskaffelsesprotokoll' }).click();
  await expect(page.getByRole('heading', { name: 'Anskaffelsesprotokoll', level: 1 })).toBeVisible();
  const missing = page.getByTestId('protocol-missing');
  await expect(missing).toContainText('Begrunnelse for ikke å dele opp kontrakten');
  await expect(missing).toContainText('Inhabilitet og konkurransevridning, og tiltak mot dem');
  // The ground the case rests on, in the regulation's words, and each item by its letter of § 25-5.
  await expect(missing).not.toContainText('Begrunnelse for prosedyren');
  await expect(page.getByTestId('protocol-ground')).toContainText(
    'FOA § 13-2 bokstav c: anskaffelsens karakter, kompleksitet',
  );
  await expect(page.getByTestId('protocol-section')).toContainText('FOA § 25-5');
  await expect(page.getByRole('cell', { name: '§ 25-5 annet ledd bokstav c' })).toBeVisible();
  await expect(page.getByTestId('protocol-retention')).toContainText('FOA § 7-1');
  await expect(page.getByRole('button', { name: 'Ferdigstill protokollen' })).toBeDisabled();
  await expectAccessible(page, 'protocol');

  await page
    .getByLabel('Hvorfor kontrakten ikke er delt i delkontrakter')
    .fill('Flåte, lading og drift må henge sammen; én leverandør har helhetsansvaret.');
  await page
    .getByLabel('Interessekonflikter', { exact: true })
    .fill('Habilitetserklæringer er signert av alle i evalueringsgruppen.');
  await page.getByRole('button', { name: 'Lagre protokollen' }).click();
  await expect(page.getByRole('status')).toHaveText('Protokollen er lagret.');
  await expect(page.getByText('Alt som kreves for denne saken, er registrert.')).toBeVisible();
  await page.getByRole('button', { name: 'Ferdigstill protokollen' }).click();
  await expect(page.getByText(/Ferdigstilt .* av /)).toBeVisible();
  await shot(page, 'protocol');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('anskaffelsesprotokoll-2026-8901.pdf');
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
});
