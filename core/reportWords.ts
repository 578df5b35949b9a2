import { defineMessages, translator } from './i18n/messages.js';

// The words of printed reports (the briefing pack; the protocol's are the
// renderer's). Both the renderer's print route (PDF) and the Word writer in
// service/ read them, so the two formats say the same thing, in bokmål,
// nynorsk or English as the pack was asked for.
export const reportWords = defineMessages({
  defaultTitle: { nb: 'Orientering om innkjøp', nn: 'Orientering om innkjøp', en: 'Procurement briefing' },
  coverPeriod: { nb: 'Periode: {from}–{to}', nn: 'Periode: {from}–{to}', en: 'Period: {from}–{to}' },
  coverPublic: { nb: 'Offentlig versjon', nn: 'Offentleg versjon', en: 'Public version' },
  coverClosed: { nb: 'Unntatt offentlighet', nn: 'Unnateke frå innsyn', en: 'Exempt from public access' },
  coverRedacted: {
    nb: {
      one: 'Denne versjonen er offentlig. Én opplysning som er underlagt taushetsplikt, er utelatt ({bases}).',
      other: 'Denne versjonen er offentlig. {n} opplysninger som er underlagt taushetsplikt, er utelatt ({bases}).',
    },
    nn: {
      one: 'Denne versjonen er offentleg. Éi opplysning som er underlagd teieplikt, er utelaten ({bases}).',
      other: 'Denne versjonen er offentleg. {n} opplysningar som er underlagde teieplikt, er utelatne ({bases}).',
    },
    en: {
      one: 'This version is public. One piece of information under the duty of confidentiality is left out ({bases}).',
      other:
        'This version is public. {n} pieces of information under the duty of confidentiality are left out ({bases}).',
    },
  },
  coverNothingRedacted: {
    nb: 'Denne versjonen er offentlig. Ingen opplysninger er utelatt.',
    nn: 'Denne versjonen er offentleg. Ingen opplysningar er utelatne.',
    en: 'This version is public. Nothing is left out.',
  },
  coverClosedNote: {
    nb: 'Lukket versjon for dem som har rett til innsyn. Skal ikke deles videre.',
    nn: 'Lukka versjon for dei som har rett til innsyn. Skal ikkje delast vidare.',
    en: 'Closed version for those entitled to see it. Not to be passed on.',
  },
  coverAsOf: {
    nb: 'Tallene er hentet fra Anskaff {date}.',
    nn: 'Tala er henta frå Anskaff {date}.',
    en: 'Figures taken from Anskaff on {date}.',
  },
  summary: { nb: 'Sammendrag', nn: 'Samandrag', en: 'Summary' },
  ruleNotes: {
    nb: 'Om regelverket Anskaff bruker',
    nn: 'Om regelverket Anskaff brukar',
    en: 'About the rules Anskaff applies',
  },
  figCases: { nb: 'Saker håndtert', nn: 'Saker handsama', en: 'Cases handled' },
  figSaved: { nb: 'Gevinst i perioden', nn: 'Gevinst i perioden', en: 'Savings in the period' },
  figSavedFour: { nb: 'Gevinst siste fire år', nn: 'Gevinst siste fire år', en: 'Savings, last four years' },
  withheldColumn: {
    nb: 'Kolonnen «{column}» er utelatt i den offentlige versjonen fordi innholdet er unntatt offentlighet, jf. {laws}.',
    nn: 'Kolonna «{column}» er utelaten i den offentlege versjonen fordi innhaldet er unnateke frå innsyn, jf. {laws}.',
    en: 'The column “{column}” is left out of the public version because its content is exempt from public access under the {laws}.',
  },
  redacted: { nb: '[Unntatt offentlighet]', nn: '[Unnateke frå innsyn]', en: '[Exempt from public access]' },
  noStrategy: {
    nb: 'Ingen innkjøpsstrategi er registrert for perioden.',
    nn: 'Ingen innkjøpsstrategi er registrert for perioden.',
    en: 'No procurement strategy is recorded for the period.',
  },
  noDepartment: { nb: 'Uten avdeling', nn: 'Utan avdeling', en: 'No department' },
  target: { nb: 'Mål', nn: 'Mål', en: 'Target' },
  goalStatus: {
    select: 'status',
    options: {
      met: { nb: 'nådd', nn: 'nådd', en: 'met' },
      on_track: { nb: 'i rute', nn: 'i rute', en: 'on track' },
      behind: { nb: 'bak målet', nn: 'bak målet', en: 'behind' },
      no_data: { nb: 'ingen tall', nn: 'ingen tal', en: 'no figures' },
    },
  },
  stageTrend: { nb: 'Andel av tiden per år', nn: 'Del av tida per år', en: 'Share of time per year' },
  stagePlanning: { nb: 'Planlegging', nn: 'Planlegging', en: 'Planning' },
  stageCompetition: { nb: 'Konkurranse', nn: 'Konkurranse', en: 'Competition' },
  stageFollowup: { nb: 'Oppfølging', nn: 'Oppfølging', en: 'Follow-up' },
  medianDays: { nb: 'Median dager', nn: 'Median dagar', en: 'Median days' },
  spread: { nb: 'Spredning (25–75 %)', nn: 'Spreiing (25–75 %)', en: 'Spread (25–75 %)' },
  phase: { nb: 'Fase', nn: 'Fase', en: 'Phase' },
  procedure: { nb: 'Prosedyre', nn: 'Prosedyre', en: 'Procedure' },
  department: { nb: 'Avdeling', nn: 'Avdeling', en: 'Department' },
  theme: { nb: 'Tema', nn: 'Tema', en: 'Theme' },
  count: { nb: 'Antall', nn: 'Tal', en: 'Count' },
  valueSum: { nb: 'Anslått verdi', nn: 'Anslått verdi', en: 'Estimated value' },
  value: { nb: 'Anslått verdi', nn: 'Anslått verdi', en: 'Estimated value' },
  contractValue: { nb: 'kontraktsverdi {value}', nn: 'kontraktsverdi {value}', en: 'contract value {value}' },
  estimatedValue: { nb: 'anslått verdi {value}', nn: 'anslått verdi {value}', en: 'estimated value {value}' },
  date: { nb: 'Dato', nn: 'Dato', en: 'Date' },
  caseNumber: { nb: 'Saksnr.', nn: 'Saksnr.', en: 'Case no.' },
  notices: { nb: 'Kunngjøringer', nn: 'Kunngjeringar', en: 'Notices' },
  jointParticipants: { nb: 'Innkjøpssamarbeid med', nn: 'Innkjøpssamarbeid med', en: 'Joint procurement with' },
  jointLead: { nb: 'leder', nn: 'leiar', en: 'leads' },
  jointValueNote: {
    nb: {
      one: 'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere. Summene regner bare kontorets egen andel av verdien; i listen står hele verdien.',
      other:
        '{n:int} av sakene er innkjøpssamarbeid med andre oppdragsgivere. Summene regner bare kontorets egen andel av verdien; i listen står hele verdien.',
    },
    nn: {
      one: 'Éi av sakene er innkjøpssamarbeid med andre oppdragsgivarar. Summane reknar berre kontoret sin eigen del av verdien; i lista står heile verdien.',
      other:
        '{n:int} av sakene er innkjøpssamarbeid med andre oppdragsgivarar. Summane reknar berre kontoret sin eigen del av verdien; i lista står heile verdien.',
    },
    en: {
      one: 'One of the cases is a joint procurement with other contracting authorities. The totals count the office’s own share of the value only; the list gives the whole value.',
      other:
        '{n:int} of the cases are joint procurements with other contracting authorities. The totals count the office’s own share of the value only; the list gives the whole value.',
    },
  },
  jointSumNote: {
    nb: {
      one: 'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere: verdiene i tabellene regner bare kontorets egen andel.',
      other:
        '{n:int} av sakene er innkjøpssamarbeid med andre oppdragsgivere: verdiene i tabellene regner bare kontorets egen andel.',
    },
    nn: {
      one: 'Éi av sakene er innkjøpssamarbeid med andre oppdragsgivarar: verdiane i tabellane reknar berre kontoret sin eigen del.',
      other:
        '{n:int} av sakene er innkjøpssamarbeid med andre oppdragsgivarar: verdiane i tabellane reknar berre kontoret sin eigen del.',
    },
    en: {
      one: 'One of the cases is a joint procurement with other contracting authorities: the values in the tables count the office’s own share only.',
      other:
        '{n:int} of the cases are joint procurements with other contracting authorities: the values in the tables count the office’s own share only.',
    },
  },
  jointOwnValue: {
    nb: 'hele samarbeidet; kontorets egen andel {value}',
    nn: 'heile samarbeidet; kontoret sin eigen del {value}',
    en: 'the whole joint procurement; the office’s own share {value}',
  },
  jointOwnCell: {
    nb: 'kontorets egen andel {value}',
    nn: 'kontoret sin eigen del {value}',
    en: 'the office’s own share {value}',
  },
  jointOwnEstimate: {
    nb: 'innkjøpssamarbeid; kontorets egen andel av anslått verdi {value}',
    nn: 'innkjøpssamarbeid; kontoret sin eigen del av anslått verdi {value}',
    en: 'joint procurement; the office’s own share of the estimated value {value}',
  },
  goalsJointNote: {
    nb: {
      one: 'Gevinstmålet regner hele gevinsten av én sak som er innkjøpssamarbeid med andre oppdragsgivere, som under Mål i Anskaff; sammendraget regner bare kontorets egen andel.',
      other:
        'Gevinstmålet regner hele gevinsten av {n:int} saker som er innkjøpssamarbeid med andre oppdragsgivere, som under Mål i Anskaff; sammendraget regner bare kontorets egen andel.',
    },
    nn: {
      one: 'Gevinstmålet reknar heile gevinsten av éi sak som er innkjøpssamarbeid med andre oppdragsgivarar, som under Mål i Anskaff; samandraget reknar berre kontoret sin eigen del.',
      other:
        'Gevinstmålet reknar heile gevinsten av {n:int} saker som er innkjøpssamarbeid med andre oppdragsgivarar, som under Mål i Anskaff; samandraget reknar berre kontoret sin eigen del.',
    },
    en: {
      one: 'The savings goal counts the whole saving of one joint procurement with other contracting authorities, as Goals in Anskaff does; the summary counts the office’s own share only.',
      other:
        'The savings goal counts the whole saving of {n:int} joint procurements with other contracting authorities, as Goals in Anskaff does; the summary counts the office’s own share only.',
    },
  },
  themeEachNote: {
    nb: 'En sak med flere temaer telles under hvert av dem.',
    nn: 'Ei sak med fleire tema blir talt under kvart av dei.',
    en: 'A case with several themes is counted under each of them.',
  },
  openComplaints: { nb: 'Åpne klager', nn: 'Opne klager', en: 'Open complaints' },
  title: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  form: { nb: 'Form', nn: 'Form', en: 'Form' },
  suppliers: {
    nb: 'Leverandører (invitert / deltok)',
    nn: 'Leverandørar (inviterte / deltok)',
    en: 'Suppliers (invited / attended)',
  },
  outcome: { nb: 'Resultat', nn: 'Resultat', en: 'Outcome' },
  quarter: { nb: '{q}. kvartal {year}', nn: '{q}. kvartal {year}', en: 'Q{q} {year}' },
  quarterSummary: {
    nb: { one: '1 sak · {value}', other: '{n} saker · {value}' },
    nn: { one: '1 sak · {value}', other: '{n} saker · {value}' },
    en: { one: '1 case · {value}', other: '{n} cases · {value}' },
  },
  plannedNotice: { nb: 'Planlagt kunngjøring', nn: 'Planlagd kunngjering', en: 'Planned notice' },
  deadline: { nb: 'Frist', nn: 'Frist', en: 'Deadline' },
  what: { nb: 'Hva', nn: 'Kva', en: 'What' },
  contract: { nb: 'Kontrakt', nn: 'Kontrakt', en: 'Contract' },
  owner: { nb: 'Kontraktseier', nn: 'Kontraktseigar', en: 'Contract owner' },
  deadlineOption: { nb: 'Opsjon {n} må avgjøres', nn: 'Opsjon {n} må avgjerast', en: 'Option {n} to decide' },
  frameworksTitle: {
    nb: 'Rammeavtaler nær taket eller som utløper',
    nn: 'Rammeavtalar nær taket eller som går ut',
    en: 'Frameworks near their maximum or ending',
  },
  frameworkEnds: { nb: 'Utløper', nn: 'Går ut', en: 'Ends' },
  frameworkUsed: { nb: 'Brukt av taket', nn: 'Brukt av taket', en: 'Used of maximum' },
  frameworkState: { nb: 'Status', nn: 'Status', en: 'Status' },
  frameworkReached: {
    nb: 'Taket er nådd: avtalen er i utgangspunktet brukt opp',
    nn: 'Taket er nådd: avtalen er i utgangspunktet brukt opp',
    en: 'Maximum reached: the framework is in principle used up',
  },
  frameworkWarning: {
    nb: 'Nær taket (80 % eller mer)',
    nn: 'Nær taket (80 % eller meir)',
    en: 'Near its maximum (80 % or more)',
  },
  frameworkEnding: { nb: 'Utløper snart', nn: 'Går snart ut', en: 'Ending soon' },
  frameworkJointNote: {
    nb: {
      one: 'Én av rammeavtalene er innkjøpssamarbeid med andre oppdragsgivere: andelen brukt regner avropene som er registrert i Anskaff, mot taket for hele avtalen.',
      other:
        '{n:int} av rammeavtalene er innkjøpssamarbeid med andre oppdragsgivere: andelen brukt regner avropene som er registrert i Anskaff, mot taket for hele avtalen.',
    },
    nn: {
      one: 'Éin av rammeavtalane er innkjøpssamarbeid med andre oppdragsgivarar: delen brukt reknar avropa som er registrerte i Anskaff, mot taket for heile avtalen.',
      other:
        '{n:int} av rammeavtalane er innkjøpssamarbeid med andre oppdragsgivarar: delen brukt reknar avropa som er registrerte i Anskaff, mot taket for heile avtalen.',
    },
    en: {
      one: 'One of the frameworks is a joint procurement with other contracting authorities: the share used counts the call-offs recorded in Anskaff against the whole agreement’s maximum.',
      other:
        '{n:int} of the frameworks are joint procurements with other contracting authorities: the share used counts the call-offs recorded in Anskaff against the whole agreement’s maximum.',
    },
  },
  deadlineExpiry: { nb: 'Kontrakten utløper', nn: 'Kontrakten går ut', en: 'Contract expires' },
  overdue: { nb: 'passert', nn: 'passert', en: 'passed' },
  payCovered: {
    nb: 'Kontrakter med påseplikt i perioden',
    nn: 'Kontraktar med påseplikt i perioden',
    en: 'Contracts with the duty in the period',
  },
  payAssessed: { nb: 'Risikovurdert', nn: 'Risikovurdert', en: 'Risk assessed' },
  payControlled: { nb: 'Kontrollert i perioden', nn: 'Kontrollert i perioden', en: 'Controlled in the period' },
  findings: { nb: 'Funn', nn: 'Funn', en: 'Findings' },
  report: { nb: 'Rapport', nn: 'Rapport', en: 'Report' },
  sanction: { nb: 'Sanksjon', nn: 'Sanksjon', en: 'Sanction' },
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
  none: { nb: '–', nn: '–', en: '–' },
  phaseDaysKey: {
    nb: 'Søyler: median antall dager periodens saker var i hver fase. Strek: den midterste halvparten av sakene (25–75 %).',
    nn: 'Søyler: median tal på dagar sakene i perioden var i kvar fase. Strek: den midtarste halvparten av sakene (25–75 %).',
    en: 'Bars: the median number of days the period’s cases spent in each phase. Line: the middle half of the cases (25–75 %).',
  },
  nonePhaseTimes: {
    nb: 'Ingen saker i perioden har tid i en fase å vise ennå.',
    nn: 'Ingen saker i perioden har tid i ein fase å vise enno.',
    en: 'No case of the period has time in a phase to show yet.',
  },
  noneThemes: {
    nb: 'Ingen av sakene har et tema.',
    nn: 'Ingen av sakene har eit tema.',
    en: 'None of the cases has a theme.',
  },
  noSanctions: {
    nb: 'Ingen av kontrollene i listen førte til sanksjon.',
    nn: 'Ingen av kontrollane i lista førte til sanksjon.',
    en: 'None of the controls listed led to a sanction.',
  },
  nonePortfolio: {
    nb: 'Ingen saker er håndtert i perioden.',
    nn: 'Ingen saker er handsama i perioden.',
    en: 'No cases were handled in the period.',
  },
  noneDialogue: {
    nb: 'Ingen markedsdialog er registrert i perioden.',
    nn: 'Ingen marknadsdialog er registrert i perioden.',
    en: 'No market dialogue is recorded in the period.',
  },
  nonePlan: {
    nb: 'Ingen saker er planlagt kunngjort de neste tolv månedene.',
    nn: 'Det er ikkje planlagt å kunngjere nokon saker dei neste tolv månadene.',
    en: 'No cases are planned for notice in the next twelve months.',
  },
  noneContracts: {
    nb: 'Ingen kontrakter utløper og ingen opsjoner må avgjøres de neste tolv månedene.',
    nn: 'Ingen kontraktar går ut, og ingen opsjonar må avgjerast dei neste tolv månadene.',
    en: 'No contracts expire and no options are due in the next twelve months.',
  },
  noneControls: {
    nb: 'Ingen kontroller er registrert i perioden.',
    nn: 'Ingen kontrollar er registrerte i perioden.',
    en: 'No controls are recorded in the period.',
  },
  noneHighlights: { nb: 'Ingen saker er valgt ut.', nn: 'Ingen saker er valde ut.', en: 'No cases are highlighted.' },
  showingLatest: {
    nb: 'Viser de {shown} siste av {total}; hele listen finnes i Anskaff.',
    nn: 'Viser dei {shown} siste av {total}; heile lista finst i Anskaff.',
    en: 'Showing the latest {shown} of {total}; the full list is in Anskaff.',
  },
  showingFirst: {
    nb: 'Viser de {shown} første av {total}; hele listen finnes i Anskaff.',
    nn: 'Viser dei {shown} første av {total}; heile lista finst i Anskaff.',
    en: 'Showing the first {shown} of {total}; the full list is in Anskaff.',
  },
  showingLargest: {
    nb: 'Viser de {shown} største av {total}.',
    nn: 'Viser dei {shown} største av {total}.',
    en: 'Showing the {shown} largest of {total}.',
  },
  groupSummary: {
    nb: { one: '1 sak · {value}', other: '{n:int} saker · {value}' },
    nn: { one: '1 sak · {value}', other: '{n:int} saker · {value}' },
    en: { one: '1 case · {value}', other: '{n:int} cases · {value}' },
  },
});

export type ReportWord = keyof typeof reportWords;

/** A report word with its {placeholders} filled in. */
export const rw = translator(reportWords);
