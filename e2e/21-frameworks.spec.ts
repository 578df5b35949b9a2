import { addDays, addMonths, formatDate, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { ok } from './seeds.js';

// A framework agreement for office supplies, two suppliers, five years with
// no special ground recorded yet: recorded as a framework on its page, its
// call-offs counted against the maximum, and Frister listing it near it.

const today = todayInOslo();
const d = (n: number) => addDays(today, n);

let contractId = 0;
const reg = freshRegister({
  seed: (service) => {
    const kase = ok<{ id: number; version: number }>(service, 'cases.create', {
      caseNumber: '2026/9500',
      title: 'Rammeavtale kontorrekvisita',
      department: 'Stab',
      buyer: 'Per Ødegård',
      estimatedValue: 9_000_000,
      kind: 'varer',
      procedure: 'apen_anbud',
      registeredDate: d(-500),
    });
    ok(service, 'cases.changePhase', { id: kase.id, version: kase.version, phase: 'tildeling', date: d(-420) });
    const a = ok<{ id: number }>(service, 'suppliers.create', { orgnr: '974760673', name: 'Kontorhuset AS' });
    const b = ok<{ id: number }>(service, 'suppliers.create', { orgnr: '923609016', name: 'Papirgrossisten AS' });
    const start = d(-400);
    contractId = ok<{ id: number }>(service, 'contracts.create', {
      caseId: kase.id,
      title: 'Kontorrekvisita 2025–2030',
      supplierIds: [a.id, b.id],
      value: 1_000_000,
      startDate: start,
      endDate: addDays(addMonths(start, 60), -1),
      owner: 'Berit Strand',
    }).id;
  },
});

test('a contract recorded as a framework counts its call-offs against the maximum; Frister lists it near it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/#/contracts/${contractId}`);
  const section = page.getByTestId('framework');
  await expect(section).toContainText('Kontrakten er ikke registrert som rammeavtale.');
  await section.getByRole('button', { name: 'Registrer som rammeavtale' }).click();

  // Five years: the form warns until a special ground is recorded (FOA § 26-1).
  await expect(page.getByTestId('duration-warning')).toContainText('§ 26-1');
  await page.getByLabel('Leverandører', { exact: true }).selectOption({ label: 'Flere leverandører' });
  await page.getByLabel('Avrop gjøres').selectOption({ label: 'Begge, slik vilkårene sier' });
  await page.getByLabel('Maksimal verdi (kunngjort)').fill('1 mill');
  await page.getByLabel('Hvem kan gjøre avrop (én per linje)').fill('Oppvekst\nHelse og omsorg\nNabo kommune');
  await expectAccessible(page, 'framework terms form');
  await page.getByRole('button', { name: 'Lagre vilkårene' }).click();
  await expect(section.getByTestId('frameworkDurationGroundMissing')).toContainText(
    'Rammeavtalen varer lenger enn fire år. Registrer de særlige grunnene (anskaffelsesforskriften § 26-1).',
  );

  // A mini-competition without its record is refused on the field.
  const form = page.getByTestId('call-off-form');
  await form.getByLabel('Dato', { exact: true }).fill(d(-200));
  await form.getByLabel('Avdeling').fill('Oppvekst');
  await form.getByLabel('Verdi').fill('450 000');
  await form.getByLabel('Hva som ble kjøpt').fill('Papir og toner til skolene');
  await form.getByLabel('Hvordan').selectOption({ label: 'Minikonkurranse' });
  await form.getByRole('button', { name: 'Registrer avrop' }).click();
  await expect(form).toContainText('Oppgi datoen leverandørene ble invitert til minikonkurransen.');
  await form.getByLabel('Invitasjon sendt').fill(d(-220));
  await form.getByLabel('Antall tilbud').fill('2');
  await form.getByLabel('Begrunnelse for tildelingen').fill('Lavest pris for varekurven');
  await form.getByRole('button', { name: 'Registrer avrop' }).click();
  await expect(section.getByTestId('call-offs')).toContainText('Papir og toner til skolene');

  // A second department's call-off takes it past 80 %.
  await form.getByLabel('Dato', { exact: true }).fill(d(-30));
  await form.getByLabel('Avdeling').fill('Helse og omsorg');
  await form.getByLabel('Leverandør', { exact: true }).selectOption({ label: 'Papirgrossisten AS' });
  await form.getByLabel('Verdi').fill('400 000');
  await form.getByLabel('Hva som ble kjøpt').fill('Kontorstoler');
  await form.getByLabel('Hvordan').selectOption({ label: 'Direkte etter vilkårene' });
  await form.getByRole('button', { name: 'Registrer avrop' }).click();
  await expect(section.getByTestId('frameworkNearMaximum')).toContainText('Avropene har brukt 85');
  const byDepartment = section.getByTestId('spend-by-department');
  await expect(byDepartment.getByRole('row', { name: /Oppvekst/ })).toContainText('450 000');
  await expect(byDepartment.getByRole('row', { name: /Helse og omsorg/ })).toContainText('400 000');
  // A call-off corrected on screen: the same form, filled with what was recorded, mini-competition and all.
  const table = section.getByTestId('call-offs');
  const editFirst = table.getByRole('button', { name: `Endre avropet ${formatDate(d(-200))}` });
  await editFirst.click();
  await expect(form.getByRole('heading', { name: 'Endre avropet' })).toBeFocused();
  await expect(form.getByRole('button', { name: 'Registrer avrop' })).toHaveCount(0);
  await expect(form.getByLabel('Verdi')).toHaveValue(/^450\s000$/);
  await expect(form.getByLabel('Avdeling')).toHaveValue('Oppvekst');
  await expect(form.getByLabel('Hvordan')).toHaveValue('mini_competition');
  await expect(form.getByLabel('Invitasjon sendt')).toHaveValue(formatDate(d(-220)));
  await expect(form.getByLabel('Antall tilbud')).toHaveValue('2');
  await expect(form.getByLabel('Begrunnelse for tildelingen')).toHaveValue('Lavest pris for varekurven');
  // The record is still required: emptied, it is refused on the field.
  await form.getByLabel('Antall tilbud').fill('');
  await form.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(form).toContainText('Oppgi hvor mange tilbud minikonkurransen fikk (minst ett).');
  await form.getByLabel('Antall tilbud').fill('3');
  await form.getByLabel('Verdi').fill('440 000');
  await expectAccessible(page, 'call-off edit form');
  await form.scrollIntoViewIfNeeded();
  await shot(page, 'call-off-edit-1366');
  await form.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Avropet er endret.' })).toBeVisible();
  await expect(table).toContainText('invitert');
  await expect(table).toContainText('3 tilbud');
  await expect(byDepartment.getByRole('row', { name: /Oppvekst/ })).toContainText('440 000');
  await expect(form.getByRole('button', { name: 'Registrer avrop' })).toBeVisible();

  // Someone else corrects it while this edit is open: saving on the old version is refused (409), nothing overwritten.
  await editFirst.click();
  const detail = ok<{ framework: { callOffs: (Record<string, unknown> & { id: number; description: string })[] } }>(
    reg.service,
    'contracts.get',
    { id: contractId },
  );
  const { supplierName: _name, ...theirs } = detail.framework.callOffs.find(
    (c) => c.description === 'Papir og toner til skolene',
  )!;
  ok(reg.service, 'contracts.updateCallOff', { ...theirs, description: 'Papir, toner og blekk' });
  await form.getByLabel('Hva som ble kjøpt').fill('Papir og toner til barnehagene');
  await form.getByRole('button', { name: 'Lagre endringen' }).click();
  await expect(form).toContainText('Avropet er endret av noen andre siden du åpnet det.');
  await expectAccessible(page, 'call-off edit refused as stale');
  await form.getByRole('button', { name: 'Avbryt' }).click();
  await page.reload();
  await expect(table).toContainText('Papir, toner og blekk');
  await expect(table).not.toContainText('barnehagene');

  // A supplier's sales report as a spreadsheet: a row that does not match stops the whole file; a good one is imported.
  const sheet = (orgnr: string) => ({
    name: 'salgsrapport.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `Saksnummer;Dato;Avdeling;Orgnr;Verdi;Hva som ble kjøpt\n2026/9500;${formatDate(d(-20))};Kultur;${orgnr};10 000;Konvolutter\n`,
    ),
  });
  const importer = section.getByTestId('call-off-import');
  await importer.getByLabel('Importer avrop fra regneark').setInputFiles(sheet('889640782'));
  await expect(importer.getByTestId('call-off-import-problems')).toContainText(
    'Rad 2: Fant ingen leverandør med organisasjonsnummer «889640782».',
  );
  await importer.getByLabel('Importer avrop fra regneark').setInputFiles(sheet('974760673'));
  await importer.getByRole('button', { name: 'Importer avropet' }).click();
  await expect(importer).toContainText('Ett avrop er importert.');
  await expect(section.getByTestId('call-offs')).toContainText('Konvolutter');
  await expect(byDepartment.getByRole('row', { name: /Kultur/ })).toContainText('10 000');
  // A mini-competition row is checked as the form checks one: without its number of tenders the file is refused, row and column named.
  await importer.getByLabel('Importer avrop fra regneark').setInputFiles({
    name: 'avrop-minikonkurranse.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Saksnummer;Dato;Avdeling;Orgnr;Verdi;Hva som ble kjøpt;Hvordan;Invitasjon sendt;Antall tilbud;Begrunnelse\n' +
        `2026/9500;${formatDate(d(-15))};Kultur;974760673;5 000;Permer;Minikonkurranse;${formatDate(d(-25))};;Best pris\n`,
    ),
  });
  await expect(importer.getByTestId('call-off-import-problems')).toContainText(
    'Rad 2: Kolonnen «Antall tilbud»: Oppgi hvor mange tilbud minikonkurransen fikk (minst ett).',
  );
  await expect(importer.getByRole('button', { name: 'Importer avropet' })).toHaveCount(0);
  await expectAccessible(page, 'call-off import refused on a mini-competition row');
  await importer.screenshot({ path: 'test-results/screens/call-off-import-mini.png' });
  await expect(table).not.toContainText('Permer');
  await expectAccessible(page, 'framework with call-offs');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'framework-1366');

  // Frister lists it among frameworks near their maximum.
  await page.getByRole('link', { name: 'Frister' }).click();
  const near = page.getByTestId('frameworks-near-maximum');
  await expect(near.getByRole('row', { name: /Kontorrekvisita 2025–2030/ })).toContainText('Nær maksimum');
  await expectAccessible(page, 'deadlines with frameworks');
  await shot(page, 'frameworks-deadlines-1366');

  // The last 150 000 reaches the maximum: the framework is in principle used up, and says so.
  await page.goto(`/#/contracts/${contractId}`);
  await form.getByLabel('Dato', { exact: true }).fill(d(-5));
  await form.getByLabel('Avdeling').fill('Oppvekst');
  await form.getByLabel('Verdi').fill('150 000');
  await form.getByLabel('Hva som ble kjøpt').fill('Skrivere');
  await form.getByLabel('Hvordan').selectOption({ label: 'Direkte etter vilkårene' });
  await form.getByRole('button', { name: 'Registrer avrop' }).click();
  await expect(section.getByTestId('frameworkMaximumUsedUp')).toHaveText(
    'Rammeavtalens maksimum er nådd: avtalen er i utgangspunktet brukt opp. Nye avrop krever en lovlig endring av avtalen (FOA kapittel 28 i del III, § 11-2 i del II).',
  );
  // A further call-off asks for the lawful change it rests on, and is refused without one.
  await form.getByLabel('Verdi').fill('5 000');
  await form.getByLabel('Hva som ble kjøpt').fill('Toner');
  await form.getByRole('button', { name: 'Registrer avrop' }).click();
  await expect(form.getByText('Skriv grunnlaget for endringen for å registrere avropet.')).toBeVisible();
  await form.getByLabel('Grunnlag for avrop over maksimum').fill('Endring etter FOA § 28-1: under 10 % av verdien.');
  await form.getByRole('button', { name: 'Registrer avrop' }).click();
  await expect(section.getByRole('row').filter({ hasText: 'Toner' }).first()).toBeVisible();
  // The history names what was done, in words.
  await expect(page.getByText('Registrerte et avrop').first()).toBeVisible();
  await expect(page.getByText('Endret rammeavtalens vilkår')).toBeVisible();
  await expect(page.getByText('Endret et avrop').first()).toBeVisible();
  await expectAccessible(page, 'framework at its maximum');
});
