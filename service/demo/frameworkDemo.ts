import { addDays, addMonths, contractStatus, currentEnd } from '../../core/index.js';
import type { ContractsRepo, FrameworksRepo } from '../../db/index.js';
import { departments } from './catalogue.js';
import { mulberry32 } from './generate.js';

const WHAT = ['Varer etter prisliste', 'Bestilling etter behov', 'Leveranse til enheten', 'Tilleggsbestilling'];

/**
 * Frameworks in the demo municipality: three running contracts of at least
 * a year are recorded as framework agreements (one supplier, by the terms,
 * the maximum the contract's value), called off month by month by three
 * departments each; the first has used 88 % of its maximum, the others half.
 */
export function demoFrameworks(repos: { contracts: ContractsRepo; frameworks: FrameworksRepo }, today: string): number {
  const rnd = mulberry32(2027);
  const options = repos.contracts.allOptions();
  const live = repos.contracts
    .list()
    .filter((r) => r.caseKind === 'varer' || r.caseKind === 'tjenester')
    .map((r) => ({ r, d: { ...r, options: options.get(r.id) ?? [] } }))
    .filter(({ r, d }) => contractStatus(d, today) === 'active' && addMonths(r.startDate, 12) <= today)
    .slice(0, 3);
  const names = Object.keys(departments);
  live.forEach(({ r, d }, i) => {
    const entitled = [r.caseDepartment, ...names.filter((n) => n !== r.caseDepartment).slice(i, i + 2)];
    repos.frameworks.setTerms(r.id, {
      suppliers: 'single',
      callOff: 'ranked',
      maxValue: r.value,
      maxQuantity: null,
      quantityUnit: '',
      entitled,
      durationGround: '',
    });
    const supplierId = repos.contracts.suppliersOf(r.id)[0]!.id;
    const last = [today, currentEnd(d)].sort()[0]!;
    const dates: string[] = [];
    for (let m = addDays(r.startDate, 10); m <= last; m = addMonths(m, 1)) dates.push(m);
    const target = r.value * (i === 0 ? 0.88 : 0.45 + rnd() * 0.15);
    const weights = dates.map(() => 0.5 + rnd());
    const sum = weights.reduce((a, w) => a + w, 0);
    dates.forEach((date, j) =>
      repos.frameworks.addCallOff(r.id, {
        date,
        department: entitled[j % entitled.length]!,
        supplierId,
        value: Math.floor((target * weights[j]!) / sum / 100) * 100,
        quantity: null,
        description: WHAT[j % WHAT.length]!,
        method: 'direct',
        invitationDate: null,
        tenderCount: null,
        awardReason: '',
        overMaximumReason: '',
      }),
    );
  });
  return live.length;
}
