import { addDays, addMonths, formatDate, formatGoalValue, orgnrCheckDigit, todayInOslo } from '../core/index.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

const today = todayInOslo();
const d = (n: number) => addDays(today, n);

/** A valid organisation number no demo supplier has (they all start with 9). */
function orgnr(): string {
  for (let n = 81000000; ; n++) {
    const c = orgnrCheckDigit(String(n));
    if (c !== null) return `${n}${c}`;
  }
}

test('an awarded case gets its contract; options, expiry and controls come up as deadlines', async ({ page }) => {
  const post = async (method: string, data: object) => {
    const r = await page.request.post(`/rpc/${method}`, { data });
    expect(r.ok(), await r.text()).toBe(true);
    return r.json();
  };
  let kase = await post('cases.create', {
    caseNumber: '2026/9200',
    title: 'Renholdstjenester for rådhuset',
    department: 'Eiendom',
    buyer: 'Per Ødegård',
    estimatedValue: 4_800_000,
    kind: 'tjenester',
    procedure: 'apen_anbud',
    registeredDate: d(-300),
  });
  kase = await post('cases.changePhase', { id: kase.id, version: kase.version, phase: 'tildeling', date: d(-200) });
  await post('suppliers.create', { orgnr: orgnr(), name: 'Skinnende Rent AS', city: 'Hamar' });

  await page.goto(`/#/cases/${kase.id}`);
  await page.getByRole('link', { name: 'Registrer kontrakt' }).click();
  await page.getByLabel('Kontraktens navn').fill('Renhold rådhuset 2026–2027');
  await page.getByLabel('Finn leverandør').fill('Skinnende');
  await page.getByRole('button', { name: 'Legg til leverandør: Skinnende Rent AS', exact: true }).click();
  await page.getByLabel('Kontraktsverdi (kr ekskl. mva.)').fill('4 800 000');
  const start = d(-180);
  const end = d(185);
  await page.getByLabel('Start', { exact: true }).fill(start);
  await page.getByLabel('Slutt (uten opsjoner)').fill(end);
  await page.getByLabel('Kontraktseier i avdelingen').fill('Berit Strand');
  for (const decideBy of [d(90), d(300)]) {
    await page.getByRole('button', { name: 'Legg til opsjon' }).click();
    await page
      .getByLabel(/: Må avgjøres innen$/)
      .last()
      .fill(decideBy);
  }
  await expectAccessible(page, 'contract form');
  await page.getByRole('button', { name: 'Registrer kontrakt' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Renhold rådhuset 2026–2027' })).toBeVisible();
  await expect(page.getByTestId('current-end')).toHaveText(formatDate(end));
  const contractUrl = page.url();

  // The first option's decision date is a deadline within six months.
  await page.getByRole('link', { name: 'Frister' }).click();
  const row = page.getByTestId('deadlines').getByRole('row').filter({ hasText: 'Renhold rådhuset 2026–2027' });
  await expect(row.filter({ hasText: 'Opsjon 1 må avgjøres' })).toContainText(formatDate(d(90)));
  await expect(row.filter({ hasText: 'Opsjon 2 må avgjøres' })).toHaveCount(0);
  await page.locator('label', { hasText: '12 måneder' }).click();
  await expect(row.filter({ hasText: 'Opsjon 2 må avgjøres' })).toHaveCount(1);
  await expectAccessible(page, 'deadlines');
  await shot(page, 'deadlines');

  // Pay and working conditions: a risk assessment plans a control; the control clears it.
  await page.goto(contractUrl);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Risikovurdering (lønns- og arbeidsvilkår)' });
  await page.getByLabel('Risikonivå').selectOption({ label: 'Høy' });
  await page.getByLabel('Neste kontroll innen').fill(d(30));
  await page.getByRole('button', { name: 'Registrer oppfølging' }).click();
  await expect(page.getByTestId('control-due')).toHaveText(`Neste kontroll skal gjøres innen ${formatDate(d(30))}.`);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Kontroll (lønns- og arbeidsvilkår)' });
  await page.getByRole('button', { name: 'Registrer oppfølging' }).click();
  await expect(page.getByText('Skriv hva kontrollen fant.')).toBeVisible();
  await page.getByLabel('Funn').fill('Timelister, lønnsslipper og HMS-kort kontrollert for seks ansatte. Ingen avvik.');
  await page.getByLabel('Skriftlig rapport er skrevet').check();
  await page.getByRole('button', { name: 'Registrer oppfølging' }).click();
  await expect(page.getByTestId('followups').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('control-due')).toHaveCount(0);

  // Using the first option moves the end a year on.
  await page.getByRole('button', { name: 'Bruk opsjonen (Opsjon 1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Bruk opsjon 1' }).click();
  await expect(page.getByTestId('current-end')).toHaveText(formatDate(addMonths(end, 12)));
  await expectAccessible(page, 'contract page');
  await shot(page, 'contract-page');
});

test('a baseline on an awarded case shows as a saving in the year’s totals', async ({ page }) => {
  const year = Number(today.slice(0, 4));
  const savedThisYear = async () => {
    if (!page.url().endsWith('#/savings')) await page.goto('/#/savings');
    const cell = page
      .getByTestId('savings-table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) })
      .getByRole('cell')
      .nth(1);
    return Number((await cell.innerText()).replace(/\D/g, ''));
  };
  // The strategy's savings goal, as the dashboard shows it for this year.
  await page.goto('/#/goals');
  const savingsGoal = page.getByTestId('goal-savings').getByTestId('goal-value');
  const goalBefore = Number(await savingsGoal.getAttribute('data-value'));
  const before = await savedThisYear();
  await expect(page.getByTestId('savings-sentence')).toContainText(`I ${year} har innkjøp håndtert`);
  await expectAccessible(page, 'savings overview');

  const found = await page.request.post('/rpc/cases.list', { data: { q: '2026/9200' } });
  const kase = ((await found.json()) as { items: { id: number }[] }).items[0]!;
  await page.goto(`/#/cases/${kase.id}`);
  await page.getByLabel('Sammenlignet med').selectOption({ label: 'Forrige kontrakt' });
  await page.getByLabel('Utgangspunkt (kr ekskl. mva.)').fill('5 200 000');
  await page.getByLabel('Tildelt verdi (kr ekskl. mva.)').fill('4 800 000');
  await page.getByLabel('Kontraktsperiode (måneder)').fill('12');
  await page.getByRole('button', { name: 'Lagre gevinst' }).click();
  await expect(page.getByTestId('case-saving')).toContainText('400\u00a0000\u00a0kr');
  await expectAccessible(page, 'case page with saving');

  await page.getByRole('link', { name: 'Gevinster' }).click();
  await expect.poll(savedThisYear).toBe(before + 400_000);
  await shot(page, 'savings');
  await page.getByRole('link', { name: 'Mål', exact: true }).click();
  await expect(savingsGoal).toHaveText(formatGoalValue('nok', goalBefore + 400_000));
});
