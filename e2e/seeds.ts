import { expect } from '@playwright/test';
import { addDays, todayInOslo } from '../core/index.js';
import type { Service } from '../service/service.js';

// Records the specs build on, put in through the service (the contract's own
// checks apply), so each spec file seeds what it needs and stands alone.

/** A call the seed expects to succeed: its result, or the test fails with the service's answer. */
export function ok<T>(service: Service, method: string, input: unknown): T {
  const r = service.dispatch(method, input, 'nb');
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return (r as { value: T }).value;
}

/** Case 2026/9300, vans for the operations department, awarded ten days ago. */
export function vanCase(service: Service): { id: number; version: number } {
  const today = todayInOslo();
  const kase = ok<{ id: number; version: number }>(service, 'cases.create', {
    caseNumber: '2026/9300',
    title: 'Varebiler til driftsavdelingen',
    department: 'Teknisk drift',
    buyer: 'Per Ødegård',
    estimatedValue: 2_400_000,
    kind: 'varer',
    procedure: 'apen_anbud',
    registeredDate: addDays(today, -120),
  });
  return ok(service, 'cases.changePhase', {
    id: kase.id,
    version: kase.version,
    phase: 'tildeling',
    date: addDays(today, -10),
  });
}

/** The case above, edited by Kari Nordmann, so it has a history of more than one entry. */
export function vanCaseEdited(service: Service): void {
  ok(service, 'settings.set', { userName: 'Kari Nordmann' });
  const kase = vanCase(service);
  const detail = ok<Record<string, unknown> & { id: number; version: number }>(service, 'cases.get', { id: kase.id });
  ok(service, 'cases.update', {
    id: detail.id,
    version: detail.version,
    caseNumber: detail.caseNumber,
    title: 'Varebiler til driftsavdelingen, elektriske',
    description: detail.description,
    department: detail.department,
    needOwner: detail.needOwner,
    buyer: detail.buyer,
    estimatedValue: detail.estimatedValue,
    kind: detail.kind,
    procedure: detail.procedure,
    themes: detail.themes,
  });
}

/** The supplier Grønn Mobilitet AS (974760673). */
export function greenMobility(service: Service): void {
  ok(service, 'suppliers.create', { orgnr: '974760673', name: 'Grønn Mobilitet AS' });
}

/**
 * What "Min oversikt" lists, for Kari Nordmann (the user) and Per Ødegård, the contracts' cases awarded five days ago (within the norm):
 * 2026/9401 (Kari, Oppvekst) 100 days in needs assessment with its notice
 * planned today; 2026/9402 (Per, Teknisk drift) a covered services contract
 * never risk-assessed, with an option to decide in ten days; 2026/9403 (Kari,
 * Teknisk drift) a contract signed three days ago, its protocol not final,
 * its first option to decide in 500 days.
 */
export function attentionRegister(service: Service): void {
  const today = todayInOslo();
  const d = (n: number) => addDays(today, n);
  ok(service, 'settings.set', { userName: 'Kari Nordmann' });
  const sup = ok<{ id: number }>(service, 'suppliers.create', { orgnr: '974760673', name: 'Grønn Mobilitet AS' });
  ok(service, 'cases.create', {
    caseNumber: '2026/9401',
    title: 'Skolemøbler til nye Bjørkly skole',
    department: 'Oppvekst',
    buyer: 'Kari Nordmann',
    estimatedValue: 1_200_000,
    kind: 'varer',
    procedure: 'apen_anbud',
    registeredDate: d(-100),
    plannedNoticeDate: today,
  });
  const awarded = (caseNumber: string, title: string, buyer: string, kind: 'tjenester' | 'varer', value: number) => {
    const k = ok<{ id: number; version: number }>(service, 'cases.create', {
      caseNumber,
      title,
      department: 'Teknisk drift',
      buyer,
      estimatedValue: value,
      kind,
      procedure: 'apen_anbud',
      registeredDate: d(-200),
    });
    return ok<{ id: number }>(service, 'cases.changePhase', {
      id: k.id,
      version: k.version,
      phase: 'tildeling',
      date: d(-5),
    });
  };
  const roads = awarded('2026/9402', 'Vintervedlikehold av kommunale veier', 'Per Ødegård', 'tjenester', 3_000_000);
  ok(service, 'contracts.create', {
    caseId: roads.id,
    title: 'Brøyting og strøing 2025–2027',
    supplierIds: [sup.id],
    value: 3_000_000,
    startDate: d(-60),
    endDate: d(300),
    owner: 'Per Ødegård',
    paySector: 'landsomfattende',
    options: [{ lengthMonths: 12, decideBy: d(10) }],
  });
  const cleaning = awarded('2026/9403', 'Renhold av rådhuset', 'Kari Nordmann', 'varer', 800_000);
  ok(service, 'contracts.create', {
    caseId: cleaning.id,
    title: 'Renholdsmidler rådhuset',
    supplierIds: [sup.id],
    value: 800_000,
    signedDate: d(-3),
    startDate: d(1),
    endDate: d(700),
    owner: 'Kari Nordmann',
    options: [{ lengthMonths: 12, decideBy: d(500) }],
  });
}

/**
 * A case created with `fields` and moved through the competition: announced
 * 60 days ago, tenders in 20 days ago, evaluated the day after, and awarded
 * `awardedDaysAgo` days ago.
 */
export function awardedCase(
  service: Service,
  fields: Record<string, unknown>,
  awardedDaysAgo: number,
): { id: number; version: number } {
  const d = (n: number) => addDays(todayInOslo(), n);
  let kase = ok<{ id: number; version: number }>(service, 'cases.create', fields);
  for (const [phase, date] of [
    ['kunngjoring', d(-60)],
    ['tilbudsfrist', d(-20)],
    ['evaluering', d(-19)],
    ['tildeling', d(-awardedDaysAgo)],
  ] as const)
    kase = ok(service, 'cases.changePhase', { id: kase.id, version: kase.version, phase, date, overrideReason: '' });
  return kase;
}
