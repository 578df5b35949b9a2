import { addDays, addMonths, formatAmount, formatDate, orgnrCheckDigit, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { ok } from './seeds.js';

// Issue 17: a contract can be corrected on a screen of its own, and an option's
// decision is confirmed in a dialog and can be undone, with a reason, until the
// option's period starts.

const today = todayInOslo();
const d = (n: number) => addDays(today, n);
const start = d(-180);
const end = d(185);

/** Valid organisation numbers no demo supplier has (they all start with 9). */
function orgnrs(n: number): string[] {
  const out: string[] = [];
  for (let i = 82000000; out.length < n; i++) {
    const c = orgnrCheckDigit(String(i));
    if (c !== null) out.push(`${i}${c}`);
  }
  return out;
}

let contractId = 0;
freshRegister({
  seed(service) {
    ok(service, 'settings.set', { userName: 'Kari Nordmann' });
    let kase = ok<{ id: number; version: number }>(service, 'cases.create', {
      caseNumber: '2026/9717',
      title: 'Renhold av rådhuset',
      department: 'Eiendom',
      buyer: 'Per Ødegård',
      estimatedValue: 4_800_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      registeredDate: d(-300),
    });
    kase = ok(service, 'cases.changePhase', { id: kase.id, version: kase.version, phase: 'tildeling', date: d(-200) });
    const [a, b] = orgnrs(2);
    const sup = ok<{ id: number }>(service, 'suppliers.create', { orgnr: a, name: 'Skinnende Rent AS', city: 'Hamar' });
    ok(service, 'suppliers.create', { orgnr: b, name: 'Glans Renhold AS', city: 'Gjøvik' });
    contractId = ok<{ id: number }>(service, 'contracts.create', {
      caseId: kase.id,
      title: 'Renhold rådhuset',
      supplierIds: [sup.id],
      value: 4_800_000,
      startDate: start,
      endDate: end,
      owner: 'Berit Strand',
      options: [
        { lengthMonths: 12, decideBy: d(90) },
        { lengthMonths: 12, decideBy: d(300) },
      ],
    }).id;
  },
});

test('a contract is corrected on its edit screen and the correction is saved', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/#/contracts/${contractId}`);
  await page.getByRole('link', { name: 'Endre', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Endre kontrakten «Renhold rådhuset»' })).toBeVisible();
  // The form holds the contract as it is (dates as the app writes them, dd.mm.yyyy).
  await expect(page.getByLabel('Kontraktsverdi (kr ekskl. mva.)')).toHaveValue(formatAmount(4_800_000));
  await expect(page.getByLabel('Slutt (uten opsjoner)')).toHaveValue(formatDate(end));
  await expect(page.getByLabel('Opsjon 2: Må avgjøres innen')).toHaveValue(formatDate(d(300)));
  await expectAccessible(page, 'contract edit screen');

  // The same checks as when it was made, beside the field.
  await page.getByLabel('Slutt (uten opsjoner)').fill(addDays(start, -1));
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Sluttdatoen kan ikke være før startdatoen.').first()).toBeVisible();
  await page.getByLabel('Slutt (uten opsjoner)').fill(end);
  await page.getByLabel('Opsjon 2: Må avgjøres innen').fill(addMonths(end, 13));
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(
    page
      .getByText(`Opsjon 2: må avgjøres senest når perioden den forlenger slutter (${formatDate(addMonths(end, 12))}).`)
      .first(),
  ).toBeVisible();
  await page.getByLabel('Opsjon 2: Må avgjøres innen').fill(d(300));
  // The error goes once the option is edited; the next save checks again.
  await expect(page.getByText(/^Opsjon 2: må avgjøres senest/)).toHaveCount(0);

  // A new option's decide-by date is suggested three months (the office's default) before the period it extends ends.
  await page.getByRole('button', { name: 'Legg til opsjon' }).click();
  await expect(page.getByLabel('Opsjon 3: Må avgjøres innen')).toHaveValue(
    formatDate(addMonths(addMonths(end, 24), -3)),
  );
  await expect(page.getByText('Foreslått 3 måneder før perioden den forlenger slutter (Innstillinger).')).toBeVisible();
  await page.getByLabel('Opsjon 3: Lengde (måneder)').fill('6');

  await page.getByLabel('Kontraktsverdi (kr ekskl. mva.)').fill('5 100 000');
  await page.getByLabel('Kontraktseier i avdelingen').fill('Hanne Lie');
  await page.getByLabel('Finn leverandør').fill('Glans');
  await page.getByRole('button', { name: 'Legg til leverandør: Glans Renhold AS', exact: true }).click();
  await shot(page, 'contract-edit');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();

  // Back on the contract page, as saved.
  await expect(page.getByRole('heading', { level: 1, name: 'Renhold rådhuset' })).toBeVisible();
  await expect(page.locator('.details')).toContainText('5\u00a0100\u00a0000\u00a0kr');
  await expect(page.locator('.details')).toContainText('Hanne Lie');
  await expect(page.getByRole('link', { name: 'Glans Renhold AS' })).toBeVisible();
  await expect(page.getByTestId('options').getByRole('row')).toHaveCount(4);
  await page.reload();
  await expect(page.locator('.details')).toContainText('5\u00a0100\u00a0000\u00a0kr');
  await expect(page.getByTestId('audit-list')).toContainText('Kari Nordmann · Endret kontrakten');
});

test('an option is used through a confirmation, then undone with a reason the history shows', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/#/contracts/${contractId}`);
  await expect(page.getByTestId('current-end')).toHaveText(formatDate(end));

  // Asking is not deciding: the dialog names the option, its period and the contract; cancelling changes nothing.
  await page.getByRole('button', { name: 'Bruk opsjonen (Opsjon 1)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Bruke opsjon 1?' })).toBeVisible();
  await expect(dialog).toContainText(
    `Opsjon 1 forlenger «Renhold rådhuset» med 12 måneder, for perioden ${formatDate(addDays(end, 1))}–${formatDate(addMonths(end, 12))}.`,
  );
  await expect(dialog).toContainText(`Beslutningen kan angres til perioden starter ${formatDate(addDays(end, 1))}.`);
  await expectAccessible(page, 'option confirmation dialog');
  await shot(page, 'option-confirm');
  await dialog.getByRole('button', { name: 'Avbryt' }).last().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('option-1-status')).toContainText('Ikke avgjort');

  await page.getByRole('button', { name: 'Bruk opsjonen (Opsjon 1)' }).click();
  await dialog.getByRole('button', { name: 'Bruk opsjon 1' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('current-end')).toHaveText(formatDate(addMonths(end, 12)));
  await expect(page.getByTestId('option-1-status')).toContainText(`Brukt ${formatDate(today)}`);

  // A decided option is kept as decided on the edit screen.
  await page.getByRole('link', { name: 'Endre', exact: true }).click();
  await expect(page.getByTestId('option-1-decided')).toHaveText(
    `Opsjon 1: brukt ${formatDate(today)}. En avgjort opsjon kan ikke endres her; angre beslutningen på kontraktssiden først.`,
  );
  await expect(page.getByLabel('Opsjon 1: Lengde (måneder)')).toHaveCount(0);
  await page.getByRole('link', { name: 'Avbryt' }).click();

  // Undone before the option's period starts: a reason is required.
  await page.getByRole('button', { name: 'Angre beslutningen (Opsjon 1)' }).click();
  await expect(dialog.getByRole('heading', { name: 'Angre beslutningen om opsjon 1?' })).toBeVisible();
  await expect(dialog).toContainText('«Renhold rådhuset»');
  await dialog.getByRole('button', { name: 'Angre beslutningen', exact: true }).click();
  await expect(dialog.getByText('Må fylles ut.')).toBeVisible();
  await dialog.getByLabel('Begrunnelse').fill('Vedtaket om forlengelse gjaldt vaskeriavtalen, ikke denne.');
  await expectAccessible(page, 'undo dialog');
  await shot(page, 'option-undo');
  await dialog.getByRole('button', { name: 'Angre beslutningen', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Open again, the end as before, and the history says it was undone and why.
  await expect(page.getByTestId('option-1-status')).toHaveText('Ikke avgjort');
  await expect(page.getByTestId('current-end')).toHaveText(formatDate(end));
  const entry = page.getByTestId('audit-list').getByRole('listitem').first();
  await expect(entry).toContainText('Angret beslutningen om en opsjon');
  await expect(entry.getByTestId('audit-reason')).toHaveText(
    ': «Vedtaket om forlengelse gjaldt vaskeriavtalen, ikke denne.»',
  );
  await entry.locator('summary').click();
  await expect(entry).toContainText('Begrunnelse');
  await expectAccessible(page, 'contract page after undo');
  await shot(page, 'option-undone');
});

test('the lead time for suggested decide-by dates is the office’s setting', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByLabel('Foreslått frist for å avgjøre en opsjon')).toHaveValue('3');
  await page.getByLabel('Foreslått frist for å avgjøre en opsjon').selectOption({ label: '6 måneder før' });
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status')).toBeVisible();
  await page.goto(`/#/contracts/${contractId}/edit`);
  await expect(page.getByLabel('Opsjon 1: Lengde (måneder)')).toBeVisible();
  const options = await page.getByLabel(/: Lengde \(måneder\)$/).count();
  const lengths = await Promise.all(
    Array.from({ length: options }, (_, i) => page.getByLabel(`Opsjon ${i + 1}: Lengde (måneder)`).inputValue()),
  );
  const periodEnd = lengths.reduce((e, n) => addMonths(e, Number(n)), end);
  await page.getByRole('button', { name: 'Legg til opsjon' }).click();
  await expect(page.getByLabel(`Opsjon ${options + 1}: Må avgjøres innen`)).toHaveValue(
    formatDate(addMonths(periodEnd, -6)),
  );
  await expect(page.getByText('Foreslått 6 måneder før perioden den forlenger slutter (Innstillinger).')).toBeVisible();
});

test('in nynorsk the dialog and the service’s refusals speak nynorsk', async ({ page }) => {
  await page.goto(`/#/contracts/${contractId}`);
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await page.getByRole('button', { name: 'Bruk opsjonen (Opsjon 1)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(
    `Opsjon 1 forlengjer «Renhold rådhuset» med 12 månader, for perioden ${formatDate(addDays(end, 1))}–${formatDate(addMonths(end, 12))}.`,
  );
  await expect(dialog).toContainText(`Avgjerda kan angrast til perioden startar ${formatDate(addDays(end, 1))}.`);
  await dialog.getByRole('button', { name: 'Avbryt' }).last().click();
  // A decision dated in the future is refused, naming the option, in nynorsk.
  await page.getByLabel('Dato for avgjerda').fill(d(3));
  await page.getByRole('button', { name: 'Ikkje bruk (Opsjon 1)' }).click();
  await expect(dialog.getByRole('heading', { name: 'La vere å bruke opsjon 1?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Ikkje bruk opsjon 1' }).click();
  await expect(dialog.getByText('Opsjon 1: avgjerdsdatoen kan ikkje vere fram i tid.')).toBeVisible();
  await expectAccessible(page, 'option dialog with its refusal, in nynorsk');
  await dialog.getByRole('button', { name: 'Avbryt' }).last().click();
  await expect(page.getByTestId('option-1-status')).toHaveText('Ikkje avgjord');
  await page.getByRole('button', { name: 'Norsk', exact: true }).click();
});
