// Words for "Min oversikt" (the start page), the filters it shares with "Frister", and the office's norms per phase.
import { defineMessages } from '../../../core/i18n.js';

export const overviewStrings = defineMessages({
  navOverview: { nb: 'Min oversikt', nn: 'Mi oversikt', en: 'My overview' },
  overviewHeading: { nb: 'Min oversikt', nn: 'Mi oversikt', en: 'My overview' },
  overviewHelp: {
    nb: 'Det som venter: frister, avgjørelser og saker som har stått lenger i en fase enn kontorets norm. Frister innen 14 dager er merket «Snart», passerte frister «Forfalt».',
    nn: 'Det som ventar: fristar, avgjerder og saker som har stått lenger i ein fase enn norma til kontoret. Fristar innan 14 dagar er merkte «Snart», passerte fristar «Forfalle».',
    en: 'What is waiting: deadlines, decisions and cases that have been in a phase longer than the office’s norm. Deadlines within 14 days are marked “Soon”, passed ones “Overdue”.',
  },
  attentionFilters: { nb: 'Filtrer', nn: 'Filtrer', en: 'Filter' },
  filterMe: { nb: 'Meg ({name})', nn: 'Meg ({name})', en: 'Me ({name})' },
  allBuyers: { nb: 'Alle innkjøpere', nn: 'Alle innkjøparar', en: 'All buyers' },
  setYourName: {
    nb: 'Skriv navnet ditt under Innstillinger slik det står som innkjøper på sakene, så viser Min oversikt dine saker.',
    nn: 'Skriv namnet ditt under Innstillingar slik det står som innkjøpar på sakene, så viser Mi oversikt sakene dine.',
    en: 'Enter your name under Settings as the cases give it for their buyer, and My overview shows your cases.',
  },
  soon: { nb: 'Snart', nn: 'Snart', en: 'Soon' },
  noDate: { nb: 'Ingen dato', nn: 'Ingen dato', en: 'No date' },
  overviewEmpty: {
    nb: 'Ingenting venter akkurat nå.',
    nn: 'Ingenting ventar akkurat no.',
    en: 'Nothing is waiting right now.',
  },
  overviewCount: {
    nb: { one: '{n} ting å gjøre', other: '{n} ting å gjøre' },
    nn: { one: '{n} ting å gjere', other: '{n} ting å gjere' },
    en: { one: '{n} thing to do', other: '{n} things to do' },
  },
  overviewTable: { nb: 'Det som venter', nn: 'Det som ventar', en: 'What is waiting' },
  colDue: { nb: 'Frist', nn: 'Frist', en: 'Due' },
  colTodo: { nb: 'Hva må gjøres', nn: 'Kva må gjerast', en: 'What to do' },
  colWhere: { nb: 'Hvor', nn: 'Kvar', en: 'Where' },
  overviewTodo: {
    select: 'kind',
    options: {
      option: {
        nb: 'Avgjør om opsjon {n} skal brukes',
        nn: 'Avgjer om opsjon {n} skal brukast',
        en: 'Decide whether to use option {n}',
      },
      expiry: {
        nb: 'Kontrakten utløper: planlegg ny anskaffelse eller avslutning',
        nn: 'Kontrakten går ut: planlegg ny anskaffing eller avslutning',
        en: 'The contract expires: plan a new procurement or the end',
      },
      control: {
        nb: 'Kontroller lønns- og arbeidsvilkår',
        nn: 'Kontroller løns- og arbeidsvilkår',
        en: 'Check pay and working conditions',
      },
      riskAssessment: {
        nb: 'Gjør en risikovurdering av lønns- og arbeidsvilkår',
        nn: 'Gjer ei risikovurdering av løns- og arbeidsvilkår',
        en: 'Assess the risk to pay and working conditions',
      },
      tender: {
        nb: 'Tilbudsfristen går ut: svar på spørsmål og åpne tilbudene',
        nn: 'Tilbodsfristen går ut: svar på spørsmål og opne tilboda',
        en: 'Tenders are due: answer the questions and open the tenders',
      },
      award: {
        nb: 'Tildel kontrakten (planlagt tildeling)',
        nn: 'Tildel kontrakten (planlagd tildeling)',
        en: 'Award the contract (planned award)',
      },
      standstill: {
        nb: 'Karensperioden går ut: kontrakten kan signeres',
        nn: 'Karensperioden går ut: kontrakten kan signerast',
        en: 'The standstill period ends: the contract can be signed',
      },
      unshared: {
        nb: {
          one: 'Del {n} svar fra markedsdialogen med alle før konkurransen',
          other: 'Del {n} svar fra markedsdialogen med alle før konkurransen',
        },
        nn: {
          one: 'Del {n} svar frå marknadsdialogen med alle før konkurransen',
          other: 'Del {n} svar frå marknadsdialogen med alle før konkurransen',
        },
        en: {
          one: 'Share {n} market-dialogue answer with all before the competition',
          other: 'Share {n} market-dialogue answers with all before the competition',
        },
      },
      protocol: {
        nb: 'Ferdigstill protokollen: kontrakten er signert',
        nn: 'Ferdigstill protokollen: kontrakten er signert',
        en: 'Finalise the protocol: the contract is signed',
      },
      stalled: {
        nb: 'Flytt saken videre: {days} dager i {phase} (norm {norm})',
        nn: 'Flytt saka vidare: {days} dagar i {phase} (norm {norm})',
        en: 'Move the case on: {days} days in {phase} (norm {norm})',
      },
      notice: {
        nb: 'Kunngjør konkurransen (planlagt kunngjøring)',
        nn: 'Kunngjer konkurransen (planlagd kunngjering)',
        en: 'Publish the contract notice (as planned)',
      },
      complaint: {
        nb: 'Svar på klagen',
        nn: 'Svar på klaga',
        en: 'Answer the complaint',
      },
      resultNotice: {
        nb: 'Kunngjør konkurranseresultatet og registrer nummeret fra Doffin/TED',
        nn: 'Kunngjer konkurranseresultatet og registrer nummeret frå Doffin/TED',
        en: 'Publish the contract award notice and record its Doffin/TED number',
      },
    },
  },
  runningHeading: {
    nb: 'Kontrakter uten frist i perioden',
    nn: 'Kontraktar utan frist i perioden',
    en: 'Contracts with no deadline in the period',
  },
  runningHelp: {
    nb: 'Kontrakter som løper eller skal starte, uten frist i perioden over, med neste frist uansett hvor langt fram den er.',
    nn: 'Kontraktar som løper eller skal starte, utan frist i perioden over, med neste frist same kor langt fram han er.',
    en: 'Contracts running or about to start with no deadline in the period above, with their next deadline however far off.',
  },
  colNext: { nb: 'Neste frist', nn: 'Neste frist', en: 'Next deadline' },
  colCurrentEnd: { nb: 'Slutter', nn: 'Sluttar', en: 'Ends' },
  noRunning: {
    nb: 'Ingen andre løpende kontrakter.',
    nn: 'Ingen andre løpande kontraktar.',
    en: 'No other running contracts.',
  },
  phaseNormsHeading: {
    nb: 'Norm for tid i hver fase',
    nn: 'Norm for tid i kvar fase',
    en: 'Norm for time in each phase',
  },
  phaseNormsHelp: {
    nb: 'Hvor mange dager en sak kan stå i en fase før «Min oversikt» sier at den har stått stille. Kontorets eget valg; standardverdiene er et utgangspunkt (karensperioden er minst 10 dager over EØS-terskelverdien, FOA § 25-2).',
    nn: 'Kor mange dagar ei sak kan stå i ein fase før «Mi oversikt» seier at ho har stått stille. Kontoret vel sjølv; standardverdiane er eit utgangspunkt (karensperioden er minst 10 dagar over EØS-terskelverdien, FOA § 25-2).',
    en: 'How many days a case may stay in a phase before “My overview” says it has stalled. The office’s own choice; the defaults are a starting point (the standstill is at least 10 days above the EEA threshold, FOA § 25-2).',
  },
  phaseNormDays: { nb: '{phase} (dager)', nn: '{phase} (dagar)', en: '{phase} (days)' },
});
