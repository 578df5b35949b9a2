// The sections a leadership briefing pack can hold, in their usual order.
// The user includes, leaves out and orders them; the summary and the cover
// are always there.
export const briefingSectionDefs = [
  {
    code: 'goals',
    nb: 'Mål i innkjøpsstrategien',
    nn: 'Mål i innkjøpsstrategien',
    en: 'Goals of the procurement strategy',
  },
  { code: 'phaseTimes', nb: 'Tid per fase', nn: 'Tid per fase', en: 'Time per phase' },
  {
    code: 'portfolio',
    nb: 'Saker etter fase, prosedyre, avdeling og tema',
    nn: 'Saker etter fase, prosedyre, avdeling og tema',
    en: 'Cases by phase, procedure, department and theme',
  },
  { code: 'dialogue', nb: 'Markedsdialog', nn: 'Marknadsdialog', en: 'Market dialogue' },
  { code: 'plan', nb: 'Kommende anskaffelser', nn: 'Komande anskaffingar', en: 'Upcoming procurements' },
  {
    code: 'contracts',
    nb: 'Kontrakter som utløper og opsjoner som må avgjøres',
    nn: 'Kontraktar som går ut, og opsjonar som må avgjerast',
    en: 'Contracts expiring and options to decide',
  },
  {
    code: 'payConditions',
    nb: 'Lønns- og arbeidsvilkår: kontroller',
    nn: 'Løns- og arbeidsvilkår: kontrollar',
    en: 'Pay and working conditions: controls',
  },
  { code: 'highlights', nb: 'Utvalgte saker', nn: 'Utvalde saker', en: 'Highlighted cases' },
  {
    code: 'appendix',
    nb: 'Vedlegg: alle saker i perioden',
    nn: 'Vedlegg: alle saker i perioden',
    en: 'Appendix: all cases in the period',
  },
] as const;

export type BriefingSection = (typeof briefingSectionDefs)[number]['code'];
export const briefingSections = briefingSectionDefs.map((d) => d.code) as unknown as readonly [
  BriefingSection,
  ...BriefingSection[],
];

/**
 * The short version (the default) holds what a council reads first: the
 * cover and summary, the goals, what is coming and the contracts and options
 * to decide, and the highlighted cases when some are chosen (four to six
 * pages); the full version every section chosen. The appendix of all cases
 * is never part of the pack itself but a file of its own (part 'appendix').
 */
export const briefingLengths = ['short', 'full'] as const;
export type BriefingLength = (typeof briefingLengths)[number];
export const SHORT_SECTIONS: readonly BriefingSection[] = ['goals', 'plan', 'contracts', 'highlights'];
export const briefingParts = ['pack', 'appendix'] as const;
export type BriefingPart = (typeof briefingParts)[number];

export const briefingVersions = ['public', 'closed'] as const;
export type BriefingVersion = (typeof briefingVersions)[number];

/** How far ahead the plan and the contract deadlines look, in months. */
export const BRIEFING_HORIZON_MONTHS = 12;

/**
 * A council pack summarises: long lists (dialogue held, deadlines, controls)
 * show this many rows and say how many there are in all; only the appendix
 * lists every case of the period, as asked for.
 */
export const BRIEFING_LIST_LIMIT = 40;
/** Planned cases shown per quarter: the largest by estimated value. */
export const PLAN_QUARTER_LIMIT = 15;
/** The short version's lists: the first deadlines and the largest planned cases, each list saying how many there are in all. */
export const SHORT_LIST_LIMIT = 15;
export const SHORT_PLAN_QUARTER_LIMIT = 5;
