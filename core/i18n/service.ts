import { defineMessages } from './messages.js';
import { awardMessages } from './award.js';
import { frameworkMessages } from './frameworks.js';
import { officeMessages } from './office.js';

// The service's messages (the contract's): validation issues, errors and
// warnings, in bokmål, nynorsk and English. Both transports send them in the
// caller's language (Accept-Language over HTTP, the renderer's choice over
// IPC). The renderer's own words are in renderer/src/i18n/.
export const serviceMessages = defineMessages({
  ...officeMessages,
  ...frameworkMessages,
  ...awardMessages,
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
  dialogueOnArchived: {
    nb: 'Saken er arkivert; hent den fram før du registrerer dialog.',
    nn: 'Saka er arkivert; hent henne fram før du registrerer dialog.',
    en: 'The case is archived; restore it before recording dialogue.',
  },
  roundNeedsDialogueProcedure: {
    nb: 'Dialog- og forhandlingsrunder hører til saker med konkurransepreget dialog, konkurranse med forhandling, innovasjonspartnerskap eller tilbudskonkurranse med dialog.',
    nn: 'Dialog- og forhandlingsrundar høyrer til saker med konkurranseprega dialog, konkurranse med forhandling, innovasjonspartnarskap eller tilbodskonkurranse med dialog.',
    en: 'Dialogue and negotiation rounds belong to cases using competitive dialogue, negotiation, an innovation partnership or a national competition with dialogue.',
  },
  roundItemNotShared: {
    nb: 'Spørsmål og svar i en dialog- eller forhandlingsrunde deles ikke med de andre deltakerne uten samtykke (FOA § 23-10 annet ledd, § 9-3 femte ledd). Før samtykket i runden i stedet.',
    nn: 'Spørsmål og svar i ein dialog- eller forhandlingsrunde blir ikkje delte med dei andre deltakarane utan samtykke (FOA § 23-10 andre ledd, § 9-3 femte ledd). Før samtykket i runden i staden.',
    en: 'Questions and answers in a dialogue or negotiation round are not shared with the other participants without consent (FOA § 23-10 (2), § 9-3 (5)). Record the consent in the round instead.',
  },
  consentNeedsScope: {
    nb: 'Et samtykke gjelder bestemte opplysninger: skriv hvilke.',
    nn: 'Eit samtykke gjeld bestemde opplysningar: skriv kva for nokre.',
    en: 'A consent covers particular information: say which.',
  },
  consentNeedsDate: {
    nb: 'Oppgi når samtykket ble gitt.',
    nn: 'Oppgi når samtykket vart gitt.',
    en: 'Say when the consent was given.',
  },
  roundNeedsNumber: {
    nb: 'Oppgi hvilken runde dette er.',
    nn: 'Oppgi kva runde dette er.',
    en: 'Say which round this is.',
  },
  roundOneSupplier: {
    nb: 'En dialogrunde føres med én leverandør om gangen.',
    nn: 'Ein dialogrunde blir ført med éin leverandør om gongen.',
    en: 'A dialogue round is recorded with one supplier at a time.',
  },
  roundNotPrequalified: {
    nb: 'Leverandøren er ikke prekvalifisert i denne saken.',
    nn: 'Leverandøren er ikkje prekvalifisert i denne saka.',
    en: 'The supplier is not prequalified in this case.',
  },
  dialogueClosed: {
    nb: 'Dialogen ble avsluttet {date}; nye runder kan ikke legges til.',
    nn: 'Dialogen vart avslutta {date}; nye rundar kan ikkje leggjast til.',
    en: 'The dialogue was closed on {date}; no new rounds can be added.',
  },
  notDialogueProcedure: {
    nb: 'Saken bruker ikke en prosedyre med dialog eller forhandling.',
    nn: 'Saka brukar ikkje ein prosedyre med dialog eller forhandling.',
    en: 'The case does not use a procedure with dialogue or negotiation.',
  },
  prequalifiedInRounds: {
    nb: '{name} har allerede hatt dialog- eller forhandlingsrunder og kan ikke fjernes.',
    nn: '{name} har allereie hatt dialog- eller forhandlingsrundar og kan ikkje fjernast.',
    en: '{name} has had dialogue or negotiation rounds already and cannot be removed.',
  },
  closeBeforeRounds: {
    nb: 'Dialogen kan ikke avsluttes før siste runde ({date}).',
    nn: 'Dialogen kan ikkje avsluttast før siste runde ({date}).',
    en: 'The dialogue cannot close before the last round ({date}).',
  },
  invitedBeforeClosed: {
    nb: 'Invitasjonen til endelige tilbud kan ikke være før dialogen ble avsluttet.',
    nn: 'Invitasjonen til endelege tilbod kan ikkje vere før dialogen vart avslutta.',
    en: 'The invitation to final tenders cannot be before the dialogue closed.',
  },
  askedByNotParticipant: {
    nb: 'Den som spurte må være en av leverandørene i aktiviteten.',
    nn: 'Den som spurde, må vere ein av leverandørane i aktiviteten.',
    en: 'The one who asked must be one of the suppliers in the activity.',
  },
  answerNeedsDate: {
    nb: 'Oppgi når svaret ble gitt.',
    nn: 'Oppgi når svaret vart gitt.',
    en: 'Say when the answer was given.',
  },
  answerDateNeedsAnswer: {
    nb: 'Skriv svaret, eller fjern datoen.',
    nn: 'Skriv svaret, eller fjern datoen.',
    en: 'Write the answer, or remove the date.',
  },
  answerBeforeActivity: {
    nb: 'Svaret kan ikke være gitt før aktiviteten ({date}).',
    nn: 'Svaret kan ikkje vere gitt før aktiviteten ({date}).',
    en: 'The answer cannot predate the activity ({date}).',
  },
  shareBeforeAnswer: {
    nb: 'Et svar kan ikke deles med alle før det er gitt.',
    nn: 'Eit svar kan ikkje delast med alle før det er gitt.',
    en: 'An answer cannot be shared with all before it has been given.',
  },
  shareBeforeAnswerDate: {
    nb: 'Svaret kan ikke være delt før det ble gitt ({date}).',
    nn: 'Svaret kan ikkje vere delt før det vart gitt ({date}).',
    en: 'The answer cannot have been shared before it was given ({date}).',
  },
  alreadyShared: {
    nb: 'Svaret er allerede delt med alle ({date}).',
    nn: 'Svaret er allereie delt med alle ({date}).',
    en: 'The answer was already shared with all ({date}).',
  },
  unsharedBeforeNotice: {
    nb: '{n} spørsmål og svar fra markedsdialogen er ikke gjort kjent for alle leverandører. Del dem først, eller skriv hvorfor saken likevel kan gå videre.',
    nn: '{n} spørsmål og svar frå marknadsdialogen er ikkje gjorde kjende for alle leverandørane. Del dei først, eller skriv kvifor saka likevel kan gå vidare.',
    en: '{n} questions and answers from the market dialogue have not been made known to all suppliers. Share them first, or say why the case may go on anyway.',
  },
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
  databaseUnavailable: {
    nb: 'Registeret er ikke åpnet: {problem}',
    nn: 'Registeret er ikkje opna: {problem}',
    en: 'The register is not open: {problem}',
  },
  backupNotFound: {
    nb: 'Fant ikke sikkerhetskopien {id}.',
    nn: 'Fann ikkje tryggingskopien {id}.',
    en: 'Backup {id} was not found.',
  },
  backupFailed: {
    nb: 'Sikkerhetskopien kunne ikke tas: {reason}. Registeret er ikke endret.',
    nn: 'Tryggingskopien kunne ikkje takast: {reason}. Registeret er ikkje endra.',
    en: 'The backup could not be made: {reason}. The register has not been changed.',
  },
  backupDamaged: {
    nb: 'Sikkerhetskopien {id} er skadet ({reason}) og kan ikke gjenopprettes. Velg en annen.',
    nn: 'Tryggingskopien {id} er skadd ({reason}) og kan ikkje gjenopprettast. Vel ein annan.',
    en: 'Backup {id} is damaged ({reason}) and cannot be restored. Choose another.',
  },
  restoreFailed: {
    nb: 'Sikkerhetskopien {id} kunne ikke legges inn ({reason}). Registeret er som før. Sjekk at mappen er tilgjengelig og at disken har plass, og prøv igjen.',
    nn: 'Tryggingskopien {id} kunne ikkje leggjast inn ({reason}). Registeret er som før. Sjekk at mappa er tilgjengeleg og at disken har plass, og prøv igjen.',
    en: 'Backup {id} could not be put in place ({reason}). The register is as it was. Check that the folder can be reached and the disk has room, and try again.',
  },
  backupTooNew: {
    nb: 'Sikkerhetskopien {id} er laget av en nyere versjon av Anskaff. Oppdater Anskaff først.',
    nn: 'Tryggingskopien {id} er laga av ein nyare versjon av Anskaff. Oppdater Anskaff først.',
    en: 'Backup {id} was made by a newer Anskaff. Update Anskaff first.',
  },
  backupFolderMissing: {
    nb: 'Mappen {folder} finnes ikke eller er ikke tilgjengelig. Sjekk at disken eller nettverksområdet er koblet til.',
    nn: 'Mappa {folder} finst ikkje eller er ikkje tilgjengeleg. Sjekk at disken eller nettverksområdet er kopla til.',
    en: 'The folder {folder} does not exist or cannot be reached. Check that the disk or network share is connected.',
  },
  backupFolderNotWritable: {
    nb: 'Anskaff kan ikke skrive i {folder}. Velg en mappe du har skrivetilgang til.',
    nn: 'Anskaff kan ikkje skrive i {folder}. Vel ei mappe du har skrivetilgang til.',
    en: 'Anskaff cannot write to {folder}. Choose a folder you can write to.',
  },
  backupFolderIsDataFolder: {
    nb: 'Velg en annen mappe enn datamappen; en ekstra kopi skal ligge et annet sted.',
    nn: 'Vel ei anna mappe enn datamappa; ein ekstra kopi skal liggje ein annan stad.',
    en: 'Choose a folder other than the data folder; an extra copy belongs somewhere else.',
  },
  backupFolderRelative: {
    nb: 'Skriv hele stien til mappen, f.eks. E:\\Sikkerhetskopi eller \\\\server\\felles\\anskaff.',
    nn: 'Skriv heile stien til mappa, t.d. E:\\Tryggingskopi eller \\\\server\\felles\\anskaff.',
    en: 'Write the full path of the folder, e.g. E:\\Backup or \\\\server\\share\\anskaff.',
  },
  importNotAmount: {
    nb: '«{value}» er ikke et beløp. Skriv f.eks. 1 300 000.',
    nn: '«{value}» er ikkje eit beløp. Skriv t.d. 1 300 000.',
    en: '"{value}" is not an amount. Write e.g. 1300000.',
  },
  importNotDate: {
    nb: '«{value}» er ikke en dato. Skriv f.eks. 25.11.2026.',
    nn: '«{value}» er ikkje ein dato. Skriv t.d. 25.11.2026.',
    en: '"{value}" is not a date. Write e.g. 25.11.2026 or 2026-11-25.',
  },
  importUnknownKind: {
    nb: '«{value}» er ikke en type anskaffelse. Bruk Varer, Tjenester, Bygg og anlegg, Helse- og sosialtjenester eller Særlige tjenester.',
    nn: '«{value}» er ikkje ein type anskaffing. Bruk Varer, Tenester, Bygg og anlegg, Helse- og sosialtenester eller Særlege tenester.',
    en: '"{value}" is not a kind of procurement. Use Goods, Services, Building and construction, Health and social services or Special services.',
  },
  importUnknownProcedure: {
    nb: '«{value}» er ikke en prosedyre Anskaff kjenner, f.eks. Åpen anbudskonkurranse eller Direkte anskaffelse.',
    nn: '«{value}» er ikkje ein prosedyre Anskaff kjenner, t.d. Open anbodskonkurranse eller Direkte anskaffing.',
    en: '"{value}" is not a procedure Anskaff knows, e.g. Open procedure or Direct award.',
  },
  importUnknownTheme: {
    nb: '«{value}» er ikke et av temaene i strategien (Klima og miljø, Bærekraft, Seriøsitet, Innovasjon, Digitalisering, Inkludering).',
    nn: '«{value}» er ikkje eitt av temaa i strategien (Klima og miljø, Berekraft, Seriøsitet, Innovasjon, Digitalisering, Inkludering).',
    en: '"{value}" is not one of the strategy\'s themes (Climate, Sustainability, Fair labour, Innovation, Digitalisation, Inclusion).',
  },
  importNotPercent: {
    nb: '«{value}» er ikke en prosent. Skriv f.eks. 30 %.',
    nn: '«{value}» er ikkje ein prosent. Skriv t.d. 30 %.',
    en: '"{value}" is not a percentage. Write e.g. 30 %.',
  },
  importNotYesNo: {
    nb: '«{value}» er verken ja eller nei.',
    nn: '«{value}» er verken ja eller nei.',
    en: '"{value}" is neither yes nor no.',
  },
  importDuplicateInRegister: {
    nb: '{value} finnes allerede i registeret; raden er ikke slått sammen med den.',
    nn: '{value} finst allereie i registeret; rada er ikkje slått saman med den.',
    en: '{value} is already in the register; the row has not been merged with it.',
  },
  importDuplicateInFile: {
    nb: '{value} står også i rad {row}.',
    nn: '{value} står òg i rad {row}.',
    en: '{value} is also in row {row}.',
  },
  importUnreadable: {
    nb: 'Filen {file} kunne ikke leses som {format}: {reason}',
    nn: 'Fila {file} kunne ikkje lesast som {format}: {reason}',
    en: 'The file {file} could not be read as {format}: {reason}',
  },
  importUnknownFormat: {
    nb: 'Anskaff leser regneark i formatene .xlsx og .csv. Lagre {file} som en av dem.',
    nn: 'Anskaff les rekneark i formata .xlsx og .csv. Lagre {file} som eitt av dei.',
    en: 'Anskaff reads spreadsheets as .xlsx and .csv. Save {file} as one of them.',
  },
  importNoSheet: {
    nb: 'Arket «{sheet}» finnes ikke i filen.',
    nn: 'Arket «{sheet}» finst ikkje i fila.',
    en: 'The sheet "{sheet}" is not in the file.',
  },
  importNoRows: {
    nb: 'Arket har ingen rader under overskriftene.',
    nn: 'Arket har ingen rader under overskriftene.',
    en: 'The sheet has no rows below the headings.',
  },
  importTooManyRows: {
    nb: 'Arket har {n:int} rader; Anskaff tar inn høyst {max:int} om gangen. Del det opp.',
    nn: 'Arket har {n:int} rader; Anskaff tek inn høgst {max:int} om gongen. Del det opp.',
    en: 'The sheet has {n:int} rows; Anskaff takes at most {max:int} at a time. Split it up.',
  },
  importTooManyCells: {
    nb: 'Arket har {rows:int} rader og {columns:int} kolonner, {cells:int} celler i alt; Anskaff tar inn høyst {max:int} celler om gangen. Del det opp, eller slett tomme kolonner til høyre.',
    nn: 'Arket har {rows:int} rader og {columns:int} kolonnar, {cells:int} celler i alt; Anskaff tek inn høgst {max:int} celler om gongen. Del det opp, eller slett tomme kolonnar til høgre.',
    en: 'The sheet has {rows:int} rows and {columns:int} columns, {cells:int} cells in all; Anskaff takes at most {max:int} cells at a time. Split it up, or delete empty columns on the right.',
  },
  importCellOutside: {
    nb: 'Cellen {ref} ligger utenfor arket: et regneark har kolonnene A til XFD og radene 1 til 1 048 576. Filen er skadet eller ikke laget av et regnearkprogram.',
    nn: 'Cella {ref} ligg utanfor arket: eit rekneark har kolonnane A til XFD og radene 1 til 1 048 576. Fila er skadd eller ikkje laga av eit reknearkprogram.',
    en: 'The cell {ref} lies outside the sheet: a spreadsheet has the columns A to XFD and the rows 1 to 1,048,576. The file is damaged or was not made by a spreadsheet program.',
  },
  importPartTooLarge: {
    nb: 'Regnearket {file} blir for stort når det pakkes ut (delen {part} blir over {max:int} MB). Del det opp i flere filer.',
    nn: 'Reknearket {file} blir for stort når det blir pakka ut (delen {part} blir over {max:int} MB). Del det opp i fleire filer.',
    en: 'The spreadsheet {file} is too large unpacked (the part {part} comes to over {max:int} MB). Split it into several files.',
  },
  importUnpackedTooLarge: {
    nb: 'Regnearket {file} blir for stort når det pakkes ut (over {max:int} MB til sammen). Del det opp i flere filer.',
    nn: 'Reknearket {file} blir for stort når det blir pakka ut (over {max:int} MB til saman). Del det opp i fleire filer.',
    en: 'The spreadsheet {file} is too large unpacked (over {max:int} MB in all). Split it into several files.',
  },
  importUnmapped: {
    nb: 'Velg kolonnen som har dette feltet.',
    nn: 'Vel kolonnen som har dette feltet.',
    en: 'Choose the column that holds this field.',
  },
  importHasProblems: {
    nb: '{n} rader har feil. Ingenting er lagt inn; rett feilene i regnearket og prøv igjen.',
    nn: '{n} rader har feil. Ingenting er lagt inn; rett feila i reknearket og prøv igjen.',
    en: '{n} rows have problems. Nothing was imported; correct the spreadsheet and try again.',
  },
  importBadColumn: {
    nb: 'Kolonne {col} finnes ikke i arket.',
    nn: 'Kolonne {col} finst ikkje i arket.',
    en: 'Column {col} is not in the sheet.',
  },
  importUnknownPhase: {
    nb: '«{value}» er ikke en fase Anskaff kjenner. Bruk en av disse: {phases}.',
    nn: '«{value}» er ikkje ein fase Anskaff kjenner. Bruk ein av desse: {phases}.',
    en: '"{value}" is not a phase Anskaff knows. Use one of these: {phases}.',
  },
  importPhaseMissing: {
    nb: 'Raden har datoer for faser, men ingen fase. Skriv hvilken fase saken er i.',
    nn: 'Rada har datoar for fasar, men ingen fase. Skriv kva fase saka er i.',
    en: 'The row has dates for phases but no phase. Write which phase the case is in.',
  },
  importPhaseDateAfterPhase: {
    nb: 'Saken er i fasen {current}, men raden har en dato for {phase}, som kommer senere. Rett fasen eller fjern datoen.',
    nn: 'Saka er i fasen {current}, men rada har ein dato for {phase}, som kjem seinare. Rett fasen eller fjern datoen.',
    en: 'The case is in the phase {current}, but the row has a date for {phase}, which comes later. Correct the phase or remove the date.',
  },
  importPhaseDateBefore: {
    nb: 'Datoen for {phase} ({date}) er før datoen for {previous} ({previousDate}). Fasene må ha datoer i rekkefølge.',
    nn: 'Datoen for {phase} ({date}) er før datoen for {previous} ({previousDate}). Fasane må ha datoar i rekkjefølgje.',
    en: 'The date for {phase} ({date}) is before the date for {previous} ({previousDate}). The phases must have their dates in order.',
  },
  importPhaseDateInFuture: {
    nb: 'Datoen for {phase} ({date}) er fram i tid. Skriv datoen saken kom dit, ikke en planlagt dato.',
    nn: 'Datoen for {phase} ({date}) er fram i tid. Skriv datoen saka kom dit, ikkje ein planlagd dato.',
    en: 'The date for {phase} ({date}) is in the future. Write the date the case got there, not a planned date.',
  },
  importFirstPhaseNotRegistered: {
    nb: 'Datoen for {phase} ({date}) er datoen saken ble registrert, men raden sier registrert {registered}. Bruk samme dato, eller fjern den ene.',
    nn: 'Datoen for {phase} ({date}) er datoen saka vart registrert, men rada seier registrert {registered}. Bruk same dato, eller fjern den eine.',
    en: 'The date for {phase} ({date}) is the date the case was registered, but the row says registered {registered}. Use the same date, or remove one of them.',
  },
  importPhaseSinceDiffers: {
    nb: 'Saken er i fasen {phase} siden {since}, men datoen for {phase} er {date}. Bruk samme dato, eller fjern den ene.',
    nn: 'Saka er i fasen {phase} sidan {since}, men datoen for {phase} er {date}. Bruk same dato, eller fjern den eine.',
    en: 'The case has been in the phase {phase} since {since}, but the date for {phase} is {date}. Use the same date, or remove one of them.',
  },
  importCancelledNeedsReason: {
    nb: 'En avlyst sak kan ikke tas inn fra regneark: avlysningen må ha en begrunnelse. Ta inn saken i fasen den var i, og avlys den så i saken.',
    nn: 'Ei avlyst sak kan ikkje takast inn frå rekneark: avlysinga må ha ei grunngiving. Ta inn saka i fasen ho var i, og avlys ho så i saka.',
    en: 'A cancelled case cannot be brought in from a spreadsheet: the cancellation needs a reason. Bring the case in at the phase it was in, then cancel it in the case.',
  },
  importPhaseDatedToday: {
    nb: 'Ingen dato for {phase}; saken får importdatoen {date} for fasen.',
    nn: 'Ingen dato for {phase}; saka får importdatoen {date} for fasen.',
    en: 'No date for {phase}; the case gets the import date {date} for the phase.',
  },
  importEventNote: { nb: 'Fra regnearket {file}', nn: 'Frå reknearket {file}', en: 'From the spreadsheet {file}' },
  importNothingValid: {
    nb: 'Ingen av radene er gyldige, så ingenting er lagt inn.',
    nn: 'Ingen av radene er gyldige, så ingenting er lagt inn.',
    en: 'None of the rows is valid, so nothing was imported.',
  },
  importRejectsErrorHeading: { nb: 'Feil', nn: 'Feil', en: 'Problems' },
  importRejectsRow: { nb: 'Rad {row}', nn: 'Rad {row}', en: 'Row {row}' },
  importRejectsSheet: { nb: 'Utelatte rader', nn: 'Utelatne rader', en: 'Rows left out' },
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
  bundleUnreadable: {
    nb: 'Filen {file} er ikke en Anskaff-pakke, eller den er skadet.',
    nn: 'Fila {file} er ikkje ein Anskaff-pakke, eller ho er skadd.',
    en: 'The file {file} is not an Anskaff bundle, or it is damaged.',
  },
  bundleTooLarge: {
    nb: 'Pakken {file} blir for stor når den pakkes ut (over {max:int} MB). Lag en pakke med færre saker.',
    nn: 'Pakken {file} blir for stor når han blir pakka ut (over {max:int} MB). Lag ein pakke med færre saker.',
    en: 'The bundle {file} is too large unpacked (over {max:int} MB). Make a bundle of fewer cases.',
  },
  bundleUnknownTables: {
    nb: 'Pakken {file} har tabeller Anskaff ikke kjenner ({tables}). Den er skadet, eller laget av en annen versjon av Anskaff. Ingenting er importert.',
    nn: 'Pakken {file} har tabellar Anskaff ikkje kjenner ({tables}). Han er skadd, eller laga av ein annan versjon av Anskaff. Ingenting er importert.',
    en: 'The bundle {file} has tables Anskaff does not know ({tables}). It is damaged, or made by another version of Anskaff. Nothing was imported.',
  },
  bundleInvalid: {
    nb: 'Pakken {file} kan ikke importeres: {where}, feltet «{field}»: {problem} Ingenting er importert.',
    nn: 'Pakken {file} kan ikkje importerast: {where}, feltet «{field}»: {problem} Ingenting er importert.',
    en: 'The bundle {file} cannot be imported: {where}, the field "{field}": {problem} Nothing was imported.',
  },
  bundleWhere: {
    nb: '{table} {label} (nr. {n} i pakken)',
    nn: '{table} {label} (nr. {n} i pakken)',
    en: '{table} {label} (no. {n} in the bundle)',
  },
  bundleWhereChild: {
    nb: '{record}, {table} nr. {n}',
    nn: '{record}, {table} nr. {n}',
    en: '{record}, {table} no. {n}',
  },
  bundleRefMissing: {
    nb: 'Viser til noe som verken er i pakken eller i dette registeret.',
    nn: 'Viser til noko som verken er i pakken eller i dette registeret.',
    en: 'Refers to something that is neither in the bundle nor in this register.',
  },
  bundleDuplicate: {
    nb: 'Står flere ganger i pakken.',
    nn: 'Står fleire gonger i pakken.',
    en: 'Appears more than once in the bundle.',
  },
  bundleNotItsUid: {
    nb: 'Stemmer ikke med postens nøkkel.',
    nn: 'Stemmer ikkje med nøkkelen til posten.',
    en: "Does not match the record's key.",
  },
  bundleFirstPhase: {
    nb: 'En sak begynner med fasen behovsavklaring, uten fase før.',
    nn: 'Ei sak byrjar med fasen behovsavklaring, utan nokon fase før.',
    en: 'A case begins with the phase needs assessment, with no phase before it.',
  },
  bundleFromPhase: {
    nb: 'Fasen før stemmer ikke med hendelsen foran.',
    nn: 'Fasen før stemmer ikkje med hendinga framfor.',
    en: 'The phase before does not match the event before it.',
  },
  bundleMergeCycle: {
    nb: 'Leverandørene {names} er slått sammen med hverandre i ring.',
    nn: 'Leverandørane {names} er slått saman med kvarandre i ring.',
    en: 'The suppliers {names} are merged into each other in a circle.',
  },
  bundleProtocolIncomplete: {
    nb: 'Pakken {file} kan ikke importeres: protokollen for sak {case} er merket ferdigstilt, men mangler {items}. Ingenting er importert.',
    nn: 'Pakken {file} kan ikkje importerast: protokollen for sak {case} er merkt ferdigstilt, men manglar {items}. Ingenting er importert.',
    en: 'The bundle {file} cannot be imported: the protocol of case {case} is marked final but lacks {items}. Nothing was imported.',
  },
  bundleConstraint: {
    nb: 'Pakken {file} kan ikke importeres: en post i den strider mot en annen ({detail}). Ingenting er importert.',
    nn: 'Pakken {file} kan ikkje importerast: ein post i han strir mot ein annan ({detail}). Ingenting er importert.',
    en: 'The bundle {file} cannot be imported: a record in it conflicts with another ({detail}). Nothing was imported.',
  },
  bundleTooNew: {
    nb: 'Pakken {file} er laget av en nyere versjon av Anskaff ({what}). Oppdater Anskaff på denne PC-en først.',
    nn: 'Pakken {file} er laga av ein nyare versjon av Anskaff ({what}). Oppdater Anskaff på denne PC-en først.',
    en: 'The bundle {file} was made by a newer Anskaff ({what}). Update Anskaff on this PC first.',
  },
  bundleUndecided: {
    nb: 'Velg for hver konflikt om du vil beholde denne PC-ens versjon eller ta pakkens ({n} uten valg). Ingenting er importert.',
    nn: 'Vel for kvar konflikt om du vil behalde versjonen på denne PC-en eller ta den i pakken ({n} utan val). Ingenting er importert.',
    en: "Choose for each conflict whether to keep this PC's version or take the bundle's ({n} without a choice). Nothing was imported.",
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
