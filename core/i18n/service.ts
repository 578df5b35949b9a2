import { defineMessages } from './messages.js';
import { awardMessages } from './award.js';
import { frameworkMessages } from './frameworks.js';
import { officeMessages } from './office.js';
import { dialogueMessages } from './dialogue.js';
import { backupMessages } from './backup.js';
import { importMessages } from './import.js';
import { bundleMessages } from './bundle.js';

// The service's messages (the contract's): validation issues, errors and
// warnings, in bokmål, nynorsk and English. Both transports send them in the
// caller's language (Accept-Language over HTTP, the renderer's choice over
// IPC). The renderer's own words are in renderer/src/i18n/.
export const serviceMessages = defineMessages({
  ...officeMessages,
  ...frameworkMessages,
  ...awardMessages,
  ...dialogueMessages,
  ...backupMessages,
  ...importMessages,
  ...bundleMessages,
  invalidInput: {
    nb: 'Noen felt er ikke fylt ut riktig ({n}).',
    nn: 'Nokre felt er ikkje fylte ut rett ({n}).',
    en: 'Some fields are not filled in correctly ({n}).',
  },
  required: { nb: 'Må fylles ut.', nn: 'Må fyllast ut.', en: 'Required.' },
  invalidType: { nb: 'Ugyldig verdi.', nn: 'Ugyldig verdi.', en: 'Invalid value.' },
  singleLine: { nb: 'Kan ikke ha linjeskift.', nn: 'Kan ikkje ha linjeskift.', en: 'Cannot contain line breaks.' },
  tooShort: { nb: 'Må ha minst {min} tegn.', nn: 'Må ha minst {min} teikn.', en: 'Must be at least {min} characters.' },
  tooLong: { nb: 'Kan ha høyst {max} tegn.', nn: 'Kan ha høgst {max} teikn.', en: 'Must be at most {max} characters.' },
  tooSmall: { nb: 'Må være minst {min}.', nn: 'Må vere minst {min}.', en: 'Must be at least {min}.' },
  tooBig: { nb: 'Kan være høyst {max}.', nn: 'Kan vere høgst {max}.', en: 'Must be at most {max}.' },
  notInteger: { nb: 'Må være et helt tall.', nn: 'Må vere eit heilt tal.', en: 'Must be a whole number.' },
  tooFewItems: { nb: 'Velg minst {min}.', nn: 'Vel minst {min}.', en: 'Choose at least {min}.' },
  tooManyItems: { nb: 'Kan ha høyst {max} valg.', nn: 'Kan ha høgst {max} val.', en: 'At most {max} choices.' },
  invalidOption: { nb: 'Ugyldig valg.', nn: 'Ugyldig val.', en: 'Not one of the allowed choices.' },
  unknownField: { nb: 'Ukjent felt: {keys}.', nn: 'Ukjent felt: {keys}.', en: 'Unknown field: {keys}.' },
  invalidDate: {
    nb: 'Må være en gyldig dato, f.eks. 25.11.2026.',
    nn: 'Må vere ein gyldig dato, t.d. 25.11.2026.',
    en: 'Must be a valid date, e.g. 25/11/2026.',
  },
  dialogueHeldInFuture: {
    nb: 'En gjennomført aktivitet kan ikke ha en dato fram i tid. Er den ikke holdt ennå, velg «Planlagt».',
    nn: 'Ein gjennomført aktivitet kan ikkje ha ein dato fram i tid. Er han ikkje halden enno, vel «Planlagd».',
    en: 'A held activity cannot have a date in the future. If it has not taken place yet, choose "Planned".',
  },
  dialogueMinutesNotHeld: {
    nb: 'Referat kan skrives når aktiviteten er gjennomført.',
    nn: 'Referat kan skrivast når aktiviteten er gjennomført.',
    en: 'Minutes can be written once the activity has been held.',
  },
  dialogueAttendedNotHeld: {
    nb: 'Ingen kan ha deltatt i en aktivitet som ikke er gjennomført.',
    nn: 'Ingen kan ha delteke i ein aktivitet som ikkje er gjennomført.',
    en: 'No one can have attended an activity that has not been held.',
  },
  moneyNotAnAmount: {
    nb: 'Kan ikke leses som et beløp. Skriv for eksempel 1 800 000, 1,8 mill. eller 250.000 kr.',
    nn: 'Kan ikkje lesast som eit beløp. Skriv til dømes 1 800 000, 1,8 mill. eller 250.000 kr.',
    en: 'Cannot be read as an amount. Write for example 1 800 000, 1.8 million or NOK 250,000.',
  },
  moneyNotWhole: {
    nb: 'Beløpet må være hele kroner, uten øre.',
    nn: 'Beløpet må vere heile kroner, utan øre.',
    en: 'The amount must be whole kroner, without øre.',
  },
  moneyTooLarge: {
    nb: 'Beløpet er for stort (høyst 13 sifre).',
    nn: 'Beløpet er for stort (høgst 13 siffer).',
    en: 'The amount is too large (at most 13 digits).',
  },
  caseNumberFormat: {
    nb: 'Saksnummer skrives som år/løpenummer, f.eks. 2026/1234.',
    nn: 'Saksnummer skal skrivast som år/løpenummer, t.d. 2026/1234.',
    en: 'Case number is year/sequence, e.g. 2026/1234.',
  },
  duplicateThemes: {
    nb: 'Hvert tema kan bare velges én gang.',
    nn: 'Kvart tema kan berre veljast éin gong.',
    en: 'Each theme can be chosen only once.',
  },
  invalidCursor: {
    nb: 'Ugyldig sidemarkør; start listen på nytt.',
    nn: 'Ugyldig sidemarkør; start lista på nytt.',
    en: 'Invalid page cursor; reload the list.',
  },
  orgnrFormat: {
    nb: 'Organisasjonsnummer har ni siffer.',
    nn: 'Eit organisasjonsnummer har ni siffer.',
    en: 'An organisation number has nine digits.',
  },
  orgnrCheckDigit: {
    nb: 'Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.',
    nn: 'Kontrollsifferet stemmer ikkje; sjekk at alle siffera er rette.',
    en: 'The check digit does not match; check every digit.',
  },
  orgnrNoValidCheckDigit: {
    nb: 'Dette er ikke et gyldig organisasjonsnummer.',
    nn: 'Dette er ikkje eit gyldig organisasjonsnummer.',
    en: 'This is not a valid organisation number.',
  },
  emailFormat: {
    nb: 'Skriv en gyldig e-postadresse, f.eks. navn@firma.no.',
    nn: 'Skriv ei gyldig e-postadresse, t.d. namn@firma.no.',
    en: 'Enter a valid e-mail address, e.g. name@company.no.',
  },
  phoneFormat: {
    nb: 'Telefonnummer kan bare ha sifre, mellomrom, +, - og parenteser.',
    nn: 'Eit telefonnummer kan berre ha siffer, mellomrom, +, - og parentesar.',
    en: 'A phone number can only have digits, spaces, +, - and brackets.',
  },
  postalCodeFormat: {
    nb: 'Postnummer har fire siffer.',
    nn: 'Eit postnummer har fire siffer.',
    en: 'A postal code has four digits.',
  },
  timeFormat: {
    nb: 'Klokkeslett skrives tt:mm, f.eks. 09:30.',
    nn: 'Klokkeslett skal skrivast tt:mm, t.d. 09:30.',
    en: 'Time is hh:mm, e.g. 09:30.',
  },
  duplicateSupplier: {
    nb: 'Samme leverandør står flere ganger.',
    nn: 'Same leverandør står fleire gonger.',
    en: 'The same supplier is listed more than once.',
  },
  mergeSame: {
    nb: 'Velg to forskjellige leverandører.',
    nn: 'Vel to ulike leverandørar.',
    en: 'Choose two different suppliers.',
  },
  orgnrTaken: {
    nb: 'Organisasjonsnummeret er allerede registrert på {name}.',
    nn: 'Organisasjonsnummeret er allereie registrert på {name}.',
    en: 'The organisation number is already registered for {name}.',
  },
  supplierMerged: {
    nb: 'Leverandøren er slått sammen med en annen og kan ikke endres.',
    nn: 'Leverandøren er slått saman med ein annan og kan ikkje endrast.',
    en: 'The supplier was merged into another and cannot be changed.',
  },
  supplierUnknown: { nb: 'Ukjent leverandør ({id}).', nn: 'Ukjend leverandør ({id}).', en: 'Unknown supplier ({id}).' },
  cpvFormat: {
    nb: 'En CPV-kode har åtte siffer, f.eks. 90910000.',
    nn: 'Ein CPV-kode har åtte siffer, t.d. 90910000.',
    en: 'A CPV code has eight digits, e.g. 90910000.',
  },
  cpvUnknown: {
    nb: 'CPV-koden {code} finnes ikke i CPV 2008.',
    nn: 'CPV-koden {code} finst ikkje i CPV 2008.',
    en: 'The CPV code {code} is not in CPV 2008.',
  },
  duplicateSections: {
    nb: 'Hver del kan bare tas med én gang.',
    nn: 'Kvar del kan berre takast med éin gong.',
    en: 'Each section can be included only once.',
  },
  periodEndsBeforeStart: {
    nb: 'Perioden må slutte samme dag som den begynner eller senere.',
    nn: 'Perioden må slutte same dag som han byrjar, eller seinare.',
    en: 'The period must end on or after the day it begins.',
  },
  climateExemptNeedsJustification: {
    nb: 'Unntaket i FOA § 7-9 femte ledd gjelder bare når det er begrunnet i anskaffelsesdokumentene: skriv hvorfor klimaavtrykket og miljøbelastningen er uvesentlig.',
    nn: 'Unntaket i FOA § 7-9 femte ledd gjeld berre når det er grunngitt i anskaffingsdokumenta: skriv kvifor klimaavtrykket og miljøbelastninga er uvesentleg.',
    en: 'The exemption in FOA § 7-9 (5) applies only when justified in the procurement documents: say why the footprint and environmental burden are insignificant.',
  },
  climateRequirementsNeedJustification: {
    nb: 'Krav i kravspesifikasjonen kan erstatte vektingen bare når det klart gir bedre klima- og miljøeffekt og det er begrunnet (FOA § 7-9 fjerde ledd): skriv begrunnelsen.',
    nn: 'Krav i kravspesifikasjonen kan erstatte vektinga berre når det klart gir betre klima- og miljøeffekt og det er grunngitt (FOA § 7-9 fjerde ledd): skriv grunngivinga.',
    en: 'Requirements in the specification can replace the weight only where that clearly gives a better effect and is justified (FOA § 7-9 (4)): write the justification.',
  },
  strategyYears: {
    nb: 'Perioden må slutte samme år som den begynner eller senere.',
    nn: 'Perioden må slutte same år som han byrjar, eller seinare.',
    en: 'The period must end in or after the year it begins.',
  },
  strategyTooLong: {
    nb: 'En strategiperiode kan være høyst 11 år.',
    nn: 'Ein strategiperiode kan vere høgst 11 år.',
    en: 'A strategy period can be at most 11 years.',
  },
  shareTarget: {
    nb: 'Et mål for en andel må ligge mellom 0 og 100 %.',
    nn: 'Eit mål for ein del må liggje mellom 0 og 100 %.',
    en: 'A target for a share must be between 0 and 100 %.',
  },
  paySectorMissing: {
    nb: 'Oppgi bransjen: kontrakten er over terskelverdien i forskrift om lønns- og arbeidsvilkår (§ 4), og plikten gjelder når bransjen har en allmenngjort eller landsomfattende tariffavtale (§ 5a).',
    nn: 'Oppgi bransjen: kontrakten er over terskelverdien i forskrift om løns- og arbeidsvilkår (§ 4), og plikta gjeld når bransjen har ein allmenngjord eller landsomfattande tariffavtale (§ 5a).',
    en: 'Record the sector: the contract is above the threshold of the pay-and-conditions regulation (§ 4), and the duty applies where the sector has a generally applicable or nationwide collective agreement (§ 5a).',
  },
  apprenticeDecisionMissing: {
    nb: 'Lærlingforskriften gjelder kontrakten (verdi og varighet over tre måneder): registrer om krav om lærlinger er stilt, eller hvorfor ikke (§ 6).',
    nn: 'Lærlingforskrifta gjeld kontrakten (verdi og varigheit over tre månader): registrer om det er stilt krav om lærlingar, eller kvifor ikkje (§ 6).',
    en: 'The apprentice regulation covers the contract (value, and over three months): record whether apprentices were required, or why not (§ 6).',
  },
  contractNeedsAward: {
    nb: 'En kontrakt kan bare registreres på en sak som er tildelt.',
    nn: 'Ein kontrakt kan berre registrerast på ei sak som er tildelt.',
    en: 'A contract can only be recorded on an awarded case.',
  },
  endBeforeStart: {
    nb: 'Sluttdatoen kan ikke være før startdatoen.',
    nn: 'Sluttdatoen kan ikkje vere før startdatoen.',
    en: 'The end date cannot be before the start date.',
  },
  optionDecideAfterEnd: {
    nb: 'Opsjon {seq}: må avgjøres senest når perioden den forlenger slutter ({date}).',
    nn: 'Opsjon {seq}: må avgjerast seinast når perioden han forlengjer, sluttar ({date}).',
    en: 'Option {seq}: must be decided by the end of the period it extends ({date}).',
  },
  optionUnknown: {
    nb: 'Kontrakten har ingen opsjon {seq}.',
    nn: 'Kontrakten har ingen opsjon {seq}.',
    en: 'The contract has no option {seq}.',
  },
  optionDecided: {
    nb: 'Opsjon {seq}: er allerede avgjort.',
    nn: 'Opsjon {seq}: er allereie avgjord.',
    en: 'Option {seq}: has already been decided.',
  },
  optionOutOfOrder: {
    nb: 'Opsjon {seq}: opsjonene brukes i rekkefølge; avgjør opsjon {first} først.',
    nn: 'Opsjon {seq}: opsjonane blir brukte i rekkjefølgje; avgjer opsjon {first} først.',
    en: 'Option {seq}: options are used in order; decide option {first} first.',
  },
  optionAfterDecline: {
    nb: 'Opsjon {seq}: en tidligere opsjon er ikke brukt, så denne kan ikke brukes.',
    nn: 'Opsjon {seq}: ein tidlegare opsjon er ikkje brukt, så denne kan ikkje brukast.',
    en: 'Option {seq}: an earlier option was not used, so this one cannot be.',
  },
  optionDateInFuture: {
    nb: 'Opsjon {seq}: beslutningsdatoen kan ikke være fram i tid.',
    nn: 'Opsjon {seq}: avgjerdsdatoen kan ikkje vere fram i tid.',
    en: 'Option {seq}: the decision date cannot be in the future.',
  },
  optionNotDecided: {
    nb: 'Opsjon {seq}: er ikke avgjort, så det er ingen beslutning å angre.',
    nn: 'Opsjon {seq}: er ikkje avgjord, så det er inga avgjerd å angre.',
    en: 'Option {seq}: has not been decided, so there is no decision to undo.',
  },
  optionLaterDecided: {
    nb: 'Opsjon {seq}: angre beslutningen om opsjon {later} først.',
    nn: 'Opsjon {seq}: angre avgjerda om opsjon {later} først.',
    en: 'Option {seq}: undo the decision on option {later} first.',
  },
  optionPeriodStarted: {
    nb: 'Opsjon {seq}: perioden startet {date}; fra den dagen kan beslutningen ikke lenger angres.',
    nn: 'Opsjon {seq}: perioden starta {date}; frå den dagen kan avgjerda ikkje lenger angrast.',
    en: 'Option {seq}: its period started on {date}; from that day the decision can no longer be undone.',
  },
  optionDecidedLocked: {
    nb: 'Opsjon {seq}: er avgjort og kan ikke endres eller fjernes; angre beslutningen først.',
    nn: 'Opsjon {seq}: er avgjord og kan ikkje endrast eller fjernast; angre avgjerda først.',
    en: 'Option {seq}: has been decided and cannot be changed or removed; undo the decision first.',
  },
  contractTerminated: {
    nb: 'Kontrakten er hevet og kan ikke endres.',
    nn: 'Kontrakten er heva og kan ikkje endrast.',
    en: 'The contract is terminated and cannot be changed.',
  },
  riskNeedsLevel: { nb: 'Velg risikonivå.', nn: 'Vel risikonivå.', en: 'Choose the risk level.' },
  controlNeedsFindings: {
    nb: 'Skriv hva kontrollen fant.',
    nn: 'Skriv kva kontrollen fann.',
    en: 'Write what the control found.',
  },
  sanctionNeedsType: { nb: 'Velg sanksjon.', nn: 'Vel sanksjon.', en: 'Choose the sanction.' },
  notFound: { nb: 'Fant ikke {what}.', nn: 'Fann ikkje {what}.', en: '{what} not found.' },
  unknownMethod: { nb: 'Ukjent metode: {method}.', nn: 'Ukjend metode: {method}.', en: 'Unknown method: {method}.' },
  staleVersion: {
    nb: 'Saken er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Saka er endra av nokon andre sidan du opna henne. Last inn på nytt og gjer endringa di igjen.',
    en: 'The case was changed by someone else since you opened it. Reload it and make your change again.',
  },
  staleSupplier: {
    nb: 'Leverandøren er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Leverandøren er endra av nokon andre sidan du opna han. Last inn på nytt og gjer endringa di igjen.',
    en: 'The supplier was changed by someone else since you opened it. Reload it and make your change again.',
  },
  staleContract: {
    nb: 'Kontrakten er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Kontrakten er endra av nokon andre sidan du opna han. Last inn på nytt og gjer endringa di igjen.',
    en: 'The contract was changed by someone else since you opened it. Reload it and make your change again.',
  },
  staleDialogue: {
    nb: 'Dialogaktiviteten er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Dialogaktiviteten er endra av nokon andre sidan du opna han. Last inn på nytt og gjer endringa di igjen.',
    en: 'The dialogue activity was changed by someone else since you opened it. Reload it and make your change again.',
  },
  staleDialogueItem: {
    nb: 'Spørsmålet er endret av noen andre siden du åpnet det. Last inn på nytt og gjør endringen igjen.',
    nn: 'Spørsmålet er endra av nokon andre sidan du opna det. Last inn på nytt og gjer endringa di igjen.',
    en: 'The question was changed by someone else since you opened it. Reload it and make your change again.',
  },
  staleStrategy: {
    nb: 'Strategien er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Strategien er endra av nokon andre sidan du opna han. Last inn på nytt og gjer endringa di igjen.',
    en: 'The strategy was changed by someone else since you opened it. Reload it and make your change again.',
  },
  staleProtocol: {
    nb: 'Protokollen er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Protokollen er endra av nokon andre sidan du opna han. Last inn på nytt og gjer endringa di igjen.',
    en: 'The protocol was changed by someone else since you opened it. Reload it and make your change again.',
  },
  recordName: {
    select: 'record',
    options: {
      case: { nb: 'sak {id}', nn: 'sak {id}', en: 'Case {id}' },
      supplier: { nb: 'leverandør {id}', nn: 'leverandør {id}', en: 'Supplier {id}' },
      dialogue: { nb: 'dialogaktivitet {id}', nn: 'dialogaktivitet {id}', en: 'Dialogue activity {id}' },
      question: { nb: 'spørsmål {id}', nn: 'spørsmål {id}', en: 'Question {id}' },
      contract: { nb: 'kontrakt {id}', nn: 'kontrakt {id}', en: 'Contract {id}' },
      callOff: { nb: 'avrop {id}', nn: 'avrop {id}', en: 'Call-off {id}' },
      strategy: { nb: 'strategi {id}', nn: 'strategi {id}', en: 'Strategy {id}' },
      thresholdPeriod: { nb: 'terskelverdiperiode {id}', nn: 'terskelverdiperiode {id}', en: 'Threshold period {id}' },
    },
  },
  caseArchived: {
    nb: 'Saken er arkivert og kan ikke endres. Hent den fram igjen først.',
    nn: 'Saka er arkivert og kan ikkje endrast. Hent henne fram igjen først.',
    en: 'The case is archived and cannot be changed. Restore it first.',
  },
  caseNumberTaken: {
    nb: 'Saksnummer {caseNumber} er allerede brukt av en annen sak.',
    nn: 'Saksnummer {caseNumber} er allereie brukt av ei anna sak.',
    en: 'Case number {caseNumber} is already used by another case.',
  },
  demoNotEmpty: {
    nb: 'Demodata kan bare legges inn i en tom database.',
    nn: 'Demodata kan berre leggjast inn i ein tom database.',
    en: 'Demo data can only be added to an empty database.',
  },
  invalidJson: {
    nb: 'Forespørselen er ikke gyldig JSON.',
    nn: 'Førespurnaden er ikkje gyldig JSON.',
    en: 'The request is not valid JSON.',
  },
  unauthorized: {
    nb: 'Økten er utløpt eller mangler. Åpne Anskaff på nytt fra adressen i terminalen der Anskaff ble startet.',
    nn: 'Økta har gått ut eller manglar. Opne Anskaff på nytt frå adressa i terminalen der Anskaff vart starta.',
    en: 'The session has expired or is missing. Open Anskaff again from the address in the terminal where Anskaff was started.',
  },
  invalidAddress: { nb: 'Adressen er ugyldig.', nn: 'Adressa er ugyldig.', en: 'The address is not valid.' },
  bodyTooLarge: { nb: 'Forespørselen er for stor.', nn: 'Førespurnaden er for stor.', en: 'The request is too large.' },
  ocdsNeedsOrganisation: {
    nb: 'Skriv inn kommunens navn og organisasjonsnummer under Innstillinger først; OCDS oppgir kjøperen med dem.',
    nn: 'Skriv inn namnet og organisasjonsnummeret til kommunen under Innstillingar først; OCDS oppgir kjøparen med dei.',
    en: "Enter the municipality's name and organisation number under Settings first; OCDS names the buyer by them.",
  },
  ocidPrefixFormat: {
    nb: 'Et OCID-prefiks er «ocds-» og seks små bokstaver eller sifre, f.eks. ocds-abc123.',
    nn: 'Eit OCID-prefiks er «ocds-» og seks små bokstavar eller siffer, t.d. ocds-abc123.',
    en: 'An OCID prefix is "ocds-" and six lower-case letters or digits, e.g. ocds-abc123.',
  },
  ocdsNoCases: {
    nb: 'Ingen saker å eksportere i det valgte utvalget.',
    nn: 'Ingen saker å eksportere i det valde utvalet.',
    en: 'No cases to export in the chosen selection.',
  },
  printExpired: {
    nb: 'Utskriften er utløpt. Lag den på nytt.',
    nn: 'Utskrifta har gått ut. Lag henne på nytt.',
    en: 'The print has expired. Make it again.',
  },
  protocolMissing: {
    nb: 'Protokollen kan ikke ferdigstilles før dette er fylt ut: {items}.',
    nn: 'Protokollen kan ikkje ferdigstillast før dette er fylt ut: {items}.',
    en: 'The protocol cannot be finalised until this is filled in: {items}.',
  },
  protocolNotSaved: {
    nb: 'Lagre protokollen før du ferdigstiller den.',
    nn: 'Lagre protokollen før du ferdigstiller han.',
    en: 'Save the protocol before finalising it.',
  },
  printNotReady: {
    nb: 'Rapporten ble ikke klar til utskrift innen {seconds} sekunder, og ingenting ble skrevet ut. Prøv igjen; hjelper ikke det, velg en kortere periode.',
    nn: 'Rapporten vart ikkje klar til utskrift innan {seconds} sekund, og ingenting vart skrive ut. Prøv igjen; hjelper ikkje det, vel ein kortare periode.',
    en: 'The report was not ready to print within {seconds} seconds, and nothing was printed. Try again; if that does not help, choose a shorter period.',
  },
  saveFailed: {
    nb: 'Filen kunne ikke lagres som {file}: {reason}. Velg en annen mappe, eller sjekk at disken ikke er full.',
    nn: 'Fila kunne ikkje lagrast som {file}: {reason}. Vel ei anna mappe, eller sjekk at disken ikkje er full.',
    en: 'The file could not be saved as {file}: {reason}. Choose another folder, or check that the disk is not full.',
  },
  printFailed: {
    nb: 'Rapporten kunne ikke skrives ut: {reason}',
    nn: 'Rapporten kunne ikkje skrivast ut: {reason}',
    en: 'The report could not be printed: {reason}',
  },
  thresholdBeforeShipped: {
    nb: 'En ny periode må begynne etter {date}, da den siste perioden Anskaff kjenner trådte i kraft.',
    nn: 'Ein ny periode må byrje etter {date}, då den siste perioden Anskaff kjenner, tok til å gjelde.',
    en: 'A new period must begin after {date}, when the newest period Anskaff knows came into force.',
  },
  thresholdNationalBelowMinimum: {
    nb: 'Må være høyere enn nedre grense for forskriften.',
    nn: 'Må vere høgare enn den nedre grensa for forskrifta.',
    en: "Must be higher than the regulation's lower limit.",
  },
  thresholdEeaBelowNational: {
    nb: 'En EØS-terskelverdi må være høyere enn den nasjonale terskelverdien.',
    nn: 'Ein EØS-terskelverdi må vere høgare enn den nasjonale terskelverdien.',
    en: 'An EEA threshold must be higher than the national threshold.',
  },
  thresholdDateTaken: {
    nb: 'Kontoret har allerede lagt inn en periode fra denne datoen. Trekk den tilbake først.',
    nn: 'Kontoret har allereie lagt inn ein periode frå denne datoen. Trekk han tilbake først.',
    en: 'The office already entered a period from this date. Withdraw it first.',
  },
  urlFormat: {
    nb: 'Skriv en hel nettadresse, f.eks. https://lovdata.no/…',
    nn: 'Skriv ei heil nettadresse, t.d. https://lovdata.no/…',
    en: 'Write a full web address, e.g. https://lovdata.no/…',
  },
  internal: {
    nb: 'Noe gikk galt i Anskaff. Ingenting ble lagret. Prøv igjen.',
    nn: 'Noko gjekk gale i Anskaff. Ingenting vart lagra. Prøv igjen.',
    en: 'Something went wrong in Anskaff. Nothing was saved. Try again.',
  },

  transition_samePhase: {
    nb: 'Saken er allerede i denne fasen.',
    nn: 'Saka er allereie i denne fasen.',
    en: 'The case is already in this phase.',
  },
  transition_fromTerminal: {
    nb: 'Saken er avsluttet eller avlyst og kan ikke flyttes.',
    nn: 'Saka er avslutta eller avlyst og kan ikkje flyttast.',
    en: 'The case is closed or cancelled and cannot be moved.',
  },
  transition_cancelNeedsReason: {
    nb: 'Skriv hvorfor saken avlyses.',
    nn: 'Skriv kvifor saka blir avlyst.',
    en: 'Say why the case is cancelled.',
  },
  transition_backwardNeedsNote: {
    nb: 'Skriv hvorfor saken flyttes tilbake.',
    nn: 'Skriv kvifor saka blir flytt tilbake.',
    en: 'Say why the case is moved back.',
  },
  transition_dateBeforeLastEvent: {
    nb: 'Datoen kan ikke være før forrige hendelse ({date}).',
    nn: 'Datoen kan ikkje vere før den førre hendinga ({date}).',
    en: 'The date cannot be before the previous event ({date}).',
  },
  transition_dateInFuture: {
    nb: 'Datoen kan ikke være fram i tid.',
    nn: 'Datoen kan ikkje vere fram i tid.',
    en: 'The date cannot be in the future.',
  },

  warn_noThresholds: {
    nb: 'Ingen terskelverdier er registrert for {date}.',
    nn: 'Ingen terskelverdiar er registrerte for {date}.',
    en: 'No threshold values are recorded for {date}.',
  },
  warn_lastKnownThresholds: {
    nb: 'Anskaff bruker terskelverdiene som gjelder fra {from} ({regulation}), sist kontrollert {checked}. Nyere terskelverdier kan gjelde for {date}: sjekk lovdata.no, og legg dem inn under Innstillinger.',
    nn: 'Anskaff brukar terskelverdiane som gjeld frå {from} ({regulation}), sist kontrollerte {checked}. Nyare terskelverdiar kan gjelde for {date}: sjekk lovdata.no, og legg dei inn under Innstillingar.',
    en: 'Anskaff applies the thresholds in force from {from} ({regulation}), last checked {checked}. Newer thresholds may apply on {date}: check lovdata.no and enter them under Settings.',
  },
  warn_lastKnownThresholdsThrough: {
    nb: 'Anskaff bruker terskelverdiene som gjelder fra {from} ({regulation}), sist kontrollert {checked}. Rapporten omtaler datoer fram til {date}, og nyere terskelverdier kan gjelde før den tid: sjekk lovdata.no, og legg dem inn under Innstillinger.',
    nn: 'Anskaff brukar terskelverdiane som gjeld frå {from} ({regulation}), sist kontrollerte {checked}. Rapporten omtalar datoar fram til {date}, og nyare terskelverdiar kan gjelde før den tid: sjekk lovdata.no, og legg dei inn under Innstillingar.',
    en: 'Anskaff applies the thresholds in force from {from} ({regulation}), last checked {checked}. The report covers dates up to {date}, and newer thresholds may apply before then: check lovdata.no and enter them under Settings.',
  },
  warn_officeThresholds: {
    nb: 'Terskelverdiene fra {from} er lagt inn av kontoret ({regulation}), ikke levert med Anskaff.',
    nn: 'Terskelverdiane frå {from} er lagde inn av kontoret ({regulation}), ikkje leverte med Anskaff.',
    en: 'The thresholds from {from} were entered by the office ({regulation}), not shipped with Anskaff.',
  },
  warn_eeaUnknown: {
    nb: 'EØS-terskelverdien for denne typen er ikke registrert for {date}.',
    nn: 'EØS-terskelverdien for denne typen er ikkje registrert for {date}.',
    en: 'The EEA threshold for this kind is not recorded for {date}.',
  },
  warn_procedureNotAllowed: {
    nb: '{procedure} er ikke en tillatt prosedyre etter {regime}.',
    nn: '{procedure} er ikkje ein tillaten prosedyre etter {regime}.',
    en: '{procedure} is not an allowed procedure under {regime}.',
  },
  warn_groundMissing: {
    nb: '{procedure} er etter {regime} bare lovlig når et vilkår i {section} er oppfylt. Velg vilkåret saken bygger på, og begrunn det.',
    nn: '{procedure} er etter {regime} berre lovleg når eit vilkår i {section} er oppfylt. Vel vilkåret saka byggjer på, og grunngi det.',
    en: '{procedure} is lawful under {regime} only when a condition in {section} is met. Choose the condition the case rests on, and say why it is met.',
  },
  warn_splitting: {
    nb: 'Saker i samme CPV-gruppe ({group}) og avdeling innen tolv måneder er til sammen {sum} ({n} saker: {cases}). Summen er over {level} på {threshold}, som hver sak alene er under. En kontrakt skal ikke deles opp for å unnta den fra forskriften (FOA § 5-4 fjerde ledd): vurder om dette er én anskaffelse.',
    nn: 'Saker i same CPV-gruppe ({group}) og avdeling innanfor tolv månader er til saman {sum} ({n} saker: {cases}). Summen er over {level} på {threshold}, som kvar sak åleine er under. Ein kontrakt skal ikkje delast opp for å unnta han frå forskrifta (FOA § 5-4 fjerde ledd): vurder om dette er éi anskaffing.',
    en: 'Cases in the same CPV group ({group}) and department within twelve months add up to {sum} ({n} cases: {cases}). The sum is above {level} of {threshold}, which each case alone stays under. A contract may not be split to take it outside the regulation (FOA § 5-4 (4)): consider whether this is one procurement.',
  },
  splittingLevel: {
    select: 'level',
    options: {
      minimum: {
        nb: 'forskriftens nedre grense',
        nn: 'den nedre grensa for forskrifta',
        en: "the regulation's lower limit",
      },
      national: {
        nb: 'den nasjonale terskelverdien',
        nn: 'den nasjonale terskelverdien',
        en: 'the national threshold',
      },
      eea: { nb: 'EØS-terskelverdien', nn: 'EØS-terskelverdien', en: 'the EEA threshold' },
    },
  },
  warn_designContestNotice: {
    nb: 'FOA § 5-1 femte ledd lar del V gjelde fra {partV}, men § 31-2 annet ledd krever kunngjøring i Doffin av plan- og designkonkurranser fra {national}. Forskriften er ikke entydig her: kunngjør nasjonalt for sikkerhets skyld.',
    nn: 'FOA § 5-1 femte ledd lèt del V gjelde frå {partV}, men § 31-2 andre ledd krev kunngjering i Doffin av plan- og designkonkurransar frå {national}. Forskrifta er ikkje eintydig her: kunngjer nasjonalt for sikkerheits skuld.',
    en: 'FOA § 5-1 (5) applies part V from {partV}, but § 31-2 (2) requires a Doffin notice of design contests from {national}. The regulation is not consistent here: publish a national notice to be safe.',
  },
});
