import { defineMessages } from './messages.js';

// The service's messages on market dialogue, competitive-dialogue rounds and
// questions and answers: what the equal-treatment rules refuse and why.
// Part of the service's catalogue (core/i18n/service.ts spreads it in).
export const dialogueMessages = defineMessages({
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
});
