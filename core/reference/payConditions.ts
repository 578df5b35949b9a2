import type { Kind } from './kinds.js';

// Pay and working conditions in public contracts (forskrift om lønns- og
// arbeidsvilkår i offentlige kontrakter mv., FOR-2008-02-08-112) and the
// apprentice requirement (forskrift om plikt til å stille krav om bruk av
// lærlinger i offentlige kontrakter, FOR-2016-12-17-1708), as data with
// their sources. docs/DOMAIN.md says how each was checked.

/** Contracts that are services or building and construction (§ 4: "tjenestekontrakter og bygge- og anleggskontrakter"). */
export const SERVICE_AND_WORKS: readonly Kind[] = ['tjenester', 'bygg_anlegg', 'helse_sosial', 'saerlige_tjenester'];

export const PAY_CONDITIONS = {
  /** § 4: for "andre oppdragsgivere" (municipalities), contracts that exceed ("overstiger") this value excl. VAT. */
  threshold: 2_050_000,
  kinds: SERVICE_AND_WORKS,
  source: {
    regulation: 'FOR-2008-02-08-112',
    provisions:
      '§ 4 (virkeområde: «overstiger … 2,05 millioner kroner ekskl. mva. for andre oppdragsgivere»), § 5a (kontraktsvilkår), § 7 («nødvendig kontroll»)',
    url: 'https://lovdata.no/forskrift/2008-02-08-112',
    confidence: 'secondary',
    note: "Read in Arbeidstilsynet's copy of the regulation text (arbeidstilsynet.no/regelverk/forskrifter/forskrift-om-arbeidsvilkar-i-off.-kontrakter/4/; last amended by FOR-2023-08-29-1363, the threshold last by FOR-2020-02-12-128) and DFØ's guide ('over 2.05 mill.'). Another DFØ page says 2,2 millioner: the regulation's text is applied. Not read on Lovdata itself. The regulation sets no yearly control: § 7 asks for 'nødvendig kontroll', adapted to the risk; a yearly control is local policy (Innstillinger).",
  },
} as const;

/**
 * Sectors for the duty (§ 5a): those with a generally applicable
 * (allmenngjort) collective agreement, by Arbeidstilsynet's
 * allmenngjøringsforskrifter, a sector with only a nationwide agreement, or
 * one with none (then § 5a has nothing to require). The list of
 * allmenngjøringsforskrifter changes as the Tariff Board renews them: it is
 * the one Arbeidstilsynet published as read for this version (building
 * sites, shipbuilding, agriculture and horticulture, cleaning, fish
 * processing, electrical, goods transport by road, passenger transport by
 * coach, hotels, restaurants and catering), not verified as current; check
 * arbeidstilsynet.no/regelverk/allmenngjoring/.
 */
export const paySectorDefs = [
  {
    code: 'byggeplasser',
    nb: 'Byggeplasser (allmenngjort)',
    nn: 'Byggjeplassar (allmenngjord)',
    en: 'Building sites (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'renhold',
    nb: 'Renhold (allmenngjort)',
    nn: 'Reinhald (allmenngjord)',
    en: 'Cleaning (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'elektro',
    nb: 'Elektrofagene (allmenngjort)',
    nn: 'Elektrofaga (allmenngjord)',
    en: 'Electrical trades (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'godstransport',
    nb: 'Godstransport på vei (allmenngjort)',
    nn: 'Godstransport på veg (allmenngjord)',
    en: 'Goods transport by road (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'turbil',
    nb: 'Persontransport med turbil (allmenngjort)',
    nn: 'Persontransport med turbil (allmenngjord)',
    en: 'Passenger transport by coach (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'skips_verft',
    nb: 'Skips- og verftsindustrien (allmenngjort)',
    nn: 'Skips- og verftsindustrien (allmenngjord)',
    en: 'Shipbuilding (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'jordbruk_gartneri',
    nb: 'Jordbruks- og gartnerinæringene (allmenngjort)',
    nn: 'Jordbruks- og gartnarnæringane (allmenngjord)',
    en: 'Agriculture and horticulture (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'fiskeindustri',
    nb: 'Fiskeindustribedrifter (allmenngjort)',
    nn: 'Fiskeindustribedrifter (allmenngjord)',
    en: 'Fish processing (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'overnatting_servering',
    nb: 'Overnatting, servering og catering (allmenngjort)',
    nn: 'Overnatting, servering og catering (allmenngjord)',
    en: 'Hotels, restaurants and catering (generally applicable)',
    agreement: 'allmenngjort',
  },
  {
    code: 'landsomfattende',
    nb: 'Annen bransje med landsomfattende tariffavtale',
    nn: 'Annan bransje med landsomfattande tariffavtale',
    en: 'Another sector with a nationwide collective agreement',
    agreement: 'landsomfattende',
  },
  {
    code: 'ingen',
    nb: 'Ingen landsomfattende tariffavtale for bransjen',
    nn: 'Ingen landsomfattande tariffavtale for bransjen',
    en: 'No nationwide collective agreement for the sector',
    agreement: 'ingen',
  },
] as const;
export type PaySector = (typeof paySectorDefs)[number]['code'];
export const paySectors = paySectorDefs.map((d) => d.code) as unknown as readonly [PaySector, ...PaySector[]];

/** The office's interval between controls (months): local policy, not the regulation's. 0: no fixed interval. */
export const PAY_CONTROL_INTERVALS = [0, 6, 12, 24, 36] as const;
export const DEFAULT_PAY_CONTROL_INTERVAL = 12;

export const APPRENTICES = {
  /** § 5: "andre oppdragsgiveres plikt … kontrakter med en anslått verdi på minst …", with a duration over three months. */
  threshold: 2_050_000,
  minMonths: 3,
  kinds: SERVICE_AND_WORKS,
  source: {
    regulation: 'FOR-2016-12-17-1708',
    provisions:
      '§ 4 (tjeneste- og bygge- og anleggskontrakter), § 5 (terskelverdi, varighet over tre måneder), § 6 (plikten; endret ved FOR-2025-01-22-60, i kraft 1.8.2025)',
    url: 'https://lovdata.no/forskrift/2016-12-17-1708',
    confidence: 'secondary',
    note: "The value is NOT verified: the 2018 text (NHO's copy) says 'minst 2 millioner'; FOR-2020-02-12-128 amended the regulation with the other thresholds (vaar.law), most likely to 2,05 millioner, which is applied here. § 6 from 1.8.2025 (read in Lovtidend): suppliers must be in an apprentice scheme, at least ten per cent of the work done by apprentices and at least one apprentice, in trades with a particular need (shortfall of apprenticeships over ten per cent of applicants in an education programme), where the main element is work for skilled trades, unless disproportionate.",
  },
} as const;

/** What the office recorded about the apprentice requirement on a contract. */
export const apprenticeDecisionDefs = [
  {
    code: 'krav_stilt',
    nb: 'Krav om lærlinger er stilt (minst ti prosent av arbeidet, minst én lærling)',
    nn: 'Krav om lærlingar er stilt (minst ti prosent av arbeidet, minst éin lærling)',
    en: 'Apprentice requirement set (at least ten per cent of the work, at least one apprentice)',
  },
  {
    code: 'ikke_relevant',
    nb: 'Ikke relevant: hovedelementet er ikke arbeid for fag- eller svennebrev, eller bransjen har ikke særlig behov for læreplasser',
    nn: 'Ikkje relevant: hovudelementet er ikkje arbeid for fag- eller sveinebrev, eller bransjen har ikkje særleg behov for læreplassar',
    en: 'Not relevant: the main element is not skilled-trade work, or the trade has no particular need for apprenticeships',
  },
  {
    code: 'uforholdsmessig',
    nb: 'Ikke stilt: kravet ville vært uforholdsmessig',
    nn: 'Ikkje stilt: kravet ville ha vore uforholdsmessig',
    en: 'Not set: the requirement would be disproportionate',
  },
] as const;
export type ApprenticeDecision = (typeof apprenticeDecisionDefs)[number]['code'];
export const apprenticeDecisions = apprenticeDecisionDefs.map((d) => d.code) as unknown as readonly [
  ApprenticeDecision,
  ...ApprenticeDecision[],
];
