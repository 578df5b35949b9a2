import { defineMessages } from './messages.js';

// The service's messages on the competition's end: the award and its
// standstill, notices, complaints and injunctions, and joint procurement.
// Part of the service's catalogue (core/i18n/service.ts spreads it in).
export const awardMessages = defineMessages({
  noticeRefDoffin: {
    nb: 'Skriv nummeret slik Doffin gir det: årstall, bindestrek og løpenummer, f.eks. 2026-123456.',
    nn: 'Skriv nummeret slik Doffin gir det: årstal, bindestrek og løpenummer, t.d. 2026-123456.',
    en: 'Write the number as Doffin gives it: the year, a hyphen and the serial number, e.g. 2026-123456.',
  },
  noticeRefTed: {
    nb: 'Skriv nummeret slik TED gir det: løpenummer, bindestrek og årstall, f.eks. 123456-2026.',
    nn: 'Skriv nummeret slik TED gir det: løpenummer, bindestrek og årstal, t.d. 123456-2026.',
    en: 'Write the number as TED gives it: the serial number, a hyphen and the year, e.g. 123456-2026.',
  },
  jointSharePct: {
    nb: 'Skriv andelen som prosent av den samlede verdien: over 0 og høyst 100, med inntil to desimaler.',
    nn: 'Skriv delen som prosent av den samla verdien: over 0 og høgst 100, med inntil to desimalar.',
    en: 'Write the share as a percentage of the whole value: above 0 and at most 100, with up to two decimals.',
  },
  jointShareNok: {
    nb: 'Skriv andelen i hele kroner, over 0.',
    nn: 'Skriv delen i heile kroner, over 0.',
    en: 'Write the share in whole kroner, above 0.',
  },
  staleParticipant: {
    nb: 'Deltakeren er endret av noen andre siden du åpnet den. Last inn på nytt og gjør endringen igjen.',
    nn: 'Deltakaren er endra av nokon andre sidan du opna han. Last inn på nytt og gjer endringa di igjen.',
    en: 'The participant was changed by someone else since you opened it. Reload it and make your change again.',
  },
  jointSharesOver: {
    nb: 'Deltakernes andeler blir til sammen {sum}, mer enn sakens samlede verdi på {whole}. Andelene kan til sammen være høyst hele verdien; kontorets egen andel er resten.',
    nn: 'Delane til deltakarane blir til saman {sum}, meir enn den samla verdien til saka på {whole}. Delane kan til saman vere høgst heile verdien; den eigne delen til kontoret er resten.',
    en: "The participants' shares add up to {sum}, more than the case's whole value of {whole}. Together they may be at most the whole value; the office's own share is what is left.",
  },
  jointDuplicate: {
    nb: 'Saken har allerede en deltaker med dette organisasjonsnummeret.',
    nn: 'Saka har alt ein deltakar med dette organisasjonsnummeret.',
    en: 'The case already has a participant with this organisation number.',
  },
  jointOwnOrgnr: {
    nb: 'Dette er kontorets eget organisasjonsnummer. Kontorets andel regnes ut av seg selv; legg bare til de andre oppdragsgiverne.',
    nn: 'Dette er organisasjonsnummeret til kontoret sjølv. Delen til kontoret blir rekna ut av seg sjølv; legg berre til dei andre oppdragsgivarane.',
    en: "This is the office's own organisation number. The office's share is worked out by itself; add only the other contracting authorities.",
  },
  jointLeadTaken: {
    nb: '{name} leder allerede samarbeidet. Endre den deltakeren så den ikke leder, før en annen kan lede.',
    nn: '{name} leier alt samarbeidet. Endre den deltakaren så han ikkje leier, før ein annan kan leie.',
    en: '{name} already leads the joint procurement. Change that participant so it no longer leads before another can lead.',
  },
  noticeDuplicate: {
    nb: 'Saken har allerede en kunngjøring med dette nummeret.',
    nn: 'Saka har alt ei kunngjering med dette nummeret.',
    en: 'The case already has a notice with this number.',
  },
  signedInStandstill: {
    nb: 'Kontrakten kan ikke signeres før karensperioden er over: den varer til og med {end}. Signer tidligst dagen etter, eller registrer et unntak fra karensperioden på tildelingen.',
    nn: 'Kontrakten kan ikkje signerast før karensperioden er over: han varer til og med {end}. Signer tidlegast dagen etter, eller registrer eit unntak frå karensperioden på tildelinga.',
    en: 'The contract cannot be signed before the standstill period is over: it runs until {end} inclusive. Sign on the day after at the earliest, or record an exception from the standstill on the award.',
  },
  signedUnderInjunction: {
    nb: 'Kontrakten kan ikke signeres mens en midlertidig forføyning står ved lag (fra {supplier}). Registrer at forføyningen er opphevet først.',
    nn: 'Kontrakten kan ikkje signerast medan ei mellombels åtgjerd står ved lag (frå {supplier}). Registrer at åtgjerda er oppheva først.',
    en: 'The contract cannot be signed while a court injunction stands (from {supplier}). Record that the injunction is lifted first.',
  },
  exceptionNeedsNote: {
    nb: 'Skriv hvorfor unntaket gjelder i denne saken.',
    nn: 'Skriv kvifor unntaket gjeld i denne saka.',
    en: 'Write why the exception applies to this case.',
  },
});
