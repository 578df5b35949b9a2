import { addDays, formatDate, orgnrCheckDigit, standstillEnd, todayInOslo } from '../core/index.js';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { Service } from '../service/service.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { ok, awardedCase } from './seeds.js';

const today = todayInOslo();
const d = (n: number) => addDays(today, n);

/** Case 2026/9400, a Del III cleaning contract in evaluation, with three tenderers in its protocol, and one supplier. */
function seed(service: Service) {
  let n = 81000000;
  while (orgnrCheckDigit(String(n)) === null) n++;
  ok(service, 'suppliers.create', {
    orgnr: `${n}${orgnrCheckDigit(String(n))}`,
    name: 'Skinnende Rent AS',
    city: 'Hamar',
  });
  const kase = awardedCase(
    service,
    {
      caseNumber: '2026/9400',
      title: 'Renhold av skolene',
      department: 'Oppvekst',
      buyer: 'Per Ødegård',
      estimatedValue: 12_000_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      registeredDate: d(-200),
    },
    2,
  );
  ok(service, 'protocol.save', {
    caseId: kase.id,
    version: 0,
    awardReason: 'Beste forhold mellom pris og kvalitet etter tildelingskriteriene.',
    participants: ['Skinnende Rent AS', 'Vask og Vaskeri AS', 'Rent Bygg AS'].map((name, i) => ({
      name,
      tendered: true,
      awarded: i === 0,
    })),
  });
  // A Del II purchase of goods, where the office sets a reasonable standstill itself.
  awardedCase(
    service,
    {
      caseNumber: '2026/9401',
      title: 'Kontorstoler til rådhuset',
      department: 'Økonomi',
      buyer: 'Per Ødegård',
      estimatedValue: 1_500_000,
      kind: 'varer',
      procedure: 'apen_tilbud',
      registeredDate: d(-200),
    },
    2,
  );
}

freshRegister({ seed });

/** The case page of the case whose title matches, reached from Saker at 1366×768. */
async function openCase(page: Page, title: RegExp) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('link', { name: 'Saker', exact: true }).click();
  await page.getByRole('link', { name: title }).first().click();
}

/** A spreadsheet the button downloads, read back: each sheet's name and its rows (an empty cell as null). */
async function downloadSheets(page: Page, button: ReturnType<Page['getByRole']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await file.path())!);
  return {
    fileName: file.suggestedFilename(),
    sheets: wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((r) => rows.push(Array.from({ length: ws.columnCount }, (_, i) => r.getCell(i + 1).value ?? null)));
      return { name: ws.name, rows };
    }),
  };
}

test('recording the award computes the standstill, holds the signing back until it is over, and Frister shows it', async ({
  page,
}) => {
  await openCase(page, /Renhold av skolene/);

  const panel = page.getByTestId('award-panel');
  await expect(panel.getByRole('heading', { name: 'Tildeling og karensperiode' })).toBeVisible();
  await expect(page.getByTestId('award-rule')).toContainText(
    'minst 10 dager når meddelelsen sendes elektronisk, ellers 15, regnet fra dagen etter at den er sendt',
  );
  await expect(panel).toContainText('FOA §§ 25-1, 25-2');
  // Del III's length is checked against a source: no warning that it is not.
  await expect(page.getByTestId('award-unverified')).toHaveCount(0);
  // The tenderers in the protocol are whom the notice goes to; its reasons are the protocol's.
  await expect(panel.getByLabel('Leverandører som fikk meddelelsen (én per linje)')).toHaveValue(
    'Skinnende Rent AS\nVask og Vaskeri AS\nRent Bygg AS',
  );
  await expect(panel.getByLabel('Begrunnelse som ble gitt')).toHaveValue(
    'Beste forhold mellom pris og kvalitet etter tildelingskriteriene.',
  );

  const notice = d(-1);
  const end = standstillEnd({ regime: 'partIII', noticeDate: notice, exception: null })!;
  await panel.getByLabel('Meddelelse sendt').fill(formatDate(notice));
  await expect(panel).toContainText(`Med denne datoen varer karensperioden til og med ${formatDate(end)}.`);
  // A notice sent by post needs fifteen days; the preview follows.
  const byPost = standstillEnd({ regime: 'partIII', noticeDate: notice, exception: null, byPost: true })!;
  await panel.getByLabel('Kontoret har gjort unntak fra kravet om elektronisk kommunikasjon').check();
  await expect(panel).toContainText(`Med denne datoen varer karensperioden til og med ${formatDate(byPost)}.`);
  await panel.getByLabel('Kontoret har gjort unntak fra kravet om elektronisk kommunikasjon').uncheck();
  // A length shorter than Del III allows is refused at the field, with the earliest end it could have.
  const days = panel.getByLabel('Karensperiode i meddelelsen (dager)');
  await days.fill('7');
  await panel.getByRole('button', { name: 'Registrer tildelingen' }).click();
  await expect(
    panel.getByText(`Karensperioden må være minst 10 dager når meddelelsen sendes elektronisk`),
  ).toBeVisible();
  await expect(panel.getByText(`tidligst til og med ${formatDate(end)}`)).toBeVisible();
  await days.fill('');
  await panel.getByRole('button', { name: 'Registrer tildelingen' }).click();
  await expect(panel.getByRole('status')).toHaveText('Tildelingen er registrert.');
  await expect(page.getByTestId('award-standstill')).toContainText(
    `Karensperioden varer til og med ${formatDate(end)}`,
  );
  await expect(page.getByTestId('award-standstill')).toContainText(
    `Kontrakten kan signeres fra ${formatDate(addDays(end, 1))}.`,
  );
  // The timeline shows the standstill from the notice to its end.
  await expect(page.getByTestId('timeline-standstill')).toContainText(`Karensperiode til og med ${formatDate(end)}`);
  await expectAccessible(page, 'case page with the award');
  await shot(page, 'award-case');

  // Signing inside the standstill is refused, beside the signing date, with when it may be signed.
  await page.getByRole('link', { name: 'Registrer kontrakt' }).click();
  await page.getByLabel('Kontraktens navn').fill('Renhold skolene 2027–2030');
  await page.getByLabel('Finn leverandør').fill('Skinnende');
  await page.getByRole('button', { name: 'Legg til leverandør: Skinnende Rent AS', exact: true }).click();
  await page.getByLabel('Kontraktsverdi (kr ekskl. mva.)').fill('12 000 000');
  await page.getByLabel('Signert').fill(formatDate(today));
  await page.getByLabel('Start', { exact: true }).fill(formatDate(d(60)));
  await page.getByLabel('Slutt (uten opsjoner)').fill(formatDate(d(60 + 3 * 365)));
  await page.getByLabel('Kontraktseier i avdelingen').fill('Berit Strand');
  await page.getByRole('button', { name: 'Registrer kontrakt' }).click();
  await expect(
    page
      .getByRole('paragraph')
      .filter({ hasText: `den varer til og med ${formatDate(end)}. Signer tidligst dagen etter` }),
  ).toBeVisible();
  await expectAccessible(page, 'contract form refused in the standstill');

  // Frister shows the standstill ending.
  await page.getByRole('link', { name: 'Frister' }).click();
  const row = page.getByTestId('award-deadlines').getByRole('row').filter({ hasText: '2026/9400' });
  await expect(row).toContainText('Karensperioden går ut: kontrakten kan signeres');
  await expect(row).toContainText(formatDate(end));
  await expectAccessible(page, 'Frister with the standstill');
  await shot(page, 'award-deadlines');
});

test('a case keeps its notices with their Doffin and TED numbers, each number in its service’s shape', async ({
  page,
}) => {
  await openCase(page, /Renhold av skolene/);
  const panel = page.getByTestId('notices-panel');
  await expect(panel.getByRole('heading', { name: 'Kunngjøringer' })).toBeVisible();
  await expect(panel).toContainText('Ingen kunngjøringer er registrert.');

  // A TED-shaped number given as Doffin's is refused beside the number, in Doffin's shape.
  await panel.getByLabel('Nummer').fill('104233-2026');
  await panel.getByLabel('Publisert', { exact: true }).fill(formatDate(d(-60)));
  await panel.getByRole('button', { name: 'Registrer kunngjøring' }).click();
  await expect(panel.getByText('Skriv nummeret slik Doffin gir det: årstall, bindestrek og løpenummer')).toBeVisible();
  await panel.getByLabel('Nummer').fill('2026-104233');
  await panel.getByRole('button', { name: 'Registrer kunngjøring' }).click();
  await expect(panel.getByRole('status')).toHaveText('Kunngjøringen er registrert.');

  await panel.getByLabel('Publisert i').selectOption({ label: 'TED' });
  await panel.getByLabel('Nummer').fill('612345-2026');
  await panel.getByLabel('Publisert', { exact: true }).fill(formatDate(d(-58)));
  await panel.getByRole('button', { name: 'Registrer kunngjøring' }).click();
  const rows = page.getByTestId('notices').getByRole('row');
  await expect(rows.filter({ hasText: '2026-104233' })).toContainText('Kunngjøring av konkurranse');
  await expect(rows.filter({ hasText: '612345-2026' })).toContainText('TED');
  await expectAccessible(page, 'case page with notices');
  await shot(page, 'award-notices');

  // In English the same list and form.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Notices' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Award and standstill' })).toBeVisible();
  await expectAccessible(page, 'case page with notices in English');
});

test('an injunction holds the signing back until it is lifted; a complaint to answer is on Frister', async ({
  page,
}) => {
  await openCase(page, /Renhold av skolene/);
  const panel = page.getByTestId('complaints-panel');
  await expect(panel).toContainText('Ingen klager er registrert.');

  // A complaint to the office, with the answer date the office set.
  await panel.getByLabel('Leverandør').fill('Vask og Vaskeri AS');
  await panel.getByLabel('Svarfrist').fill(formatDate(d(5)));
  await panel.getByLabel('Hva klagen gjelder').fill('Evalueringen av kvalitet.');
  await panel.getByRole('button', { name: 'Registrer klage' }).click();
  await expect(panel.getByRole('status')).toHaveText('Klagen er lagret.');
  await expect(page.getByTestId('complaints')).toContainText(`Åpen, svar innen ${formatDate(d(5))}`);

  // A court injunction: the case page says the signing is held back.
  await panel.getByLabel('Type').selectOption({ label: 'Begjæring om midlertidig forføyning' });
  await panel.getByLabel('Leverandør').fill('Rent Bygg AS');
  await panel.getByRole('button', { name: 'Registrer klage' }).click();
  await expect(page.getByTestId('injunction-standing')).toBeVisible();
  await expectAccessible(page, 'case page with complaints');
  await shot(page, 'award-complaints');

  // Frister: the complaint to answer.
  await page.getByRole('link', { name: 'Frister' }).click();
  const row = page.getByTestId('award-deadlines').getByRole('row').filter({ hasText: 'Svar på klagen' });
  await expect(row).toContainText(formatDate(d(5)));
  // Frister's spreadsheet has the complaint to answer beside the contracts' deadlines.
  const frister = await downloadSheets(page, page.getByRole('button', { name: 'Eksporter til Excel' }).first());
  expect(frister.sheets.map((x) => x.name)).toEqual(['Frister', 'Nær maksimum', 'Uten frist i perioden']);
  const [head, ...body] = frister.sheets[0]!.rows;
  const answer = body.find((r) => r[head!.indexOf('Hva')] === 'Klagen må besvares')!;
  expect(answer[head!.indexOf('Saksnummer')]).toBe('2026/9400');
  expect(answer[head!.indexOf('Sak')]).toBe('Renhold av skolene');
  expect((answer[head!.indexOf('Frist')] as Date).toISOString().slice(0, 10)).toBe(d(5));
  // The office's register of complaints: both, with their case.
  const register = await downloadSheets(page, page.getByRole('button', { name: 'Alle klager til Excel' }));
  expect(register.fileName).toMatch(/^klager-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [rHead, ...rBody] = register.sheets[0]!.rows;
  const col = (h: string) => rHead!.indexOf(h);
  expect(rBody.map((r) => [r[col('Type')], r[col('Leverandør')], r[col('Saksnummer')]])).toEqual([
    ['Klage til oppdragsgiver', 'Vask og Vaskeri AS', '2026/9400'],
    ['Begjæring om midlertidig forføyning', 'Rent Bygg AS', '2026/9400'],
  ]);
  await expectAccessible(page, 'Frister with the complaints register button');
  await shot(page, 'award-deadlines-complaints-register');
  await page.goBack();

  // Lifted: the warning goes.
  await page
    .getByTestId('complaints-panel')
    .getByRole('button', { name: `Endre klagen fra Rent Bygg AS (${formatDate(today)})` })
    .click();
  await page
    .getByTestId('complaints-panel')
    .getByLabel('Stansen er over (begjæringen avslått eller trukket, eller forføyningen opphevet)')
    .fill(formatDate(today));
  await page.getByTestId('complaints-panel').getByRole('button', { name: 'Lagre klagen' }).click();
  await expect(page.getByTestId('injunction-standing')).toHaveCount(0);
  await expect(page.getByTestId('complaints')).toContainText(`Avsluttet ${formatDate(today)}`);
});

test('in Del II the office sets a reasonable standstill itself: a shorter one is kept, with a word on why it must be reasonable', async ({
  page,
}) => {
  await openCase(page, /Kontorstoler til rådhuset/);
  const panel = page.getByTestId('award-panel');
  await expect(page.getByTestId('award-rule')).toContainText('en rimelig periode som kontoret selv fastsetter');
  await expect(page.getByTestId('award-rule')).toContainText('FOA §§ 10-1, 10-2');
  // Five days: no refusal, but the office is reminded to say why that is reasonable.
  const notice = d(-1);
  await panel.getByLabel('Meddelelse sendt').fill(formatDate(notice));
  await panel.getByLabel('Karensperiode i meddelelsen (dager)').fill('5');
  await expect(page.getByTestId('award-short')).toContainText('Kortere enn 10 dager');
  const end = standstillEnd({ regime: 'partII', noticeDate: notice, exception: null, days: 5 })!;
  await expect(panel).toContainText(`Med denne datoen varer karensperioden til og med ${formatDate(end)}.`);
  // Del II has no exception for a dynamic purchasing system.
  await expect(panel.getByLabel('Unntak fra karensperioden').locator('option')).toHaveText([
    'Ingen unntak',
    'Den valgte leverandøren er den eneste berørte leverandøren',
    'Kontrakten tildeles under en rammeavtale',
  ]);
  await panel.getByRole('button', { name: 'Registrer tildelingen' }).click();
  await expect(panel.getByRole('status')).toHaveText('Tildelingen er registrert.');
  await expect(page.getByTestId('award-standstill')).toContainText(
    `Karensperioden varer til og med ${formatDate(end)}`,
  );
  await expectAccessible(page, 'Del II award with a short standstill');
});
