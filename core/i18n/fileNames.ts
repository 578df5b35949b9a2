import { defineMessages } from './messages.js';

// The names of the files Anskaff makes, in the language of what they hold.
export const fileNameWords = defineMessages({
  briefing: {
    select: 'version',
    options: {
      public: {
        nb: 'orientering-{from}-{to}-offentlig',
        nn: 'orientering-{from}-{to}-offentleg',
        en: 'briefing-{from}-{to}-public',
      },
      closed: {
        nb: 'orientering-{from}-{to}-lukket',
        nn: 'orientering-{from}-{to}-lukka',
        en: 'briefing-{from}-{to}-closed',
      },
    },
  },
  briefingAppendix: {
    select: 'version',
    options: {
      public: {
        nb: 'orientering-{from}-{to}-offentlig-vedlegg',
        nn: 'orientering-{from}-{to}-offentleg-vedlegg',
        en: 'briefing-{from}-{to}-public-appendix',
      },
      closed: {
        nb: 'orientering-{from}-{to}-lukket-vedlegg',
        nn: 'orientering-{from}-{to}-lukka-vedlegg',
        en: 'briefing-{from}-{to}-closed-appendix',
      },
    },
  },
  importRejects: { nb: 'utelatte-rader-{file}', nn: 'utelatne-rader-{file}', en: 'rows-left-out-{file}' },
  protocol: {
    nb: 'anskaffelsesprotokoll-{caseNumber}',
    nn: 'anskaffingsprotokoll-{caseNumber}',
    en: 'procurement-protocol-{caseNumber}',
  },
});
