// The app's own words, in bokmål, nynorsk and English: one catalogue per
// area (this file holds the case screens'), merged into `strings` below.
// Domain labels (phases, procedures, themes) come from core/reference in the
// same shape. How to add a word: renderer/README.md.
import { defineMessages } from '../../../core/i18n.js';
import { contractStrings } from './strings.contracts.js';
import { frameworkStrings } from './strings.frameworks.js';
import { strategyStrings } from './strings.strategy.js';
import { briefingStrings } from './strings.briefing.js';
import { dialogueStrings } from './strings.dialogue.js';
import { dataStrings } from './strings.data.js';
import { rulesStrings } from './strings.rules.js';
import { overviewStrings } from './strings.overview.js';
import { officeStrings } from './strings.office.js';
import { liveStrings } from './strings.live.js';
import { awardStrings } from './strings.award.js';
import { jointStrings } from './strings.joint.js';

export const caseStrings = defineMessages({
  appName: { nb: 'Anskaff', nn: 'Anskaff', en: 'Anskaff' },
  appTagline: {
    nb: 'Innkjøpskontorets saksregister',
    nn: 'Saksregisteret til innkjøpskontoret',
    en: "The procurement office's case register",
  },
  skipToContent: { nb: 'Hopp til hovedinnhold', nn: 'Hopp til hovudinnhaldet', en: 'Skip to main content' },
  noConnection: {
    nb: 'Får ikke kontakt med Anskaff-tjenesten.',
    nn: 'Får ikkje kontakt med Anskaff-tenesta.',
    en: 'Cannot reach the Anskaff service.',
  },
  mainMenu: { nb: 'Hovedmeny', nn: 'Hovudmeny', en: 'Main menu' },
  navCases: { nb: 'Saker', nn: 'Saker', en: 'Cases' },
  navNewCase: { nb: 'Ny sak', nn: 'Ny sak', en: 'New case' },
  language: { nb: 'Språk', nn: 'Språk', en: 'Language' },
  languageName: {
    select: 'lang',
    options: {
      nb: { nb: 'Bokmål', nn: 'Bokmål', en: 'Norwegian Bokmål' },
      nn: { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Norwegian Nynorsk' },
      en: { nb: 'Engelsk', nn: 'Engelsk', en: 'English' },
    },
  },
  casesHeading: { nb: 'Anskaffelsessaker', nn: 'Anskaffingssaker', en: 'Procurement cases' },
  casesCount: {
    nb: { one: '{n} sak', other: '{n} saker' },
    nn: { one: '{n} sak', other: '{n} saker' },
    en: { one: '{n} case', other: '{n} cases' },
  },
  casesCountFiltered: { nb: '{n} av {total} saker', nn: '{n} av {total} saker', en: '{n} of {total} cases' },
  search: { nb: 'Søk i saker', nn: 'Søk i saker', en: 'Search cases' },
  searchPlaceholder: {
    nb: 'Tittel, beskrivelse, saksnummer …',
    nn: 'Tittel, skildring, saksnummer …',
    en: 'Title, description, case number …',
  },
  filterPhase: { nb: 'Fase', nn: 'Fase', en: 'Phase' },
  filterProcedure: { nb: 'Prosedyre', nn: 'Prosedyre', en: 'Procedure' },
  filterDepartment: { nb: 'Avdeling', nn: 'Avdeling', en: 'Department' },
  filterBuyer: { nb: 'Innkjøper', nn: 'Innkjøpar', en: 'Buyer' },
  filterTheme: { nb: 'Tema', nn: 'Tema', en: 'Theme' },
  filterYear: { nb: 'År', nn: 'År', en: 'Year' },
  filterAll: { nb: 'Alle', nn: 'Alle', en: 'All' },
  includeArchived: { nb: 'Vis arkiverte', nn: 'Vis arkiverte', en: 'Show archived' },
  clearFilters: { nb: 'Nullstill filtre', nn: 'Nullstill filtera', en: 'Clear filters' },
  colCaseNumber: { nb: 'Saksnr.', nn: 'Saksnr.', en: 'Case no.' },
  colTitle: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  colDepartment: { nb: 'Avdeling', nn: 'Avdeling', en: 'Department' },
  colBuyer: { nb: 'Innkjøper', nn: 'Innkjøpar', en: 'Buyer' },
  colPhase: { nb: 'Fase', nn: 'Fase', en: 'Phase' },
  colProcedure: { nb: 'Prosedyre', nn: 'Prosedyre', en: 'Procedure' },
  colValue: { nb: 'Anslått verdi', nn: 'Anslått verdi', en: 'Estimated value' },
  colPhaseSince: { nb: 'I fasen siden', nn: 'I fasen sidan', en: 'In phase since' },
  sortBy: { nb: 'Sorter etter {col}', nn: 'Sorter etter {col}', en: 'Sort by {col}' },
  noMatches: { nb: 'Ingen saker passer søket.', nn: 'Ingen saker passar til søket.', en: 'No cases match.' },
  loading: { nb: 'Laster …', nn: 'Lastar …', en: 'Loading …' },
  archived: { nb: 'Arkivert', nn: 'Arkivert', en: 'Archived' },
  welcomeHeading: { nb: 'Velkommen til Anskaff', nn: 'Velkomen til Anskaff', en: 'Welcome to Anskaff' },
  welcomeText: {
    nb: 'Databasen er tom. Du kan registrere den første saken, eller legge inn demodata for en tenkt kommune (om lag 110 saker i året over fire år) for å se hvordan Anskaff virker.',
    nn: 'Databasen er tom. Du kan registrere den første saka, eller leggje inn demodata for ein tenkt kommune (om lag 110 saker i året over fire år) for å sjå korleis Anskaff verkar.',
    en: 'The database is empty. Register the first case, or add demo data for an imagined municipality (about 110 cases a year over four years) to see how Anskaff works.',
  },
  welcomeDemo: { nb: 'Legg inn demodata', nn: 'Legg inn demodata', en: 'Add demo data' },
  welcomeNew: { nb: 'Registrer første sak', nn: 'Registrer første sak', en: 'Register the first case' },
  demoAdded: { nb: '{n} demosaker er lagt inn.', nn: '{n} demosaker er lagde inn.', en: '{n} demo cases added.' },
  newCaseHeading: { nb: 'Ny anskaffelsessak', nn: 'Ny anskaffingssak', en: 'New procurement case' },
  editCaseHeading: { nb: 'Endre sak {caseNumber}', nn: 'Endre sak {caseNumber}', en: 'Edit case {caseNumber}' },
  fieldCaseNumber: { nb: 'Saksnummer i arkivet', nn: 'Saksnummer i arkivet', en: 'Archive case number' },
  fieldCaseNumberHelp: {
    nb: 'År/løpenummer, f.eks. 2026/1234',
    nn: 'År/løpenummer, t.d. 2026/1234',
    en: 'Year/sequence, e.g. 2026/1234',
  },
  fieldTitle: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  fieldDescription: { nb: 'Beskrivelse av behovet', nn: 'Skildring av behovet', en: 'Description of the need' },
  fieldDepartment: {
    nb: 'Avdeling som eier behovet',
    nn: 'Avdelinga som eig behovet',
    en: 'Department that owns the need',
  },
  fieldNeedOwner: { nb: 'Behovseier', nn: 'Behovseigar', en: 'Need owner' },
  fieldBuyer: { nb: 'Ansvarlig innkjøper', nn: 'Ansvarleg innkjøpar', en: 'Responsible buyer' },
  fieldValue: {
    nb: 'Anslått verdi (kr ekskl. mva.)',
    nn: 'Anslått verdi (kr ekskl. mva.)',
    en: 'Estimated value (NOK excl. VAT)',
  },
  fieldValueHelp: {
    nb: 'Hele kontraktsperioden, medregnet opsjoner. I et innkjøpssamarbeid: den samlede verdien for alle deltakerne',
    nn: 'Heile kontraktsperioden, medrekna opsjonar. I eit innkjøpssamarbeid: den samla verdien for alle deltakarane',
    en: 'Whole contract period, including options. In a joint procurement: the whole value for all participants',
  },
  timePlaceholder: { nb: 'tt:mm', nn: 'tt:mm', en: 'hh:mm' },
  datePlaceholder: { nb: 'dd.mm.åååå', nn: 'dd.mm.åååå', en: 'dd/mm/yyyy' },
  moneyReadAs: { nb: 'Lest som {amount}', nn: 'Tolka som {amount}', en: 'Read as {amount}' },
  fieldKindChoose: { nb: 'Velg type', nn: 'Vel type', en: 'Choose the kind' },
  fieldKind: { nb: 'Type anskaffelse', nn: 'Type anskaffing', en: 'Kind of procurement' },
  fieldProcedure: { nb: 'Prosedyre', nn: 'Prosedyre', en: 'Procedure' },
  fieldProcedureNone: { nb: 'Ikke valgt ennå', nn: 'Ikkje vald enno', en: 'Not chosen yet' },
  fieldThemes: { nb: 'Strategiske tema', nn: 'Strategiske tema', en: 'Strategic themes' },
  fieldRegistered: { nb: 'Behovet registrert', nn: 'Behovet registrert', en: 'Need registered' },
  fieldPlannedNotice: { nb: 'Planlagt kunngjøring', nn: 'Planlagd kunngjering', en: 'Planned notice' },
  fieldPlannedTenderDeadline: {
    nb: 'Planlagt tilbudsfrist',
    nn: 'Planlagd tilbodsfrist',
    en: 'Planned tender deadline',
  },
  fieldPlannedAward: { nb: 'Planlagt tildeling', nn: 'Planlagd tildeling', en: 'Planned award' },
  fieldPlannedStart: { nb: 'Planlagt kontraktsstart', nn: 'Planlagd kontraktsstart', en: 'Planned contract start' },
  plannedDates: { nb: 'Planlagte datoer', nn: 'Planlagde datoar', en: 'Planned dates' },
  regimeHeading: { nb: 'Regelverk', nn: 'Regelverk', en: 'Regulation' },
  regimeBasis: {
    nb: 'Ut fra verdi, type og dato {date}',
    nn: 'Ut frå verdi, type og dato {date}',
    en: 'From value, kind and date {date}',
  },
  regimeHint: {
    nb: 'Skriv inn anslått verdi og velg type anskaffelse, så viser Anskaff hvilken del av forskriften som gjelder og hvilke prosedyrer som er tillatt.',
    nn: 'Skriv inn anslått verdi og vel type anskaffing, så viser Anskaff kva del av forskrifta som gjeld, og kva prosedyrar som er tillatne.',
    en: 'Type the estimated value and choose the kind of procurement, and Anskaff shows which part of the regulation applies and which procedures are allowed.',
  },
  regimeAllowed: { nb: 'Tillatte prosedyrer', nn: 'Tillatne prosedyrar', en: 'Allowed procedures' },
  regimeThresholds: {
    nb: 'Terskelverdier: nasjonal {national}, EØS {eea}',
    nn: 'Terskelverdiar: nasjonal {national}, EØS {eea}',
    en: 'Thresholds: national {national}, EEA {eea}',
  },
  regimeSource: {
    nb: 'Kilde: {regulation}, i kraft fra {from} (levert med Anskaff)',
    nn: 'Kjelde: {regulation}, i kraft frå {from} (levert med Anskaff)',
    en: 'Source: {regulation}, in force from {from} (shipped with Anskaff)',
  },
  regimeSourceOffice: {
    nb: 'Kilde: {regulation}, i kraft fra {from} (lagt inn av kontoret)',
    nn: 'Kjelde: {regulation}, i kraft frå {from} (lagt inn av kontoret)',
    en: 'Source: {regulation}, in force from {from} (entered by the office)',
  },
  save: { nb: 'Lagre', nn: 'Lagre', en: 'Save' },
  saving: { nb: 'Lagrer …', nn: 'Lagrar …', en: 'Saving …' },
  cancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  create: { nb: 'Opprett sak', nn: 'Opprett sak', en: 'Create case' },
  errorSummary: {
    nb: 'Rett opp dette før du lagrer:',
    nn: 'Rett opp dette før du lagrar:',
    en: 'Correct these before saving:',
  },
  savedCase: { nb: 'Saken er lagret.', nn: 'Saka er lagra.', en: 'The case is saved.' },
  edit: { nb: 'Endre', nn: 'Endre', en: 'Edit' },
  archive: { nb: 'Arkiver', nn: 'Arkiver', en: 'Archive' },
  unarchive: { nb: 'Hent fram fra arkivet', nn: 'Hent fram frå arkivet', en: 'Restore from archive' },
  archivedNotice: {
    nb: 'Saken er arkivert. Hent den fram for å endre den.',
    nn: 'Saka er arkivert. Hent henne fram for å endre henne.',
    en: 'The case is archived. Restore it to change it.',
  },
  details: { nb: 'Opplysninger', nn: 'Opplysningar', en: 'Details' },
  timeline: { nb: 'Tidslinje', nn: 'Tidslinje', en: 'Timeline' },
  timelineDays: { nb: '{days} i fasen', nn: '{days} i fasen', en: '{days} in phase' },
  timelineCurrent: { nb: 'nå', nn: 'no', en: 'now' },
  stagePlanning: { nb: 'Planlegging', nn: 'Planlegging', en: 'Planning' },
  stageCompetition: { nb: 'Konkurranse', nn: 'Konkurranse', en: 'Competition' },
  stageFollowup: { nb: 'Oppfølging', nn: 'Oppfølging', en: 'Follow-up' },
  daysPerStage: { nb: 'Dager per hoveddel', nn: 'Dagar per hovuddel', en: 'Days per stage' },
  movePhase: { nb: 'Flytt saken', nn: 'Flytt saka', en: 'Move the case' },
  movePhaseTo: { nb: 'Ny fase', nn: 'Ny fase', en: 'New phase' },
  moveDate: { nb: 'Dato', nn: 'Dato', en: 'Date' },
  moveNote: { nb: 'Merknad', nn: 'Merknad', en: 'Note' },
  moveNoteHelp: {
    nb: 'Påkrevd når saken avlyses eller flyttes tilbake',
    nn: 'Påkravd når saka blir avlyst eller flytt tilbake',
    en: 'Required when the case is cancelled or moved back',
  },
  moveSubmit: { nb: 'Flytt saken', nn: 'Flytt saka', en: 'Move the case' },
  moved: { nb: 'Saken er flyttet til {phase}.', nn: 'Saka er flytt til {phase}.', en: 'The case is moved to {phase}.' },
  caseFinal: {
    nb: 'Saken er {phase} og kan ikke flyttes videre.',
    nn: 'Saka er {phase} og kan ikkje flyttast vidare.',
    en: 'The case is {phase} and cannot move on.',
  },
  notFound: { nb: 'Fant ikke siden.', nn: 'Fann ikkje sida.', en: 'Page not found.' },
  sessionExpired: { nb: 'Økten er utløpt', nn: 'Økta har gått ut', en: 'Session expired' },
  backToList: { nb: 'Tilbake til saker', nn: 'Tilbake til saker', en: 'Back to cases' },
  reload: { nb: 'Last inn på nytt', nn: 'Last inn på nytt', en: 'Reload' },
  none: { nb: '–', nn: '–', en: '–' },
  warnings: { nb: 'Merk', nn: 'Merk', en: 'Note' },
  value: { nb: 'Anslått verdi', nn: 'Anslått verdi', en: 'Estimated value' },
  kind: { nb: 'Type', nn: 'Type', en: 'Kind' },
  themes: { nb: 'Tema', nn: 'Tema', en: 'Themes' },
  needOwner: { nb: 'Behovseier', nn: 'Behovseigar', en: 'Need owner' },
  buyer: { nb: 'Innkjøper', nn: 'Innkjøpar', en: 'Buyer' },
  department: { nb: 'Avdeling', nn: 'Avdeling', en: 'Department' },
  registered: { nb: 'Registrert', nn: 'Registrert', en: 'Registered' },
  from: { nb: 'fra {phase}', nn: 'frå {phase}', en: 'from {phase}' },
});

/** Every area's catalogue, so the clash guard (test/renderer/strings.test.ts) sees each one added here. */
export const stringAreas = {
  caseStrings,
  dialogueStrings,
  contractStrings,
  frameworkStrings,
  strategyStrings,
  briefingStrings,
  dataStrings,
  rulesStrings,
  overviewStrings,
  officeStrings,
  liveStrings,
  awardStrings,
  jointStrings,
};

/** The UI's one catalogue: the areas merged (no two may share a key). */
export const strings = {
  ...caseStrings,
  ...dialogueStrings,
  ...contractStrings,
  ...frameworkStrings,
  ...strategyStrings,
  ...briefingStrings,
  ...dataStrings,
  ...rulesStrings,
  ...overviewStrings,
  ...officeStrings,
  ...liveStrings,
  ...awardStrings,
  ...jointStrings,
};

export type Strings = typeof strings;
export type StringKey = keyof Strings & string;
