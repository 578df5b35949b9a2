import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';
import { greenMobility } from './seeds.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440, seed: greenMobility });

// Issue 14: the rules of the regulation as a buyer meets them, recorded on
// the case form and shown on the case page and in the protocol.

test("a negotiated procedure above the EEA threshold asks for its ground in § 13-2, in the regulation's words, until it is recorded", async ({
  page,
}) => {
  await page.goto('/#/cases/new');
  await page.getByLabel('Saksnummer i arkivet').fill('2026/9401');
  await page.getByLabel('Tittel').fill('Mobilitetstjenester for hjemmetjenesten');
  await page.getByLabel('Avdeling som eier behovet').fill('Helse og omsorg');
  await page.getByLabel('Ansvarlig innkjøper').fill('Kari Nordmann');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('3 500 000');
  await page.getByLabel('Type anskaffelse').selectOption({ label: 'Tjenester' });
  await expect(page.getByTestId('regime')).toHaveText('Del III: over EØS-terskelverdi');
  await page.getByLabel('Prosedyre').selectOption({ label: 'Konkurranse med forhandling' });
  await expect(page.getByTestId('procedure-warning')).toHaveText(
    'Konkurranse med forhandling er etter Del III bare lovlig når et vilkår i FOA § 13-2 er oppfylt. Velg vilkåret saken bygger på, og begrunn det.',
  );
  await expect(page.getByTestId('regime-grounded')).toContainText('Konkurranse med forhandling (FOA § 13-2)');
  const ground = page.getByLabel('Vilkår i forskriften');
  await ground.selectOption({
    label:
      '§ 13-2 bokstav c: anskaffelsens karakter, kompleksitet, rettslige eller finansielle sammensetning eller tilknyttede risiko gjør det nødvendig å forhandle',
  });
  await page
    .getByLabel('Hvorfor vilkåret er oppfylt')
    .fill('Delingen av risiko for ladeinfrastrukturen må forhandles fram.');
  await expect(page.getByTestId('procedure-warning')).toHaveCount(0);
  await expectAccessible(page, 'case form with a procedure ground');
  await shot(page, 'case-form-ground');
  await page.getByRole('button', { name: 'Opprett sak' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mobilitetstjenester for hjemmetjenesten' })).toBeVisible();
  await expect(page.getByTestId('case-ground')).toContainText('§ 13-2 bokstav c: anskaffelsens karakter');
  await expect(page.getByTestId('case-ground')).toContainText(
    'Delingen av risiko for ladeinfrastrukturen må forhandles fram.',
  );
  await expectAccessible(page, 'case page with a procedure ground');
});

test('part I has no procedure rules, and health and social services below 7.8 M stay in part I', async ({ page }) => {
  await page.goto('/#/cases/new');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('800 000');
  await page.getByLabel('Prosedyre').selectOption({ label: 'Konkurranse med forhandling' });
  await expect(page.getByTestId('regime')).toContainText('Del I: grunnleggende regler, ingen prosedyreregler');
  await expect(page.getByTestId('procedure-warning')).toHaveCount(0);
  await page.getByLabel('Type anskaffelse').selectOption({ label: 'Helse- og sosialtjenester (vedlegg 3)' });
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('5 000 000');
  await expect(page.getByTestId('regime')).toContainText('Del I');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('7 800 000');
  await expect(page.getByTestId('regime')).toContainText('Del IV: helse- og sosialtjenester over EØS-terskelverdien');
  await expectAccessible(page, 'case form, part IV');
});

test('a negotiation round keeps a log of what may not be shared; its questions are never pushed to all', async ({
  page,
}) => {
  const post = async (method: string, data: unknown) =>
    (await (await page.request.post(`/rpc/${method}`, { data })).json()) as Record<string, unknown> & {
      id: number;
      items: { id: number }[];
    };
  const kase = await post('cases.create', {
    caseNumber: '2026/9402',
    title: 'Vaktmestertjenester, tilbudskonkurranse med forhandling',
    department: 'Eiendom',
    buyer: 'Ola Hansen',
    estimatedValue: 1_800_000,
    kind: 'tjenester',
    procedure: 'forhandling',
  });
  const found = (await (await page.request.post('/rpc/suppliers.list', { data: { q: 'Grønn Mobilitet' } })).json()) as {
    items: { id: number }[];
  };
  await post('competitiveDialogue.prequalify', { caseId: kase.id, supplierIds: [found.items[0]!.id] });

  await page.goto(`/#/cases/${kase.id}`);
  await expect(page.getByRole('heading', { name: 'Dialog og forhandlinger med deltakerne' })).toBeVisible();
  await page.getByRole('link', { name: 'Registrer dialogaktivitet' }).click();
  await page.getByLabel('Form').selectOption({ label: 'Dialog- eller forhandlingsrunde' });
  await page.getByLabel('Runde').fill('1');
  await page.getByLabel('Tittel').fill('Forhandlingsmøte 1 med Grønn Mobilitet');
  await page.getByLabel('Finn leverandør').fill('Grønn Mobilitet AS');
  await page.getByRole('button', { name: 'Legg til leverandør: Grønn Mobilitet AS', exact: true }).click();
  await page.getByLabel('Hva deltakeren viste som ikke kan deles').fill('Egen bemanningsplan og timepris per bygg.');
  await page
    .getByLabel('Samtykke: hvilke opplysninger kan deles')
    .fill('At vakttelefon kan samordnes med nabokommunen.');
  await page.getByLabel('Samtykke gitt').fill(new Date().toISOString().slice(0, 10));
  await expectAccessible(page, 'round form with its log');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forhandlingsmøte 1 med Grønn Mobilitet' })).toBeVisible();
  await expect(page.getByTestId('round-log')).toContainText('Egen bemanningsplan og timepris per bygg.');
  await expect(page.getByTestId('round-log')).toContainText('At vakttelefon kan samordnes med nabokommunen.');

  await page.getByLabel('Spørsmål', { exact: true }).fill('Kan vaktordningen deles med en annen kommune?');
  await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
  const item = page.getByTestId('item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('round-item')).toHaveText('Deles ikke: runde i dialog eller forhandling');
  await expect(item.getByRole('button', { name: 'Marker som delt med alle' })).toHaveCount(0);
  await expectAccessible(page, 'round with its log');
  await page.goto(`/#/cases/${kase.id}`);
  await expect(page.getByTestId('unshared-warning')).toHaveCount(0);
});

test('climate and environment (FOA § 7-9): an exemption needs its justification, and is shown as exempt, not as a failure', async ({
  page,
}) => {
  await page.goto('/#/cases/new');
  await page.getByLabel('Saksnummer i arkivet').fill('2026/9403');
  await page.getByLabel('Tittel').fill('Advokatbistand i arbeidsrett');
  await page.getByLabel('Avdeling som eier behovet').fill('Økonomi og digitalisering');
  await page.getByLabel('Ansvarlig innkjøper').fill('Ingrid Berg');
  await page.getByLabel('Anslått verdi (kr ekskl. mva.)').fill('1 900 000');
  await page
    .getByLabel('Type anskaffelse')
    .selectOption({ label: 'Særlige tjenester (vedlegg 2: hotell, catering, juridiske tjenester, kultur …)' });
  await expect(page.getByTestId('regime')).toContainText('Del II');
  await page.getByLabel('Uvesentlig klimaavtrykk og miljøbelastning: ingen plikt (§ 7-9 femte ledd)').check();
  await expect(page.getByLabel('Begrunnelse (som i anskaffelsesdokumentene)')).toBeVisible();
  await expectAccessible(page, 'case form with a climate exemption');
  await page.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Advokatbistand i arbeidsrett' })).toBeVisible();
  await expect(
    page
      .getByRole('alert')
      .or(page.locator('.ds-alert'))
      .filter({ hasText: 'Unntaket i FOA § 7-9 femte ledd gjelder bare når det er begrunnet' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Endre' }).click();
  await page
    .getByLabel('Begrunnelse (som i anskaffelsesdokumentene)')
    .fill('Juridisk rådgivning uten reiser eller produkter: klimaavtrykket er uvesentlig.');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByTestId('climate-summary')).toContainText('ikke kunngjort ennå; FOA § 7-9 gjelder');
  await expect(page.getByTestId('climate-summary')).toContainText('Juridisk rådgivning uten reiser');
  await page.getByLabel('Ny fase').selectOption({ label: 'Kunngjøring' });
  await page.getByRole('button', { name: 'Flytt saken' }).click();
  await expect(page.getByTestId('climate-summary')).toContainText(
    'unntatt: uvesentlig klimaavtrykk (FOA § 7-9 femte ledd)',
  );
  await expectAccessible(page, 'case page with a climate exemption');
});

test("a contract records its sector and the apprentice requirement; the control interval is the office's own policy", async ({
  page,
}) => {
  const post = async (method: string, data: unknown) => {
    const r = await page.request.post(`/rpc/${method}`, { data });
    expect(r.ok(), await r.text()).toBe(true);
    return (await r.json()) as { id: number; version: number };
  };
  let kase = await post('cases.create', {
    caseNumber: '2026/9404',
    title: 'Renhold i skolene',
    department: 'Eiendom',
    buyer: 'Sofie Lunde',
    estimatedValue: 6_000_000,
    kind: 'tjenester',
    procedure: 'apen_anbud',
    registeredDate: '2026-01-05',
  });
  kase = await post('cases.changePhase', {
    id: kase.id,
    version: kase.version,
    phase: 'tildeling',
    date: '2026-05-01',
  });
  const found = (await (await page.request.post('/rpc/suppliers.list', { data: { q: 'Grønn Mobilitet' } })).json()) as {
    items: { id: number }[];
  };
  const k = await post('contracts.create', {
    caseId: kase.id,
    title: 'Renhold i skolene 2026–2028',
    supplierIds: [found.items[0]!.id],
    value: 5_800_000,
    startDate: '2026-06-01',
    endDate: '2028-05-31',
  });

  await page.goto(`/#/contracts/${k.id}`);
  const duties = page.getByTestId('contract-duties');
  await expect(duties.getByTestId('pay-scope')).toContainText('registrer bransjen');
  await expect(duties.getByTestId('contract-warning')).toHaveCount(2);
  await duties.getByLabel('Bransje (lønns- og arbeidsvilkår)').selectOption({ label: 'Renhold (allmenngjort)' });
  await duties
    .getByLabel('Krav om lærlinger')
    .selectOption({ label: 'Krav om lærlinger er stilt (minst ti prosent av arbeidet, minst én lærling)' });
  await duties
    .getByLabel('Begrunnelse eller merknad om lærlinger')
    .fill('Renholdsoperatørfaget har underdekning på læreplasser.');
  await expectAccessible(page, 'contract duties');
  await duties.getByRole('button', { name: 'Lagre bransje og lærlingkrav' }).click();
  await expect(duties.getByTestId('pay-scope')).toContainText('Forskriften gjelder');
  await expect(duties.getByTestId('apprentice-scope')).toContainText('Krav om lærlinger er stilt');
  await expect(duties.getByTestId('contract-warning')).toHaveCount(0);

  await page.goto('/#/settings');
  await page
    .getByLabel('Intervall for kontroll av lønns- og arbeidsvilkår (lokal rutine)')
    .selectOption({ label: 'Hver 24. måned' });
  await page
    .getByLabel('Arkivplan: hvor lenge anskaffelsessaker bevares')
    .fill('Arkivplan for Eksempel kommune, pkt. 4.3: anskaffelsessaker bevares i 10 år.');
  await expectAccessible(page, 'settings with local policies');
  await page.getByRole('button', { name: 'Lagre' }).first().click();
  await expect(page.getByRole('status').first()).toContainText('Lagret');
  await page.reload();
  await expect(page.getByLabel('Intervall for kontroll av lønns- og arbeidsvilkår (lokal rutine)')).toHaveValue('24');
});

test('similar cases in one department and CPV group within twelve months are added up, and the case page warns of splitting (FOA § 5-4)', async ({
  page,
}) => {
  const post = async (data: object) =>
    (await (await page.request.post('/rpc/cases.create', { data })).json()) as { id: number };
  const base = {
    department: 'Kulturskolen',
    buyer: 'Ahmed Khan',
    kind: 'varer',
    procedure: 'direkte',
    cpvCode: '32342400',
    estimatedValue: 1_200_000,
  };
  await post({ ...base, caseNumber: '2026/9405', title: 'Lydanlegg til storsalen', registeredDate: '2026-02-01' });
  const second = await post({
    ...base,
    caseNumber: '2026/9406',
    title: 'Lydanlegg til lillesalen',
    cpvCode: '32341000',
    registeredDate: '2026-05-01',
  });
  await page.goto(`/#/cases/${second.id}`);
  await expect(
    page.getByText(/til sammen .* \(2 saker: 2026\/9405, 2026\/9406\)\. Summen er over EØS-terskelverdien/),
  ).toBeVisible();
  await expect(page.getByText(/FOA § 5-4 fjerde ledd/)).toBeVisible();
  await expectAccessible(page, 'case page with a splitting warning');
});
