// Messages the service and the rules produce for people: validation issues,
// errors and warnings, in Norwegian bokmål (default) and English. The
// renderer's own UI strings live in renderer/; these are the contract's.
import { formatAmount } from './format.js';
export const locales = ['nb', 'en'] as const;
export type Locale = (typeof locales)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

type Params = Record<string, string | number>;
const catalogue = {
  invalidInput: { nb: 'Noen felt er ikke fylt ut riktig ({n}).', en: 'Some fields are not filled in correctly ({n}).' },
  required: { nb: 'Må fylles ut.', en: 'Required.' },
  invalidType: { nb: 'Ugyldig verdi.', en: 'Invalid value.' },
  singleLine: { nb: 'Kan ikke ha linjeskift.', en: 'Cannot contain line breaks.' },
  tooShort: { nb: 'Må ha minst {min} tegn.', en: 'Must be at least {min} characters.' },
  tooLong: { nb: 'Kan ha høyst {max} tegn.', en: 'Must be at most {max} characters.' },
  tooSmall: { nb: 'Må være minst {min}.', en: 'Must be at least {min}.' },
  tooBig: { nb: 'Kan være høyst {max}.', en: 'Must be at most {max}.' },
  notInteger: { nb: 'Må være et helt tall.', en: 'Must be a whole number.' },
  tooFewItems: { nb: 'Velg minst {min}.', en: 'Choose at least {min}.' },
  tooManyItems: { nb: 'Kan ha høyst {max} valg.', en: 'At most {max} choices.' },
  invalidOption: { nb: 'Ugyldig valg.', en: 'Not one of the allowed choices.' },
  unknownField: { nb: 'Ukjent felt: {keys}.', en: 'Unknown field: {keys}.' },
  invalidDate: { nb: 'Må være en gyldig dato (åååå-mm-dd).', en: 'Must be a valid date (yyyy-mm-dd).' },
  caseNumberFormat: { nb: 'Saksnummer skrives som år/løpenummer, f.eks. 2026/1234.', en: 'Case number is year/sequence, e.g. 2026/1234.' },
  duplicateThemes: { nb: 'Hvert tema kan bare velges én gang.', en: 'Each theme can be chosen only once.' },
  invalidCursor: { nb: 'Ugyldig sidemarkør; start listen på nytt.', en: 'Invalid page cursor; reload the list.' },
  orgnrFormat: { nb: 'Organisasjonsnummer har ni siffer.', en: 'An organisation number has nine digits.' },
  orgnrCheckDigit: { nb: 'Kontrollsifferet stemmer ikke; sjekk at alle sifrene er riktige.', en: 'The check digit does not match; check every digit.' },
  orgnrNoValidCheckDigit: { nb: 'Dette er ikke et gyldig organisasjonsnummer.', en: 'This is not a valid organisation number.' },

  emailFormat: { nb: 'Skriv en gyldig e-postadresse, f.eks. navn@firma.no.', en: 'Enter a valid e-mail address, e.g. name@company.no.' },
  phoneFormat: { nb: 'Telefonnummer kan bare ha sifre, mellomrom, +, - og parenteser.', en: 'A phone number can only have digits, spaces, +, - and brackets.' },
  postalCodeFormat: { nb: 'Postnummer har fire siffer.', en: 'A postal code has four digits.' },
  timeFormat: { nb: 'Klokkeslett skrives tt:mm, f.eks. 09:30.', en: 'Time is hh:mm, e.g. 09:30.' },
  duplicateSupplier: { nb: 'Samme leverandør står flere ganger.', en: 'The same supplier is listed more than once.' },
  mergeSame: { nb: 'Velg to forskjellige leverandører.', en: 'Choose two different suppliers.' },
  orgnrTaken: { nb: 'Organisasjonsnummeret er allerede registrert på {name}.', en: 'The organisation number is already registered for {name}.' },
  supplierMerged: { nb: 'Leverandøren er slått sammen med en annen og kan ikke endres.', en: 'The supplier was merged into another and cannot be changed.' },
  supplierUnknown: { nb: 'Ukjent leverandør ({id}).', en: 'Unknown supplier ({id}).' },
  dialogueOnArchived: { nb: 'Saken er arkivert; hent den fram før du registrerer dialog.', en: 'The case is archived; restore it before recording dialogue.' },
  roundNeedsDialogueProcedure: {
    nb: 'Dialog- og forhandlingsrunder hører til saker med konkurransepreget dialog, konkurranse med forhandling, innovasjonspartnerskap eller tilbudskonkurranse med dialog.',
    en: 'Dialogue and negotiation rounds belong to cases using competitive dialogue, negotiation, an innovation partnership or a national competition with dialogue.',
  },
  roundItemNotShared: {
    nb: 'Spørsmål og svar i en dialog- eller forhandlingsrunde deles ikke med de andre deltakerne uten samtykke (FOA § 23-10 annet ledd, § 9-3 femte ledd). Før samtykket i runden i stedet.',
    en: 'Questions and answers in a dialogue or negotiation round are not shared with the other participants without consent (FOA § 23-10 (2), § 9-3 (5)). Record the consent in the round instead.',
  },
  consentNeedsScope: { nb: 'Et samtykke gjelder bestemte opplysninger: skriv hvilke.', en: 'A consent covers particular information: say which.' },
  consentNeedsDate: { nb: 'Oppgi når samtykket ble gitt.', en: 'Say when the consent was given.' },
  roundNeedsNumber: { nb: 'Oppgi hvilken runde dette er.', en: 'Say which round this is.' },
  roundOneSupplier: { nb: 'En dialogrunde føres med én leverandør om gangen.', en: 'A dialogue round is recorded with one supplier at a time.' },
  roundNotPrequalified: { nb: 'Leverandøren er ikke prekvalifisert i denne saken.', en: 'The supplier is not prequalified in this case.' },
  dialogueClosed: { nb: 'Dialogen ble avsluttet {date}; nye runder kan ikke legges til.', en: 'The dialogue was closed on {date}; no new rounds can be added.' },
  notDialogueProcedure: { nb: 'Saken bruker ikke en prosedyre med dialog eller forhandling.', en: 'The case does not use a procedure with dialogue or negotiation.' },
  prequalifiedInRounds: { nb: '{name} har allerede hatt dialog- eller forhandlingsrunder og kan ikke fjernes.', en: '{name} has had dialogue or negotiation rounds already and cannot be removed.' },
  closeBeforeRounds: { nb: 'Dialogen kan ikke avsluttes før siste runde ({date}).', en: 'The dialogue cannot close before the last round ({date}).' },
  invitedBeforeClosed: { nb: 'Invitasjonen til endelige tilbud kan ikke være før dialogen ble avsluttet.', en: 'The invitation to final tenders cannot be before the dialogue closed.' },
  askedByNotParticipant: { nb: 'Den som spurte må være en av leverandørene i aktiviteten.', en: 'The one who asked must be one of the suppliers in the activity.' },
  answerNeedsDate: { nb: 'Oppgi når svaret ble gitt.', en: 'Say when the answer was given.' },
  answerDateNeedsAnswer: { nb: 'Skriv svaret, eller fjern datoen.', en: 'Write the answer, or remove the date.' },
  answerBeforeActivity: { nb: 'Svaret kan ikke være gitt før aktiviteten ({date}).', en: 'The answer cannot predate the activity ({date}).' },
  shareBeforeAnswer: { nb: 'Et svar kan ikke deles med alle før det er gitt.', en: 'An answer cannot be shared with all before it has been given.' },
  shareBeforeAnswerDate: { nb: 'Svaret kan ikke være delt før det ble gitt ({date}).', en: 'The answer cannot have been shared before it was given ({date}).' },
  alreadyShared: { nb: 'Svaret er allerede delt med alle ({date}).', en: 'The answer was already shared with all ({date}).' },
  unsharedBeforeNotice: {
    nb: '{n} spørsmål og svar fra markedsdialogen er ikke gjort kjent for alle leverandører. Del dem først, eller skriv hvorfor saken likevel kan gå videre.',
    en: '{n} questions and answers from the market dialogue have not been made known to all suppliers. Share them first, or say why the case may go on anyway.',
  },
  cpvFormat: { nb: 'En CPV-kode har åtte siffer, f.eks. 90910000.', en: 'A CPV code has eight digits, e.g. 90910000.' },
  cpvUnknown: { nb: 'CPV-koden {code} finnes ikke i CPV 2008.', en: 'The CPV code {code} is not in CPV 2008.' },
  duplicateSections: { nb: 'Hver del kan bare tas med én gang.', en: 'Each section can be included only once.' },
  periodEndsBeforeStart: { nb: 'Perioden må slutte samme dag som den begynner eller senere.', en: 'The period must end on or after the day it begins.' },
  climateExemptNeedsJustification: {
    nb: 'Unntaket i FOA § 7-9 femte ledd gjelder bare når det er begrunnet i anskaffelsesdokumentene: skriv hvorfor klimaavtrykket og miljøbelastningen er uvesentlig.',
    en: 'The exemption in FOA § 7-9 (5) applies only when justified in the procurement documents: say why the footprint and environmental burden are insignificant.',
  },
  climateRequirementsNeedJustification: {
    nb: 'Krav i kravspesifikasjonen kan erstatte vektingen bare når det klart gir bedre klima- og miljøeffekt og det er begrunnet (FOA § 7-9 fjerde ledd): skriv begrunnelsen.',
    en: 'Requirements in the specification can replace the weight only where that clearly gives a better effect and is justified (FOA § 7-9 (4)): write the justification.',
  },
  strategyYears: { nb: 'Perioden må slutte samme år som den begynner eller senere.', en: 'The period must end in or after the year it begins.' },
  strategyTooLong: { nb: 'En strategiperiode kan være høyst 11 år.', en: 'A strategy period can be at most 11 years.' },
  shareTarget: { nb: 'Et mål for en andel må ligge mellom 0 og 100 %.', en: 'A target for a share must be between 0 and 100 %.' },
  paySectorMissing: {
    nb: 'Oppgi bransjen: kontrakten er over terskelverdien i forskrift om lønns- og arbeidsvilkår (§ 4), og plikten gjelder når bransjen har en allmenngjort eller landsomfattende tariffavtale (§ 5a).',
    en: 'Record the sector: the contract is above the threshold of the pay-and-conditions regulation (§ 4), and the duty applies where the sector has a generally applicable or nationwide collective agreement (§ 5a).',
  },
  apprenticeDecisionMissing: {
    nb: 'Lærlingforskriften gjelder kontrakten (verdi og varighet over tre måneder): registrer om krav om lærlinger er stilt, eller hvorfor ikke (§ 6).',
    en: 'The apprentice regulation covers the contract (value, and over three months): record whether apprentices were required, or why not (§ 6).',
  },
  contractNeedsAward: { nb: 'En kontrakt kan bare registreres på en sak som er tildelt.', en: 'A contract can only be recorded on an awarded case.' },
  endBeforeStart: { nb: 'Sluttdatoen kan ikke være før startdatoen.', en: 'The end date cannot be before the start date.' },
  optionDecideAfterEnd: { nb: 'Opsjonen må avgjøres senest når perioden den forlenger slutter ({date}).', en: 'The option must be decided by the end of the period it extends ({date}).' },
  optionUnknown: { nb: 'Kontrakten har ingen opsjon {seq}.', en: 'The contract has no option {seq}.' },
  optionDecided: { nb: 'Opsjon {seq} er allerede avgjort.', en: 'Option {seq} has already been decided.' },
  optionOutOfOrder: { nb: 'Opsjonene brukes i rekkefølge; avgjør opsjon {seq} først.', en: 'Options are used in order; decide option {seq} first.' },
  optionAfterDecline: { nb: 'En tidligere opsjon er ikke brukt, så denne kan ikke brukes.', en: 'An earlier option was not used, so this one cannot be.' },
  contractTerminated: { nb: 'Kontrakten er hevet og kan ikke endres.', en: 'The contract is terminated and cannot be changed.' },
  riskNeedsLevel: { nb: 'Velg risikonivå.', en: 'Choose the risk level.' },
  controlNeedsFindings: { nb: 'Skriv hva kontrollen fant.', en: 'Write what the control found.' },
  sanctionNeedsType: { nb: 'Velg sanksjon.', en: 'Choose the sanction.' },
  notFound: { nb: 'Fant ikke {what}.', en: '{what} not found.' },
  unknownMethod: { nb: 'Ukjent metode: {method}.', en: 'Unknown method: {method}.' },
  staleVersion: {
    nb: 'Saken er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    en: 'The case was changed by someone else since you opened it. Reload it and make your change again.',
  },
  caseArchived: { nb: 'Saken er arkivert og kan ikke endres. Hent den fram igjen først.', en: 'The case is archived and cannot be changed. Restore it first.' },
  caseNumberTaken: { nb: 'Saksnummer {caseNumber} er allerede brukt av en annen sak.', en: 'Case number {caseNumber} is already used by another case.' },
  demoNotEmpty: { nb: 'Demodata kan bare legges inn i en tom database.', en: 'Demo data can only be added to an empty database.' },
  invalidJson: { nb: 'Forespørselen er ikke gyldig JSON.', en: 'The request is not valid JSON.' },
  unauthorized: {
    nb: 'Økten er utløpt eller mangler. Åpne Anskaff på nytt fra adressen i terminalen der Anskaff ble startet.',
    en: 'The session has expired or is missing. Open Anskaff again from the address in the terminal where Anskaff was started.',
  },
  invalidAddress: { nb: 'Adressen er ugyldig.', en: 'The address is not valid.' },
  bodyTooLarge: { nb: 'Forespørselen er for stor.', en: 'The request is too large.' },
  databaseUnavailable: { nb: 'Registeret er ikke åpnet: {problem}', en: 'The register is not open: {problem}' },
  backupNotFound: { nb: 'Fant ikke sikkerhetskopien {id}.', en: 'Backup {id} was not found.' },
  backupFailed: { nb: 'Sikkerhetskopien kunne ikke tas: {reason}. Registeret er ikke endret.', en: 'The backup could not be made: {reason}. The register has not been changed.' },
  backupDamaged: { nb: 'Sikkerhetskopien {id} er skadet ({reason}) og kan ikke gjenopprettes. Velg en annen.', en: 'Backup {id} is damaged ({reason}) and cannot be restored. Choose another.' },
  restoreFailed: { nb: 'Sikkerhetskopien {id} kunne ikke legges inn ({reason}). Registeret er som før. Sjekk at mappen er tilgjengelig og at disken har plass, og prøv igjen.', en: 'Backup {id} could not be put in place ({reason}). The register is as it was. Check that the folder can be reached and the disk has room, and try again.' },
  backupTooNew: { nb: 'Sikkerhetskopien {id} er laget av en nyere versjon av Anskaff. Oppdater Anskaff først.', en: 'Backup {id} was made by a newer Anskaff. Update Anskaff first.' },
  backupFolderMissing: { nb: 'Mappen {folder} finnes ikke eller er ikke tilgjengelig. Sjekk at disken eller nettverksområdet er koblet til.', en: 'The folder {folder} does not exist or cannot be reached. Check that the disk or network share is connected.' },
  backupFolderNotWritable: { nb: 'Anskaff kan ikke skrive i {folder}. Velg en mappe du har skrivetilgang til.', en: 'Anskaff cannot write to {folder}. Choose a folder you can write to.' },
  backupFolderIsDataFolder: { nb: 'Velg en annen mappe enn datamappen; en ekstra kopi skal ligge et annet sted.', en: 'Choose a folder other than the data folder; an extra copy belongs somewhere else.' },
  backupFolderRelative: { nb: 'Skriv hele stien til mappen, f.eks. E:\\Sikkerhetskopi eller \\\\server\\felles\\anskaff.', en: 'Write the full path of the folder, e.g. E:\\Backup or \\\\server\\share\\anskaff.' },
  importNotAmount: { nb: '«{value}» er ikke et beløp. Skriv f.eks. 1 300 000.', en: '"{value}" is not an amount. Write e.g. 1300000.' },
  importNotDate: { nb: '«{value}» er ikke en dato. Skriv f.eks. 25.11.2026.', en: '"{value}" is not a date. Write e.g. 25.11.2026 or 2026-11-25.' },
  importUnknownKind: { nb: '«{value}» er ikke en type anskaffelse. Bruk Varer, Tjenester, Bygg og anlegg, Helse- og sosialtjenester eller Særlige tjenester.', en: '"{value}" is not a kind of procurement. Use Goods, Services, Building and construction, Health and social services or Special services.' },
  importUnknownProcedure: { nb: '«{value}» er ikke en prosedyre Anskaff kjenner, f.eks. Åpen anbudskonkurranse eller Direkte anskaffelse.', en: '"{value}" is not a procedure Anskaff knows, e.g. Open procedure or Direct award.' },
  importUnknownTheme: { nb: '«{value}» er ikke et av temaene i strategien (Klima og miljø, Bærekraft, Seriøsitet, Innovasjon, Digitalisering, Inkludering).', en: '"{value}" is not one of the strategy\'s themes (Climate, Sustainability, Fair labour, Innovation, Digitalisation, Inclusion).' },
  importNotPercent: { nb: '«{value}» er ikke en prosent. Skriv f.eks. 30 %.', en: '"{value}" is not a percentage. Write e.g. 30 %.' },
  importNotYesNo: { nb: '«{value}» er verken ja eller nei.', en: '"{value}" is neither yes nor no.' },
  importDuplicateInRegister: { nb: '{value} finnes allerede i registeret; raden er ikke slått sammen med den.', en: '{value} is already in the register; the row has not been merged with it.' },
  importDuplicateInFile: { nb: '{value} står også i rad {row}.', en: '{value} is also in row {row}.' },
  importUnreadable: { nb: 'Filen {file} kunne ikke leses som {format}: {reason}', en: 'The file {file} could not be read as {format}: {reason}' },
  importUnknownFormat: { nb: 'Anskaff leser regneark i formatene .xlsx og .csv. Lagre {file} som en av dem.', en: 'Anskaff reads spreadsheets as .xlsx and .csv. Save {file} as one of them.' },
  importNoSheet: { nb: 'Arket «{sheet}» finnes ikke i filen.', en: 'The sheet "{sheet}" is not in the file.' },
  importNoRows: { nb: 'Arket har ingen rader under overskriftene.', en: 'The sheet has no rows below the headings.' },
  importTooManyRows: { nb: 'Arket har {n:int} rader; Anskaff tar inn høyst {max:int} om gangen. Del det opp.', en: 'The sheet has {n:int} rows; Anskaff takes at most {max:int} at a time. Split it up.' },
  importTooManyCells: {
    nb: 'Arket har {rows:int} rader og {columns:int} kolonner, {cells:int} celler i alt; Anskaff tar inn høyst {max:int} celler om gangen. Del det opp, eller slett tomme kolonner til høyre.',
    en: 'The sheet has {rows:int} rows and {columns:int} columns, {cells:int} cells in all; Anskaff takes at most {max:int} cells at a time. Split it up, or delete empty columns on the right.',
  },
  importCellOutside: {
    nb: 'Cellen {ref} ligger utenfor arket: et regneark har kolonnene A til XFD og radene 1 til 1 048 576. Filen er skadet eller ikke laget av et regnearkprogram.',
    en: 'The cell {ref} lies outside the sheet: a spreadsheet has the columns A to XFD and the rows 1 to 1,048,576. The file is damaged or was not made by a spreadsheet program.',
  },
  importPartTooLarge: { nb: 'Regnearket {file} blir for stort når det pakkes ut (delen {part} blir over {max:int} MB). Del det opp i flere filer.', en: 'The spreadsheet {file} is too large unpacked (the part {part} comes to over {max:int} MB). Split it into several files.' },
  importUnpackedTooLarge: { nb: 'Regnearket {file} blir for stort når det pakkes ut (over {max:int} MB til sammen). Del det opp i flere filer.', en: 'The spreadsheet {file} is too large unpacked (over {max:int} MB in all). Split it into several files.' },
  importUnmapped: { nb: 'Velg kolonnen som har dette feltet.', en: 'Choose the column that holds this field.' },
  importHasProblems: { nb: '{n} rader har feil. Ingenting er lagt inn; rett feilene i regnearket og prøv igjen.', en: '{n} rows have problems. Nothing was imported; correct the spreadsheet and try again.' },
  importBadColumn: { nb: 'Kolonne {col} finnes ikke i arket.', en: 'Column {col} is not in the sheet.' },
  ocdsNeedsOrganisation: { nb: 'Skriv inn kommunens navn og organisasjonsnummer under Innstillinger først; OCDS oppgir kjøperen med dem.', en: 'Enter the municipality\'s name and organisation number under Settings first; OCDS names the buyer by them.' },
  ocidPrefixFormat: { nb: 'Et OCID-prefiks er «ocds-» og seks små bokstaver eller sifre, f.eks. ocds-abc123.', en: 'An OCID prefix is "ocds-" and six lower-case letters or digits, e.g. ocds-abc123.' },
  ocdsNoCases: { nb: 'Ingen saker å eksportere i det valgte utvalget.', en: 'No cases to export in the chosen selection.' },
  printExpired: { nb: 'Utskriften er utløpt. Lag den på nytt.', en: 'The print has expired. Make it again.' },
  protocolMissing: { nb: 'Protokollen kan ikke ferdigstilles før dette er fylt ut: {items}.', en: 'The protocol cannot be finalised until this is filled in: {items}.' },
  protocolNotSaved: { nb: 'Lagre protokollen før du ferdigstiller den.', en: 'Save the protocol before finalising it.' },
  bundleUnreadable: { nb: 'Filen {file} er ikke en Anskaff-pakke, eller den er skadet.', en: 'The file {file} is not an Anskaff bundle, or it is damaged.' },
  bundleTooLarge: { nb: 'Pakken {file} blir for stor når den pakkes ut (over {max:int} MB). Lag en pakke med færre saker.', en: 'The bundle {file} is too large unpacked (over {max:int} MB). Make a bundle of fewer cases.' },
  bundleUnknownTables: {
    nb: 'Pakken {file} har tabeller Anskaff ikke kjenner ({tables}). Den er skadet, eller laget av en annen versjon av Anskaff. Ingenting er importert.',
    en: 'The bundle {file} has tables Anskaff does not know ({tables}). It is damaged, or made by another version of Anskaff. Nothing was imported.',
  },
  bundleInvalid: { nb: 'Pakken {file} kan ikke importeres: {where}, feltet «{field}»: {problem} Ingenting er importert.', en: 'The bundle {file} cannot be imported: {where}, the field "{field}": {problem} Nothing was imported.' },
  bundleWhere: { nb: '{table} {label} (nr. {n} i pakken)', en: '{table} {label} (no. {n} in the bundle)' },
  bundleWhereChild: { nb: '{record}, {table} nr. {n}', en: '{record}, {table} no. {n}' },
  bundleRefMissing: { nb: 'Viser til noe som verken er i pakken eller i dette registeret.', en: 'Refers to something that is neither in the bundle nor in this register.' },
  bundleDuplicate: { nb: 'Står flere ganger i pakken.', en: 'Appears more than once in the bundle.' },
  bundleNotItsUid: { nb: 'Stemmer ikke med postens nøkkel.', en: 'Does not match the record\'s key.' },
  bundleFirstPhase: { nb: 'En sak begynner med fasen behovsavklaring, uten fase før.', en: 'A case begins with the phase needs assessment, with no phase before it.' },
  bundleFromPhase: { nb: 'Fasen før stemmer ikke med hendelsen foran.', en: 'The phase before does not match the event before it.' },
  bundleMergeCycle: { nb: 'Leverandørene {names} er slått sammen med hverandre i ring.', en: 'The suppliers {names} are merged into each other in a circle.' },
  bundleProtocolIncomplete: {
    nb: 'Pakken {file} kan ikke importeres: protokollen for sak {case} er merket ferdigstilt, men mangler {items}. Ingenting er importert.',
    en: 'The bundle {file} cannot be imported: the protocol of case {case} is marked final but lacks {items}. Nothing was imported.',
  },
  bundleConstraint: { nb: 'Pakken {file} kan ikke importeres: en post i den strider mot en annen ({detail}). Ingenting er importert.', en: 'The bundle {file} cannot be imported: a record in it conflicts with another ({detail}). Nothing was imported.' },
  bundleTooNew: { nb: 'Pakken {file} er laget av en nyere versjon av Anskaff ({what}). Oppdater Anskaff på denne PC-en først.', en: 'The bundle {file} was made by a newer Anskaff ({what}). Update Anskaff on this PC first.' },
  bundleUndecided: { nb: 'Velg for hver konflikt om du vil beholde denne PC-ens versjon eller ta pakkens ({n} uten valg). Ingenting er importert.', en: 'Choose for each conflict whether to keep this PC\'s version or take the bundle\'s ({n} without a choice). Nothing was imported.' },
  printNotReady: {
    nb: 'Rapporten ble ikke klar til utskrift innen {seconds} sekunder, og ingenting ble skrevet ut. Prøv igjen; hjelper ikke det, velg en kortere periode.',
    en: 'The report was not ready to print within {seconds} seconds, and nothing was printed. Try again; if that does not help, choose a shorter period.',
  },
  saveFailed: { nb: 'Filen kunne ikke lagres som {file}: {reason}. Velg en annen mappe, eller sjekk at disken ikke er full.', en: 'The file could not be saved as {file}: {reason}. Choose another folder, or check that the disk is not full.' },
  printFailed: { nb: 'Rapporten kunne ikke skrives ut: {reason}', en: 'The report could not be printed: {reason}' },
  thresholdBeforeShipped: { nb: 'En ny periode må begynne etter {date}, da den siste perioden Anskaff kjenner trådte i kraft.', en: 'A new period must begin after {date}, when the newest period Anskaff knows came into force.' },
  thresholdNationalBelowMinimum: { nb: 'Må være høyere enn nedre grense for forskriften.', en: 'Must be higher than the regulation\'s lower limit.' },
  thresholdEeaBelowNational: { nb: 'En EØS-terskelverdi må være høyere enn den nasjonale terskelverdien.', en: 'An EEA threshold must be higher than the national threshold.' },
  thresholdDateTaken: { nb: 'Kontoret har allerede lagt inn en periode fra denne datoen. Trekk den tilbake først.', en: 'The office already entered a period from this date. Withdraw it first.' },
  urlFormat: { nb: 'Skriv en hel nettadresse, f.eks. https://lovdata.no/…', en: 'Write a full web address, e.g. https://lovdata.no/…' },
  internal: { nb: 'Noe gikk galt i Anskaff. Ingenting ble lagret. Prøv igjen.', en: 'Something went wrong in Anskaff. Nothing was saved. Try again.' },

  transition_samePhase: { nb: 'Saken er allerede i denne fasen.', en: 'The case is already in this phase.' },
  transition_fromTerminal: { nb: 'Saken er avsluttet eller avlyst og kan ikke flyttes.', en: 'The case is closed or cancelled and cannot be moved.' },
  transition_cancelNeedsReason: { nb: 'Skriv hvorfor saken avlyses.', en: 'Say why the case is cancelled.' },
  transition_backwardNeedsNote: { nb: 'Skriv hvorfor saken flyttes tilbake.', en: 'Say why the case is moved back.' },
  transition_dateBeforeLastEvent: { nb: 'Datoen kan ikke være før forrige hendelse ({date}).', en: 'The date cannot be before the previous event ({date}).' },
  transition_dateInFuture: { nb: 'Datoen kan ikke være fram i tid.', en: 'The date cannot be in the future.' },

  warn_noThresholds: { nb: 'Ingen terskelverdier er registrert for {date}.', en: 'No threshold values are recorded for {date}.' },
  warn_lastKnownThresholds: {
    nb: 'Anskaff bruker terskelverdiene som gjelder fra {from} ({regulation}), sist kontrollert {checked}. Nyere terskelverdier kan gjelde for {date}: sjekk lovdata.no, og legg dem inn under Innstillinger.',
    en: 'Anskaff applies the thresholds in force from {from} ({regulation}), last checked {checked}. Newer thresholds may apply on {date}: check lovdata.no and enter them under Settings.',
  },
  warn_officeThresholds: {
    nb: 'Terskelverdiene fra {from} er lagt inn av kontoret ({regulation}), ikke levert med Anskaff.',
    en: 'The thresholds from {from} were entered by the office ({regulation}), not shipped with Anskaff.',
  },
  warn_eeaUnknown: { nb: 'EØS-terskelverdien for denne typen er ikke registrert for {date}.', en: 'The EEA threshold for this kind is not recorded for {date}.' },
  warn_procedureNotAllowed: {
    nb: '{procedure} er ikke en tillatt prosedyre etter {regime}.',
    en: '{procedure} is not an allowed procedure under {regime}.',
  },
  warn_groundMissing: {
    nb: '{procedure} er etter {regime} bare lovlig når et vilkår i {section} er oppfylt. Velg vilkåret saken bygger på, og begrunn det.',
    en: '{procedure} is lawful under {regime} only when a condition in {section} is met. Choose the condition the case rests on, and say why it is met.',
  },
  warn_splitting: {
    nb: 'Saker i samme CPV-gruppe ({group}) og avdeling innen tolv måneder er til sammen {sum} ({n} saker: {cases}). Summen er over {level} på {threshold}, som hver sak alene er under. En kontrakt skal ikke deles opp for å unnta den fra forskriften (FOA § 5-4 fjerde ledd): vurder om dette er én anskaffelse.',
    en: 'Cases in the same CPV group ({group}) and department within twelve months add up to {sum} ({n} cases: {cases}). The sum is above {level} of {threshold}, which each case alone stays under. A contract may not be split to take it outside the regulation (FOA § 5-4 (4)): consider whether this is one procurement.',
  },
  splittingLevel_minimum: { nb: 'forskriftens nedre grense', en: 'the regulation\'s lower limit' },
  splittingLevel_national: { nb: 'den nasjonale terskelverdien', en: 'the national threshold' },
  splittingLevel_eea: { nb: 'EØS-terskelverdien', en: 'the EEA threshold' },
  warn_designContestNotice: {
    nb: 'FOA § 5-1 femte ledd lar del V gjelde fra {partV}, men § 31-2 annet ledd krever kunngjøring i Doffin av plan- og designkonkurranser fra {national}. Forskriften er ikke entydig her: kunngjør nasjonalt for sikkerhets skyld.',
    en: 'FOA § 5-1 (5) applies part V from {partV}, but § 31-2 (2) requires a Doffin notice of design contests from {national}. The regulation is not consistent here: publish a national notice to be safe.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof catalogue;

export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(catalogue, s);
}

/** A message with its parameters filled in; `{n:int}` writes a number grouped as the language does ("300 000", "300,000"). */
export function t(key: MessageKey, locale: Locale, params: Params = {}): string {
  return catalogue[key][locale].replace(/\{(\w+)(:int)?\}/g, (whole, name: string, int?: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return int && typeof v === 'number' ? formatAmount(v, locale) : String(v);
  });
}

/** Picks a supported locale from an Accept-Language style value. */
export function pickLocale(header: string | null | undefined): Locale {
  const first = (header ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
