import { orgnrCheckDigit, phaseDef } from '../../core/index.js';
import type { CasesRepo, JointRepo } from '../../db/index.js';

/** A made-up organisation number (valid by the MOD11 rule) for a made-up neighbour, from the eight digits given up. */
function demoOrgnr(from: number): string {
  let n = from;
  while (orgnrCheckDigit(String(n)) === null) n++;
  return `${n}${orgnrCheckDigit(String(n))}`;
}

/**
 * A joint procurement in the demo municipality: its largest case for goods
 * past planning is run with two (made-up) neighbouring municipalities, one
 * of which leads; the office keeps 45 % of the whole value.
 */
export function demoJoint(repos: { cases: CasesRepo; joint: JointRepo }, today: string): number | null {
  const pick = repos.cases
    .idsRegistered('2000-01-01', today)
    .map((id) => repos.cases.get(id)!)
    .filter((c) => c.kind === 'varer' && c.phase !== 'avlyst' && phaseDef(c.phase).stage !== 'planning')
    .sort((a, b) => b.estimatedValue - a.estimatedValue)[0];
  if (!pick) return null;
  repos.joint.insert(pick.id, {
    name: 'Nabodal kommune',
    orgnr: demoOrgnr(96410000),
    shareUnit: 'pct',
    share: 35,
    lead: true,
  });
  repos.joint.insert(pick.id, {
    name: 'Østre Fjord kommune',
    orgnr: demoOrgnr(96420000),
    shareUnit: 'pct',
    share: 20,
    lead: false,
  });
  return pick.id;
}
