import { addDays, formatAmount, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// Forms that meet office habits (issue 17): amounts as offices type them,
// read back before saving; a kind that must be chosen; errors that follow the
// language; the awarded value from the contract.
freshRegister({ demo: 60 });

const today = todayInOslo();
const d = (n: number) => addDays(today, n);
const NBSP = '\u00a0';

test('a money field reads "1,8 mill", shows what it read, refuses words in words, and the case opens at its top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/cases/new');
  const value = page.getByLabel('Anslått verdi (kr ekskl. mva.)');
  await value.fill('1,8 mill');
  await expect(page.getByTestId('f-estimatedValue-read')).toHaveText(`Lest som 1${NBSP}800${NBSP}000${NBSP}kr`);
  await value.fill('kr 250 000,-');
  await expect(page.getByTestId('f-estimatedValue-read')).toHaveText(`Lest som 250${NBSP}000${NBSP}kr`);
  await value.fill('3,5 MNOK');
  await expect(page.getByTestId('f-estimatedValue-read')).toHaveText(`Lest som 3${NBSP}500${NBSP}000${NBSP}kr`);
  await value.fill('tre millioner');
  await expect(page.getByTestId('f-estimatedValue-read')).toHaveText('');

  // The kind starts empty, and saving without it or with an amount it cannot read says why, beside each field.
  await expect(page.getByLabel('Type anskaffelse', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(
    page.getByRole('link', { name: /Anslått verdi \(kr ekskl\. mva\.\): Kan ikke leses som et beløp/ }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Type anskaffelse: Må fylles ut.' })).toBeVisible();
  await expect(page.locator('#f-kind-error')).toHaveText('Må fylles ut.');
  await expectAccessible(page, 'case form with an amount it cannot read and no kind');
  await shot(page, 'forms-money-error');

  // Dates are written as the app's language writes them, whatever the browser's: a text field, not the browser's date field.
  const [y, m, dd] = today.split('-');
  await expect(page.getByLabel('Behovet registrert')).toHaveValue(`${dd}.${m}.${y}`);
  await page.getByLabel('Planlagt kunngjøring').fill('32.13.2027');
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(
    page.getByRole('link', { name: 'Planlagt kunngjøring: Må være en gyldig dato, f.eks. 25.11.2026.' }),
  ).toBeVisible();
  await page.getByLabel('Planlagt kunngjøring').fill('1.2.27');
  await page.getByLabel('Planlagt kunngjøring').blur();
  await expect(page.getByLabel('Planlagt kunngjøring')).toHaveValue('01.02.2027');

  // Switching language says the same errors again in the new language, and the currency is NOK.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Need registered')).toHaveValue(`${dd}/${m}/${y}`);
  await expect(page.getByLabel('Planned notice')).toHaveValue('01/02/2027');
  await expect(page.getByLabel('Estimated value (NOK excl. VAT)')).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Estimated value \(NOK excl\. VAT\): Cannot be read as an amount/ }),
  ).toBeVisible();
  await expect(page.locator('#f-kind-error')).toHaveText('Required.');
  await expect(
    page.locator('.ds-input-affixes, .ds-field-affixes').filter({ has: page.locator('#f-estimatedValue') }),
  ).toContainText('NOK');
  await page.getByLabel('Estimated value (NOK excl. VAT)').fill('250.000');
  await expect(page.getByTestId('f-estimatedValue-read')).toHaveText(`Read as NOK${NBSP}250,000`);
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await expect(page.locator('#f-kind-error')).toHaveText('Må fyllast ut.');
  await expect(page.getByTestId('f-estimatedValue-read')).toHaveText(`Tolka som 250${NBSP}000${NBSP}kr`);
  await page.getByRole('button', { name: 'Norsk', exact: true }).click();

  await page.getByLabel('Saksnummer i arkivet').fill('2026/9701');
  await page.getByLabel('Tittel').fill('Kontorrekvisita til rådhuset');
  await page.getByLabel('Avdeling som eier behovet').fill('Sentraladministrasjonen');
  await page.getByLabel('Ansvarlig innkjøper').fill('Kari Nordmann');
  await page.getByLabel('Type anskaffelse', { exact: true }).selectOption({ label: 'Varer' });
  // CPV: the buyer's word finds the office-supplies codes; Enter chooses the first, and focus goes on to the next field.
  const cpv = page.getByRole('searchbox', { name: 'Søk i CPV-koder' });
  await cpv.fill('kontorrekvisita');
  await expect(page.getByRole('button', { name: 'Velg: 30192000-1 Kontorutstyr', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Velg: 30192700-8 Kontorartikler', exact: true })).toBeVisible();
  await expectAccessible(page, "CPV search with the buyers' words");
  await cpv.press('Enter');
  await expect(page.getByTestId('cpv-current')).toHaveText(/^30191000-4 Kontorutstyr/);
  await expect(page.getByLabel('Klima og miljø', { exact: true })).toBeFocused();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Kontorrekvisita til rådhuset/ })).toBeVisible();
  await expect(page.getByText(`250${NBSP}000${NBSP}kr`).first()).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the contract value reads office habits too, and the awarded value starts from it, not the estimate', async ({
  page,
}) => {
  const post = async (method: string, data: object) => {
    const r = await page.request.post(`/rpc/${method}`, { data });
    expect(r.ok(), await r.text()).toBe(true);
    return r.json();
  };
  let kase = await post('cases.create', {
    caseNumber: '2026/9702',
    title: 'Renhold av skolene',
    department: 'Eiendom',
    buyer: 'Per Ødegård',
    estimatedValue: 4_800_000,
    kind: 'tjenester',
    procedure: 'apen_anbud',
    registeredDate: d(-300),
  });
  kase = await post('cases.changePhase', { id: kase.id, version: kase.version, phase: 'tildeling', date: d(-200) });
  const suppliers = await post('suppliers.list', {});
  const supplier = (suppliers.items ?? suppliers)[0];

  await page.goto(`/#/cases/${kase.id}/contracts/new`);
  await page.getByLabel('Kontraktens navn').fill('Renhold skolene 2026–2028');
  await page.getByLabel('Finn leverandør').fill(supplier.name.slice(0, 6));
  await page.getByRole('button', { name: `Legg til leverandør: ${supplier.name}`, exact: true }).click();
  const value = page.getByLabel('Kontraktsverdi (kr ekskl. mva.)');
  await value.fill('4,5 mill. kr');
  await expect(page.getByTestId('f-value-read')).toHaveText(`Lest som 4${NBSP}500${NBSP}000${NBSP}kr`);
  await value.fill('4 500 000,50');
  await page.getByLabel('Start', { exact: true }).fill(d(-180));
  await page.getByLabel('Slutt (uten opsjoner)').fill(d(500));
  await page.getByRole('button', { name: 'Registrer kontrakt', exact: true }).click();
  await expect(page.getByRole('link', { name: /Beløpet må være hele kroner, uten øre\./ })).toBeVisible();
  await expect(page.getByText('Beløpet må være hele kroner, uten øre.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'contract form refusing øre');
  await value.fill('4,5 mill. kr');
  await page.getByRole('button', { name: 'Registrer kontrakt', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Renhold skolene/ })).toBeVisible();

  await page.goto(`/#/cases/${kase.id}`);
  await expect(page.getByLabel('Tildelt verdi (kr ekskl. mva.)')).toHaveValue(formatAmount(4_500_000));
  await expect(page.getByText('Fra kontraktsverdien.')).toBeVisible();
  await page.getByLabel('Utgangspunkt (kr ekskl. mva.)').fill('5,2 mill');
  await expect(page.getByTestId('sv-baseline-read')).toHaveText(`Lest som 5${NBSP}200${NBSP}000${NBSP}kr`);
  await expectAccessible(page, 'savings with the awarded value from the contract');
});

test('a dialogue activity is planned until held: no attendance or minutes before, a held one cannot be ahead, and the menu opens the list of activities', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const post = async (method: string, data: object) => {
    const r = await page.request.post(`/rpc/${method}`, { data });
    expect(r.ok(), await r.text()).toBe(true);
    return r.json();
  };
  const kase = await post('cases.create', {
    caseNumber: '2026/9703',
    title: 'Ladeinfrastruktur for tjenestebiler',
    department: 'Teknisk drift',
    buyer: 'Ola Hansen',
    estimatedValue: 3_000_000,
    kind: 'varer',
    procedure: 'apen_anbud',
    registeredDate: d(-30),
  });
  await post('dialogues.create', {
    caseId: kase.id,
    form: 'dialogkonferanse',
    date: d(14),
    time: '09:00',
    title: 'Dialogkonferanse om lading',
  });
  await post('dialogues.create', { caseId: kase.id, form: 'rfi', date: d(-7), title: 'RFI om ladebokser' });

  await page.goto('/#/cases');
  await page.getByRole('link', { name: 'Markedsdialog' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Markedsdialog' })).toBeVisible();
  await expect(
    page.getByTestId('dialogue-upcoming').locator('li').filter({ hasText: 'Dialogkonferanse om lading' }),
  ).toContainText('Planlagt');
  await expect(
    page.getByTestId('dialogue-recent').locator('li').filter({ hasText: 'RFI om ladebokser' }),
  ).toContainText('Gjennomført');
  await expect(page.getByLabel('Søk i referater, spørsmål og svar')).toBeVisible();
  await expectAccessible(page, 'market dialogue overview');
  await shot(page, 'forms-dialogue-overview');

  const suppliers = await post('suppliers.list', {});
  const supplier = suppliers.items[0];
  await page.goto(`/#/cases/${kase.id}/dialogue/new`);
  await page.getByLabel('Tittel', { exact: true }).fill('En-til-en med leverandør');
  await page.getByLabel('Dato', { exact: true }).fill(d(10));
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('planned');
  await page.getByLabel('Finn leverandør').fill(supplier.name.slice(0, 6));
  await page.getByRole('button', { name: `Legg til leverandør: ${supplier.name}`, exact: true }).click();
  await expect(page.getByLabel('Deltok')).toBeDisabled();
  await expect(page.getByLabel('Deltok')).not.toBeChecked();
  await expect(page.getByTestId('minutes-not-yet')).toContainText('Referatet skrives når aktiviteten er gjennomført');
  await expectAccessible(page, 'a planned activity');
  await shot(page, 'forms-activity-planned');

  // Held, but dated ahead: the date error says why.
  await page.getByLabel('Status', { exact: true }).selectOption('held');
  await expect(page.getByLabel('Deltok')).toBeEnabled();
  await page.getByLabel('Deltok').check();
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(
    page.getByText(
      'En gjennomført aktivitet kan ikke ha en dato fram i tid. Er den ikke holdt ennå, velg «Planlagt».',
      { exact: true },
    ),
  ).toBeVisible();
  await expectAccessible(page, 'a held activity dated ahead');
  await page.getByLabel('Dato', { exact: true }).fill(today);
  await page.getByLabel('Referat', { exact: true }).fill('Leverandøren viste ladebokser med lastbalansering.');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /En-til-en med leverandør/ })).toBeVisible();
});
