// Words for the award on the case page: the notice of the award, the standstill and the contract award notice.
import { defineMessages } from '../../../core/i18n.js';

export const awardStrings = defineMessages({
  awardHeading: { nb: 'Tildeling og karensperiode', nn: 'Tildeling og karensperiode', en: 'Award and standstill' },
  awardRule: {
    nb: 'Karensperiode: minst {days} dager, regnet fra dagen etter at meddelelsen er sendt; faller siste dag på en lørdag, søndag eller helligdag, varer den til neste virkedag ({basis}).',
    nn: 'Karensperiode: minst {days} dagar, rekna frå dagen etter at meldinga er send; fell siste dag på ein laurdag, sundag eller heilagdag, varer han til neste yrkedag ({basis}).',
    en: 'Standstill: at least {days} days, counted from the day after the notice is sent; if the last day is a Saturday, Sunday or public holiday, it runs to the next working day ({basis}).',
  },
  awardRuleUnverified: {
    nb: 'Lengden for denne delen av forskriften er ikke kontrollert mot forskriftsteksten. Anskaff foreslår {days} dager som i del III; sjekk forskriften og sett en lengre karensperiode i meddelelsen om det trengs.',
    nn: 'Lengda for denne delen av forskrifta er ikkje kontrollert mot forskriftsteksten. Anskaff føreslår {days} dagar som i del III; sjekk forskrifta og set ein lengre karensperiode i meldinga om det trengst.',
    en: 'The length for this part of the regulation has not been checked against the regulation’s text. Anskaff proposes {days} days as in Part III; check the regulation and set a longer standstill in the notice if needed.',
  },
  awardNoRule: {
    nb: 'Denne delen av forskriften krever ikke meddelelse og karensperiode, men det anbefales å gi begrunnet melding til leverandørene.',
    nn: 'Denne delen av forskrifta krev ikkje melding og karensperiode, men det er tilrådd å gi grunngitt melding til leverandørane.',
    en: 'This part of the regulation requires no notice of the award and no standstill, but a reasoned notice to the suppliers is recommended.',
  },
  awardStandstill: { nb: 'Karensperiode', nn: 'Karensperiode', en: 'Standstill' },
  awardNoticeDate: { nb: 'Meddelelse sendt', nn: 'Melding send', en: 'Notice sent' },
  awardTold: {
    nb: 'Leverandører som fikk meddelelsen (én per linje)',
    nn: 'Leverandørar som fekk meldinga (éin per linje)',
    en: 'Suppliers told (one per line)',
  },
  awardToldHelp: {
    nb: 'Alle berørte leverandører skal få meddelelsen samtidig. Forslaget er tilbyderne i protokollen.',
    nn: 'Alle rørte leverandørar skal få meldinga samtidig. Framlegget er tilbydarane i protokollen.',
    en: 'All concerned suppliers must be told at the same time. The suggestion is the tenderers in the protocol.',
  },
  awardReasons: { nb: 'Begrunnelse som ble gitt', nn: 'Grunngiving som vart gitt', en: 'Reasons given' },
  awardReasonsHelp: {
    nb: 'Hentet fra protokollens begrunnelse for valget av leverandør; det du skriver her, lagres i protokollen.',
    nn: 'Henta frå grunngivinga i protokollen for valet av leverandør; det du skriv her, blir lagra i protokollen.',
    en: 'Taken from the protocol’s reasons for the choice of supplier; what you write here is saved in the protocol.',
  },
  awardException: {
    nb: 'Unntak fra karensperioden',
    nn: 'Unntak frå karensperioden',
    en: 'Exception from the standstill',
  },
  awardNoException: { nb: 'Ingen unntak', nn: 'Ikkje noko unntak', en: 'No exception' },
  awardExceptionNote: { nb: 'Hvorfor unntaket gjelder', nn: 'Kvifor unntaket gjeld', en: 'Why the exception applies' },
  awardExceptionHelp: {
    nb: 'Unntakene er kontorets egen vurdering etter klagedirektivet; ordlyden i forskriften er ikke kontrollert i Anskaff.',
    nn: 'Unntaka er kontoret si eiga vurdering etter klagedirektivet; ordlyden i forskrifta er ikkje kontrollert i Anskaff.',
    en: 'The exceptions are the office’s own assessment under the remedies directive; the regulation’s wording has not been checked in Anskaff.',
  },
  awardResultRef: {
    nb: 'Kunngjøring av konkurranseresultat: nummer i Doffin/TED',
    nn: 'Kunngjering av konkurranseresultat: nummer i Doffin/TED',
    en: 'Contract award notice: Doffin/TED number',
  },
  awardResultRefHelp: {
    nb: 'Konkurranseresultatet skal kunngjøres senest 30 dager etter at kontrakten er inngått ({basis}). Registrer nummeret under Kunngjøringer.',
    nn: 'Konkurranseresultatet skal kunngjerast seinast 30 dagar etter at kontrakten er inngått ({basis}). Registrer nummeret under Kunngjeringar.',
    en: 'The contract award notice must be published within 30 days after the contract is concluded ({basis}). Record its number under Notices.',
  },
  awardRecord: { nb: 'Registrer tildelingen', nn: 'Registrer tildelinga', en: 'Record the award' },
  awardRecorded: { nb: 'Tildelingen er registrert.', nn: 'Tildelinga er registrert.', en: 'The award is recorded.' },
  awardStandstillUntil: {
    nb: 'Karensperioden varer til og med {date}',
    nn: 'Karensperioden varer til og med {date}',
    en: 'The standstill runs until {date} inclusive',
  },
  awardSignFrom: {
    nb: 'Kontrakten kan signeres fra {date}.',
    nn: 'Kontrakten kan signerast frå {date}.',
    en: 'The contract can be signed from {date}.',
  },
  awardStandstillPreview: {
    nb: 'Med denne datoen varer karensperioden til og med {date}.',
    nn: 'Med denne datoen varer karensperioden til og med {date}.',
    en: 'With this date the standstill runs until {date} inclusive.',
  },
  awardNoStandstill: { nb: 'Ingen karensperiode: {why}', nn: 'Ingen karensperiode: {why}', en: 'No standstill: {why}' },
  awardResultDue: {
    nb: 'Kunngjøring av konkurranseresultat innen {date}',
    nn: 'Kunngjering av konkurranseresultat innan {date}',
    en: 'Contract award notice due by {date}',
  },
  awardResultPublished: {
    nb: 'Konkurranseresultat kunngjort: {ref}',
    nn: 'Konkurranseresultat kunngjort: {ref}',
    en: 'Contract award notice published: {ref}',
  },
  awardToldN: {
    nb: { one: 'Meddelelse til {n} leverandør', other: 'Meddelelse til {n} leverandører' },
    nn: { one: 'Melding til {n} leverandør', other: 'Melding til {n} leverandørar' },
    en: { one: 'Notice to {n} supplier', other: 'Notice to {n} suppliers' },
  },
  timelineStandstill: {
    nb: 'Karensperiode til og med {date}',
    nn: 'Karensperiode til og med {date}',
    en: 'Standstill until {date} inclusive',
  },
  awardDeadlinesHeading: {
    nb: 'Karensperioder og kunngjøring av konkurranseresultat',
    nn: 'Karensperiodar og kunngjering av konkurranseresultat',
    en: 'Standstills and contract award notices',
  },
  awardDeadlinesHelp: {
    nb: 'Karensperioder som går ut, og kunngjøringer av konkurranseresultat som skal publiseres til nummeret er registrert på tildelingen.',
    nn: 'Karensperiodar som går ut, og kunngjeringar av konkurranseresultat som skal publiserast til nummeret er registrert på tildelinga.',
    en: 'Standstills ending, and contract award notices to publish until their number is recorded on the award.',
  },
  noAwardDeadlines: {
    nb: 'Ingen karensperioder eller kunngjøringer venter.',
    nn: 'Ingen karensperiodar eller kunngjeringar ventar.',
    en: 'No standstills or award notices are waiting.',
  },
  noticesHeading: { nb: 'Kunngjøringer', nn: 'Kunngjeringar', en: 'Notices' },
  noNotices: {
    nb: 'Ingen kunngjøringer er registrert.',
    nn: 'Ingen kunngjeringar er registrerte.',
    en: 'No notices are recorded.',
  },
  noticeKind: { nb: 'Kunngjøring', nn: 'Kunngjering', en: 'Notice' },
  noticePlatform: { nb: 'Publisert i', nn: 'Publisert i', en: 'Published in' },
  noticeRef: { nb: 'Nummer', nn: 'Nummer', en: 'Number' },
  noticeDate: { nb: 'Publisert', nn: 'Publisert', en: 'Published' },
  noticeNote: { nb: 'Merknad', nn: 'Merknad', en: 'Note' },
  noticeRefDoffinHelp: {
    nb: 'Som Doffin gir det, f.eks. 2026-123456',
    nn: 'Som Doffin gir det, t.d. 2026-123456',
    en: 'As Doffin gives it, e.g. 2026-123456',
  },
  noticeRefTedHelp: {
    nb: 'Som TED gir det, f.eks. 123456-2026',
    nn: 'Som TED gir det, t.d. 123456-2026',
    en: 'As TED gives it, e.g. 123456-2026',
  },
  noticeAdd: { nb: 'Registrer kunngjøring', nn: 'Registrer kunngjering', en: 'Record notice' },
  noticeAdded: { nb: 'Kunngjøringen er registrert.', nn: 'Kunngjeringa er registrert.', en: 'The notice is recorded.' },
  noticeRemove: { nb: 'Fjern', nn: 'Fjern', en: 'Remove' },
  noticeRemoveOne: { nb: 'Fjern kunngjøring {ref}', nn: 'Fjern kunngjering {ref}', en: 'Remove notice {ref}' },
});
