// Words for working beside others on one register: an edit that crossed another's, and a lost connection.
import { defineMessages } from '../../../core/i18n.js';
export const liveStrings = defineMessages({
  conflictHeading: {
    nb: 'Endret av {by} {when}',
    nn: 'Endra av {by} {when}',
    en: 'Changed by {by} {when}',
  },
  conflictHeadingNobody: {
    nb: 'Endret av noen andre',
    nn: 'Endra av nokon andre',
    en: 'Changed by someone else',
  },
  conflictIntro: {
    nb: 'Dette ble lagret av noen andre mens du skrev. Ingenting av ditt er lagret ennå. Se forskjellene og velg hva som skal gjelde.',
    nn: 'Dette vart lagra av nokon andre medan du skreiv. Ingenting av ditt er lagra enno. Sjå skilnadene og vel kva som skal gjelde.',
    en: 'Someone else saved this while you were typing. Nothing of yours is saved yet. See the differences and choose which to keep.',
  },
  conflictField: { nb: 'Felt', nn: 'Felt', en: 'Field' },
  conflictTheirs: { nb: 'Deres', nn: 'Deira', en: 'Theirs' },
  conflictMine: { nb: 'Dine', nn: 'Dine', en: 'Yours' },
  conflictNoDifference: {
    nb: 'Feltene du har fylt ut, er like som deres; forskjellen er et annet sted i posten.',
    nn: 'Felta du har fylt ut, er like som deira; skilnaden er ein annan stad i posten.',
    en: 'The fields you filled in match theirs; the difference is elsewhere in the record.',
  },
  useTheirs: { nb: 'Bruk deres', nn: 'Bruk deira', en: 'Use theirs' },
  useMine: { nb: 'Bruk mine', nn: 'Bruk mine', en: 'Use mine' },
  offlineBanner: {
    nb: 'Får ikke kontakt med Anskaff. Det du har skrevet, blir stående, og vi prøver igjen av oss selv.',
    nn: 'Får ikkje kontakt med Anskaff. Det du har skrive, blir ståande, og vi prøver igjen av oss sjølve.',
    en: 'Cannot reach Anskaff. What you have typed stays, and we keep trying again.',
  },
});
