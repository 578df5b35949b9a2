import type { StrategiesRepo } from '../../db/index.js';

/**
 * A procurement strategy like those councils adopt: a four-year period
 * around today, with a goal for each measure the register can compute.
 */
export function demoStrategy(repo: StrategiesRepo, today: string): number {
  const year = Number(today.slice(0, 4));
  return repo.insert({
    title: `Innkjøpsstrategi ${year - 2}–${year + 1}`,
    fromYear: year - 2,
    toYear: year + 1,
    adoptedDate: `${year - 3}-12-12`,
    adoptedBy: `Kommunestyret, sak 112/${String(year - 3).slice(2)}`,
    goals: [
      {
        theme: 'klima_miljo',
        measure: 'climate_share',
        target: 0.5,
        title: 'Klima og miljø skal vektes minst 30 % eller ivaretas med krav i minst halvparten av konkurransene',
      },
      {
        theme: 'seriositet',
        measure: 'pay_conditions_share',
        target: 0.5,
        title:
          'Minst 50 % av kontraktene med lønns- og arbeidsvilkårsplikt skal være risikovurdert og kontrollert hvert år',
      },
      { theme: 'innovasjon', measure: 'dialogue_activities', target: 100, title: 'Minst 100 markedsdialoger i året' },
      { theme: 'baerekraft', measure: 'savings', target: 30_000_000, title: 'Gevinster på minst 30 mill. kr i året' },
      { theme: 'baerekraft', measure: 'effort_share', target: 0.9, title: '' },
    ],
  });
}
