// The phase model of a procurement case, after the national guidance:
// three stages with finer steps, plus cancellation. Order matters: a case
// normally moves forward; going back needs a note saying why.
export const stages = ['planning', 'competition', 'followup'] as const;
export type Stage = (typeof stages)[number];

export const phaseDefs = [
  { code: 'behovsavklaring', stage: 'planning', nb: 'Behovsavklaring', nn: 'Behovsavklaring', en: 'Needs assessment' },
  { code: 'markedsdialog', stage: 'planning', nb: 'Markedsdialog', nn: 'Marknadsdialog', en: 'Market dialogue' },
  {
    code: 'konkurransestrategi',
    stage: 'planning',
    nb: 'Konkurransestrategi',
    nn: 'Konkurransestrategi',
    en: 'Competition strategy',
  },
  {
    code: 'konkurransegrunnlag',
    stage: 'planning',
    nb: 'Konkurransegrunnlag',
    nn: 'Konkurransegrunnlag',
    en: 'Tender documents',
  },
  { code: 'kunngjoring', stage: 'competition', nb: 'Kunngjøring', nn: 'Kunngjering', en: 'Contract notice' },
  { code: 'tilbudsfrist', stage: 'competition', nb: 'Tilbudsfrist', nn: 'Tilbodsfrist', en: 'Tender deadline' },
  { code: 'evaluering', stage: 'competition', nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
  { code: 'tildeling', stage: 'competition', nb: 'Tildeling', nn: 'Tildeling', en: 'Award' },
  { code: 'karensperiode', stage: 'competition', nb: 'Karensperiode', nn: 'Karensperiode', en: 'Standstill period' },
  {
    code: 'kontraktsignering',
    stage: 'competition',
    nb: 'Kontraktsignering',
    nn: 'Kontraktsignering',
    en: 'Contract signing',
  },
  {
    code: 'kontraktsoppfolging',
    stage: 'followup',
    nb: 'Kontraktsoppfølging',
    nn: 'Kontraktsoppfølging',
    en: 'Contract follow-up',
  },
  { code: 'avsluttet', stage: 'followup', nb: 'Avsluttet', nn: 'Avslutta', en: 'Closed' },
  { code: 'avlyst', stage: null, nb: 'Avlyst', nn: 'Avlyst', en: 'Cancelled' },
] as const;

export type Phase = (typeof phaseDefs)[number]['code'];
export const phases = phaseDefs.map((p) => p.code) as unknown as readonly [Phase, ...Phase[]];
export const FIRST_PHASE: Phase = 'behovsavklaring';
export const TERMINAL_PHASES: readonly Phase[] = ['avsluttet', 'avlyst'];

export function phaseDef(code: Phase) {
  const def = phaseDefs.find((p) => p.code === code);
  if (!def) throw new Error(`unknown phase ${code}`);
  return def;
}

export function phaseIndex(code: Phase): number {
  return phaseDefs.findIndex((p) => p.code === code);
}
