import { expect } from '@playwright/test';
import { addDays, todayInOslo } from '../core/index.js';
import type { Service } from '../service/service.js';

// Records the specs build on, put in through the service (the contract's own
// checks apply), so each spec file seeds what it needs and stands alone.

function ok<T>(service: Service, method: string, input: unknown): T {
  const r = service.dispatch(method, input, 'nb');
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return (r as { value: T }).value;
}

/** Case 2026/9300, vans for the operations department, awarded ten days ago. */
export function vanCase(service: Service): { id: number; version: number } {
  const today = todayInOslo();
  const kase = ok<{ id: number; version: number }>(service, 'cases.create', { caseNumber: '2026/9300', title: 'Varebiler til driftsavdelingen', department: 'Teknisk drift', buyer: 'Per Ødegård', estimatedValue: 2_400_000, kind: 'varer', procedure: 'apen_anbud', registeredDate: addDays(today, -120) });
  return ok(service, 'cases.changePhase', { id: kase.id, version: kase.version, phase: 'tildeling', date: addDays(today, -10) });
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
