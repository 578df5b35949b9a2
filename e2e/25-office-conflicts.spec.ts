import { test } from '@playwright/test';
import { addDays, todayInOslo } from '../core/index.js';
import { expect, expectAccessible } from './fixtures.js';
import { officeServer, signedIn } from './office.js';
import type { Caller } from '../service/context.js';

// Two buyers on the real office server edit the same contract, and the same
// protocol: the one who saves second on the old version sees who saved first
// and when, their values beside their own, and goes on with «Bruk mine» or
// «Bruk deres»; what is saved is what they chose (lib/useEditConflict.tsx).
const office = officeServer([
  { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
  { username: 'ola', name: 'Ola Hansen', role: 'innkjøper', departments: [] },
]);

const ids = { contract: 0, protocolCase: 0 };
const WHO = /^Endret av Ola Hansen \d\d\.\d\d\.\d{4} \d\d:\d\d$/;

function ok<T>(method: string, input: object): T {
  const r = office.service.dispatch(method, input, 'nb');
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return (r as { value: T }).value;
}

test.beforeAll(() => {
  const today = todayInOslo();
  const kase = (caseNumber: string, title: string) =>
    ok<{ id: number; version: number }>('cases.create', {
      caseNumber,
      title,
      department: 'Teknisk drift',
      buyer: 'Per Ødegård',
      estimatedValue: 5_000_000,
      kind: 'tjenester',
      procedure: 'apen_anbud',
      registeredDate: addDays(today, -90),
    });
  const c = kase('2026/9400', 'Vintervedlikehold av kommunale veier');
  ok('cases.changePhase', { id: c.id, version: c.version, phase: 'tildeling', date: addDays(today, -10) });
  const sup = ok<{ id: number }>('suppliers.create', {
    orgnr: '974760673',
    name: 'Brøyt og Strø AS',
    address: 'Storgata 1',
    postalCode: '0155',
    city: 'Oslo',
    contacts: [],
  });
  ids.contract = ok<{ id: number }>('contracts.create', {
    caseId: c.id,
    title: 'Vintervedlikehold 2026–2028',
    supplierIds: [sup.id],
    value: 4_200_000,
    startDate: addDays(today, 10),
    endDate: addDays(today, 740),
    owner: 'Nina Holm',
    administrator: 'Per Ødegård',
    options: [],
  }).id;
  ids.protocolCase = kase('2026/9401', 'Renhold av skolene').id;
});

test('two buyers correct the same contract: the second sees who saved first, and «Bruk mine» keeps both their changes', async ({
  browser,
}) => {
  const kari = await signedIn(office.url, browser, 'kari');
  const ola = await signedIn(office.url, browser, 'ola');
  try {
    const edit = `${office.url}/#/contracts/${ids.contract}/edit`;
    await kari.goto(edit);
    await ola.goto(edit);
    await expect(kari.getByLabel('Kontraktseier i avdelingen')).toHaveValue('Nina Holm');
    await expect(ola.getByLabel('Kontraktseier i avdelingen')).toHaveValue('Nina Holm');

    // Ola renames the contract and gives it a new owner, and saves first.
    await ola.getByLabel('Kontraktens navn').fill('Vintervedlikehold av veier 2026–2028');
    await ola.getByLabel('Kontraktseier i avdelingen').fill('Siri Dahl');
    await ola.getByRole('button', { name: 'Lagre' }).click();
    await expect(ola.getByRole('heading', { level: 1, name: 'Vintervedlikehold av veier 2026–2028' })).toBeVisible();

    // Kari, on the old version, gives it another owner and a new administrator.
    await kari.getByLabel('Kontraktseier i avdelingen').fill('Jon Berg');
    await kari.getByLabel('Kontraktsforvalter i innkjøp').fill('Kari Nordmann');
    await kari.getByRole('button', { name: 'Lagre' }).click();
    const panel = kari.getByTestId('conflict-panel');
    await expect(panel.getByRole('heading', { name: WHO })).toBeFocused();
    // Each field where hers differs from theirs, in the form's own words: theirs, then hers.
    await expect(panel.getByRole('row').filter({ hasText: 'Kontraktseier i avdelingen' })).toHaveText(
      /Kontraktseier i avdelingen\s*Siri Dahl\s*Jon Berg/,
    );
    await expect(panel.getByRole('row').filter({ hasText: 'Kontraktsforvalter i innkjøp' })).toHaveText(
      /Kontraktsforvalter i innkjøp\s*Per Ødegård\s*Kari Nordmann/,
    );
    // Ola's new name, which Kari did not touch, is not a difference: it stays his.
    await expect(panel.getByRole('row').filter({ hasText: 'Kontraktens navn' })).toHaveCount(0);
    // Nothing she typed is gone while she chooses.
    await expect(kari.getByLabel('Kontraktseier i avdelingen')).toHaveValue('Jon Berg');
    await expectAccessible(kari, 'contract form with an edit conflict, office');
    await panel.scrollIntoViewIfNeeded();
    await kari.screenshot({ path: 'test-results/screens/contract-conflict.png' });

    await panel.getByRole('button', { name: 'Bruk mine' }).click();
    await expect(kari.getByRole('heading', { level: 1, name: 'Vintervedlikehold av veier 2026–2028' })).toBeVisible();
    await expectAccessible(kari, 'contract page after the conflict, office');
    const saved = ok<{ title: string; owner: string; administrator: string }>('contracts.get', { id: ids.contract });
    expect(saved).toMatchObject({
      title: 'Vintervedlikehold av veier 2026–2028',
      owner: 'Jon Berg',
      administrator: 'Kari Nordmann',
    });
    const history = ok<{ by: string }[]>('audit.forRecord', { entity: 'contract', id: ids.contract });
    expect(history.slice(0, 2).map((e) => e.by)).toEqual(['Kari Nordmann', 'Ola Hansen']);
  } finally {
    await kari.done();
    await ola.done();
  }
});

test('two buyers write the same protocol: the second keeps what she typed, sees who saved first, and «Bruk deres» takes his', async ({
  browser,
}) => {
  const kari = await signedIn(office.url, browser, 'kari');
  const ola = await signedIn(office.url, browser, 'ola');
  try {
    const url = `${office.url}/#/cases/${ids.protocolCase}/protocol`;
    await kari.goto(url);
    await ola.goto(url);
    const lots = 'Hvorfor kontrakten ikke er delt i delkontrakter';
    await expect(kari.getByLabel(lots)).toHaveValue('');
    await expect(ola.getByLabel(lots)).toHaveValue('');

    // Kari starts writing; Ola writes his reason and saves first.
    await kari.getByLabel(lots).fill('Skolene ligger tett; én leverandør gir lavere pris.');
    await kari.getByLabel('Andre forhold').fill('Karis merknad');
    await ola.getByLabel(lots).fill('Ett renholdsområde; deling ville gitt dobbel administrasjon.');
    await ola.getByRole('button', { name: 'Lagre protokollen' }).click();
    await expect(ola.getByText('Protokollen er lagret.')).toBeVisible();

    // Kari's page hears of Ola's save (the reason is no longer missing) without wiping what she typed.
    await expect(kari.getByTestId('protocol-missing')).not.toContainText('Begrunnelse for ikke å dele opp kontrakten');
    await expect(kari.getByLabel(lots)).toHaveValue('Skolene ligger tett; én leverandør gir lavere pris.');

    await kari.getByRole('button', { name: 'Lagre protokollen' }).click();
    const panel = kari.getByTestId('conflict-panel');
    await expect(panel.getByRole('heading', { name: WHO })).toBeFocused();
    await expect(panel.getByRole('row').filter({ hasText: lots })).toHaveText(
      new RegExp(`${lots}\\s*Ett renholdsområde; deling ville gitt dobbel administrasjon\\.\\s*Skolene ligger tett`),
    );
    await expect(panel.getByRole('row').filter({ hasText: 'Andre forhold' })).toHaveText(
      /Andre forhold\s*–\s*Karis merknad/,
    );
    await expect(kari.getByText('Protokollen er endret av noen andre')).toHaveCount(0);
    await expectAccessible(kari, 'protocol with an edit conflict, office');
    await panel.scrollIntoViewIfNeeded();
    await kari.screenshot({ path: 'test-results/screens/protocol-conflict.png' });

    // She takes his: his reason in the form, her note gone, nothing saved yet.
    await panel.getByRole('button', { name: 'Bruk deres' }).click();
    await expect(panel).toHaveCount(0);
    await expect(kari.getByLabel(lots)).toHaveValue('Ett renholdsområde; deling ville gitt dobbel administrasjon.');
    await expect(kari.getByLabel('Andre forhold')).toHaveValue('');
    // And goes on from his version: her next save is not refused.
    await kari.getByLabel('Andre forhold').fill('Avklart med Ola');
    await kari.getByRole('button', { name: 'Lagre protokollen' }).click();
    await expect(kari.getByText('Protokollen er lagret.')).toBeVisible();
    await expectAccessible(kari, 'protocol saved after the conflict, office');
    const p = ok<{ fields: { lotsReason: string; notes: string } }>('protocol.get', { caseId: ids.protocolCase });
    expect(p.fields).toMatchObject({
      lotsReason: 'Ett renholdsområde; deling ville gitt dobbel administrasjon.',
      notes: 'Avklart med Ola',
    });
  } finally {
    await kari.done();
    await ola.done();
  }
});

test('a dialogue activity and a strategy saved by another meanwhile: «Bruk mine» on the one, «Bruk deres» on the other', async ({
  browser,
}) => {
  const ola: Caller = { username: 'ola', name: 'Ola Hansen', role: 'innkjøper', departments: [] };
  /** Ola's save, made while Kari has the form open. */
  const olaSaves = (method: string, input: object) => {
    const r = office.service.dispatch(method, input, 'nb', ola);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  };
  const date = addDays(todayInOslo(), 14);
  const activity = ok<{ id: number; version: number }>('dialogues.create', {
    caseId: ids.protocolCase,
    form: 'dialogkonferanse',
    date,
    time: '09:00',
    title: 'Dialogkonferanse om skolerenhold',
  });
  const strategy = ok<{ id: number; version: number }>('strategy.save', {
    strategy: {
      title: 'Innkjøpsstrategi 2026–2029',
      fromYear: 2026,
      toYear: 2029,
      adoptedDate: null,
      adoptedBy: '',
      goals: [{ measure: 'climate_share', theme: 'klima_miljo', target: 0.3, title: '' }],
    },
  });
  const kari = await signedIn(office.url, browser, 'kari');
  try {
    // The activity: Ola writes the agenda, Kari renames it on the old version and keeps hers.
    await kari.goto(`${office.url}/#/dialogue/${activity.id}/edit`);
    await expect(kari.getByLabel('Tittel')).toHaveValue('Dialogkonferanse om skolerenhold');
    olaSaves('dialogues.update', {
      id: activity.id,
      version: activity.version,
      form: 'dialogkonferanse',
      date,
      time: '09:00',
      title: 'Dialogkonferanse om skolerenhold',
      agenda: 'Velkommen; behovet; spørsmål fra markedet',
    });
    await kari.getByLabel('Tittel').fill('Dialogkonferanse: renhold av skolene');
    await kari.getByRole('button', { name: 'Lagre' }).click();
    let panel = kari.getByTestId('conflict-panel');
    await expect(panel.getByRole('heading', { name: WHO })).toBeFocused();
    await expect(panel.getByRole('row').filter({ hasText: 'Tittel' })).toHaveText(
      /Tittel\s*Dialogkonferanse om skolerenhold\s*Dialogkonferanse: renhold av skolene/,
    );
    await expect(panel.getByRole('row').filter({ hasText: 'Agenda' })).toHaveCount(0);
    await expectAccessible(kari, 'dialogue activity form with an edit conflict, office');
    await panel.getByRole('button', { name: 'Bruk mine' }).click();
    await expect(kari.getByRole('heading', { level: 1, name: /Dialogkonferanse: renhold av skolene/ })).toBeVisible();
    expect(ok('dialogues.get', { id: activity.id })).toMatchObject({
      title: 'Dialogkonferanse: renhold av skolene',
      agenda: 'Velkommen; behovet; spørsmål fra markedet',
    });

    // The strategy: Ola records who adopted it, Kari renames it on the old version and takes his instead.
    await kari.goto(`${office.url}/#/strategy/${strategy.id}/edit`);
    await expect(kari.getByLabel('Navn', { exact: true })).toHaveValue('Innkjøpsstrategi 2026–2029');
    olaSaves('strategy.save', {
      id: strategy.id,
      version: strategy.version,
      strategy: {
        title: 'Innkjøpsstrategi 2026–2029',
        fromYear: 2026,
        toYear: 2029,
        adoptedDate: null,
        adoptedBy: 'Kommunestyret, sak 12/26',
        goals: [{ measure: 'climate_share', theme: 'klima_miljo', target: 0.3, title: '' }],
      },
    });
    await kari.getByLabel('Navn', { exact: true }).fill('Strategi for innkjøp');
    await kari.getByRole('button', { name: 'Lagre' }).click();
    panel = kari.getByTestId('conflict-panel');
    await expect(panel.getByRole('heading', { name: WHO })).toBeFocused();
    await expect(panel.getByRole('row').filter({ hasText: 'Navn' })).toHaveText(
      /Navn\s*Innkjøpsstrategi 2026–2029\s*Strategi for innkjøp/,
    );
    await expectAccessible(kari, 'strategy form with an edit conflict, office');
    await panel.getByRole('button', { name: 'Bruk deres' }).click();
    await expect(panel).toHaveCount(0);
    await expect(kari.getByLabel('Navn', { exact: true })).toHaveValue('Innkjøpsstrategi 2026–2029');
    await expect(kari.getByLabel('Vedtatt av (organ og saksnummer)')).toHaveValue('Kommunestyret, sak 12/26');
    // Nothing of hers was saved.
    expect(ok('strategy.get', { id: strategy.id })).toMatchObject({
      title: 'Innkjøpsstrategi 2026–2029',
      adoptedBy: 'Kommunestyret, sak 12/26',
    });
  } finally {
    await kari.done();
  }
});
