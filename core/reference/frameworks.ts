// Framework agreements (rammeavtaler) and call-offs (avrop): the code lists
// and the regulation's numbers, with their sources.
//
// Duration. Anskaffelsesforskriften (FOR-2016-08-12-974) § 26-1 (Del III):
// a framework agreement may not run longer than four years unless there are
// special grounds («med mindre det foreligger særlige forhold»). Del II has
// the same rule for frameworks above the national threshold and below the
// EEA thresholds (§ 11-1). As the project's domain notes record them
// (docs/DOMAIN.md, "Framework agreements and call-offs", checked against
// Lovdata's consolidated text); the directive's rule is 2014/24/EU art. 33 (1).
// The regulation sets no four-year rule in Del I (below the national
// threshold), though the general principles of the Act still apply. The four
// years count the whole period the framework may run, options included: the
// app's cautious reading of «inngå rammeavtaler for mer enn fire år» (§ 26-1
// (4), § 11-1 (4)), as no source read says how options count.
//
// Maximum. The announced estimate and maximum (value or quantity) bind the
// framework: once the maximum is reached, the framework has been used up
// and a further call-off may be an unlawful direct award (EU Court, C-216/17
// Coopservice and C-23/20 Simonsen & Weel; as summarised by Vaar law firm,
// vaar.law, "Praktiske råd ved og rettslige konsekvenser av verdifastsettelse
// av rammeavtaler", 23 June 2021). The same source: «Når grensen for det
// maksimale uttaket er nådd, vil rammeavtalen i utgangspunktet være brukt
// opp», but it may still be changed by the rules on changes of contract
// (FOA chapter 28; § 11-2 in Del II: changes that are not substantial). The
// office is warned at 80 % (its own margin, not a legal number) and told at
// 100 % that the framework is in principle used up; a call-off after that is
// recorded only with the lawful change it rests on, so the register shows
// what was bought.
//
// Call-offs: by the terms directly (one supplier, or several ranked) or by
// a mini-competition between the framework's suppliers (FOA §§ 26-2, 26-3;
// Del II § 11-1). Core procedure codes `avrop` and `minikonkurranse`
// (reference/procedures.ts) name the same two ways for a case.

import type { Regime } from './regimes.js';

export const frameworkSupplierDefs = [
  { code: 'single', nb: 'Én leverandør', nn: 'Éin leverandør', en: 'One supplier' },
  { code: 'multiple', nb: 'Flere leverandører', nn: 'Fleire leverandørar', en: 'Several suppliers' },
] as const;
export type FrameworkSuppliers = (typeof frameworkSupplierDefs)[number]['code'];
export const frameworkSuppliers = ['single', 'multiple'] as const satisfies readonly FrameworkSuppliers[];

export const frameworkCallOffDefs = [
  { code: 'ranked', nb: 'Etter vilkårene (rangering)', nn: 'Etter vilkåra (rangering)', en: 'By the terms (ranking)' },
  { code: 'mini_competition', nb: 'Minikonkurranse', nn: 'Minikonkurranse', en: 'Mini-competition' },
  {
    code: 'both',
    nb: 'Begge, slik vilkårene sier',
    nn: 'Begge, slik vilkåra seier',
    en: 'Both, as the terms say',
  },
] as const;
export type FrameworkCallOff = (typeof frameworkCallOffDefs)[number]['code'];
export const frameworkCallOffs = ['ranked', 'mini_competition', 'both'] as const satisfies readonly FrameworkCallOff[];

export const callOffMethodDefs = [
  { code: 'direct', nb: 'Direkte etter vilkårene', nn: 'Direkte etter vilkåra', en: 'Directly by the terms' },
  { code: 'mini_competition', nb: 'Minikonkurranse', nn: 'Minikonkurranse', en: 'Mini-competition' },
] as const;
export type CallOffMethod = (typeof callOffMethodDefs)[number]['code'];
export const callOffMethods = ['direct', 'mini_competition'] as const satisfies readonly CallOffMethod[];
/**
 * What offices write for each way in a spreadsheet's cell, besides the
 * names above in any of the three languages (the call-off import reads
 * both; compared as core's `normalise` leaves them).
 */
export const callOffMethodWords: Record<CallOffMethod, readonly string[]> = {
  direct: ['direkte', 'direkte avrop', 'etter rangering', 'rangering', 'direct', 'direct call off', 'ranked'],
  mini_competition: ['mini', 'mini konkurranse', 'konkurranse', 'mini competition', 'minicompetition'],
};

/** The longest a framework may run without a recorded special ground (FOA § 26-1 and § 11-1; above). */
export const FRAMEWORK_MAX_MONTHS = 48;
/** The parts of the regulation that hold a framework to four years (Del I sets no limit; Del IV and V have their own rules, not modelled). */
export const FRAMEWORK_DURATION_PARTS: readonly Regime[] = ['partII', 'partIIEea', 'partIII'];
/** The share of the maximum at which the office is warned (its own margin). */
export const FRAMEWORK_WARN_SHARE = 0.8;
