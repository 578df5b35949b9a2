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
  signedInIntentionWait: {
    nb: 'Kontrakten kan ikke signeres før ti dager etter intensjonskunngjøringen: en begjæring om midlertidig forføyning innen da stanser signeringen ({basis}). Fristen varer til og med {end}; signer tidligst dagen etter.',
    nn: 'Kontrakten kan ikkje signerast før ti dagar etter intensjonskunngjeringa: ei begjæring om mellombels åtgjerd innan då stansar signeringa ({basis}). Fristen varer til og med {end}; signer tidlegast dagen etter.',
    en: 'The contract cannot be signed until ten days after the intention notice: a request for an injunction made by then suspends the signing ({basis}). The period runs until {end} inclusive; sign on the day after at the earliest.',
  },
  signedUnderInjunction: {
    nb: 'Kontrakten kan ikke signeres mens begjæringen om midlertidig forføyning fra {supplier} stanser signeringen (FOA § 25-3): til tingretten har avgjort den, og er forføyning gitt, til den er opphevet. Registrer først at stansen er over.',
    nn: 'Kontrakten kan ikkje signerast medan kravet om mellombels åtgjerd frå {supplier} stansar signeringa (FOA § 25-3): til tingretten har avgjort det, og er åtgjerd gitt, til ho er oppheva. Registrer først at stansen er over.',
    en: 'The contract cannot be signed while the request for an injunction from {supplier} holds the signing (FOA § 25-3): until the district court has decided it, and if an injunction is granted, until it is lifted. Record first that the hold is over.',
  },
  standstillTooShort: {
    nb: 'Karensperioden må være minst {min} dager når meddelelsen sendes elektronisk ({basis}): med denne meddelelsen varer den tidligst til og med {earliest}.',
    nn: 'Karensperioden må vere minst {min} dagar når meldinga blir send elektronisk ({basis}): med denne meldinga varer han tidlegast til og med {earliest}.',
    en: 'The standstill must be at least {min} days when the notice is sent electronically ({basis}): with this notice it runs at least until {earliest} inclusive.',
  },
  standstillTooShortByPost: {
    nb: 'Karensperioden må være minst {min} dager når meddelelsen ikke sendes elektronisk ({basis}): med denne meddelelsen varer den tidligst til og med {earliest}.',
    nn: 'Karensperioden må vere minst {min} dagar når meldinga ikkje blir send elektronisk ({basis}): med denne meldinga varer han tidlegast til og med {earliest}.',
    en: 'The standstill must be at least {min} days when the notice is not sent electronically ({basis}): with this notice it runs at least until {earliest} inclusive.',
  },
  exceptionNotInPart: {
    nb: 'Dette unntaket fra karensperioden finnes ikke i den delen av forskriften saken følger ({basis}). Unntakene der er: {allowed}.',
    nn: 'Dette unntaket frå karensperioden finst ikkje i den delen av forskrifta saka følgjer ({basis}). Unntaka der er: {allowed}.',
    en: 'This exception from the standstill does not exist in the part of the regulation the case follows ({basis}). The exceptions there are: {allowed}.',
  },
  exceptionNeedsNoNotice: {
    nb: 'Unntaket for når det ikke er plikt til å kunngjøre, gjelder bare når saken er en konkurranse med forhandling uten forutgående kunngjøring eller en anskaffelse uten konkurranse (FOA §§ 13-3, 13-4). Sett prosedyren og grunnlaget på saken først. Unntakene som gjelder nå: {allowed}.',
    nn: 'Unntaket for når det ikkje er plikt til å kunngjere, gjeld berre når saka er ein konkurranse med forhandling utan kunngjering på førehand eller ei anskaffing utan konkurranse (FOA §§ 13-3, 13-4). Set prosedyren og grunnlaget på saka først. Unntaka som gjeld no: {allowed}.',
    en: 'The exception for no duty to publish holds only when the case is a negotiated procedure without prior notice or an award without competition (FOA §§ 13-3, 13-4). Set the procedure and its ground on the case first. The exceptions that hold now: {allowed}.',
  },
  complaintDueBeforeReceived: {
    nb: 'Svarfristen kan ikke være før klagen ble mottatt. Sjekk begge datoene.',
    nn: 'Svarfristen kan ikkje vere før klaga vart motteken. Sjekk begge datoane.',
    en: 'The answer due date cannot be before the complaint was received. Check both dates.',
  },
  complaintAnsweredBeforeReceived: {
    nb: 'Klagen kan ikke være besvart før den ble mottatt. Sjekk datoen for svaret og mottaksdatoen.',
    nn: 'Klaga kan ikkje vere svart før ho vart motteken. Sjekk datoen for svaret og mottaksdatoen.',
    en: 'The complaint cannot have been answered before it was received. Check the answer date and the date received.',
  },
  complaintDecidedBeforeFiled: {
    nb: 'KOFA kan ikke ha avgjort saken før klagen kom inn til KOFA. Sjekk datoen for avgjørelsen og mottaksdatoen.',
    nn: 'KOFA kan ikkje ha avgjort saka før klaga kom inn til KOFA. Sjekk datoen for avgjerda og mottaksdatoen.',
    en: 'KOFA cannot have decided the case before the complaint reached KOFA. Check the decision date and the date received.',
  },
  complaintLiftedBeforeGranted: {
    nb: 'Forføyningen kan ikke være opphevet før den ble gitt. Sjekk datoen den ble opphevet og datoen den kom.',
    nn: 'Åtgjerda kan ikkje vere oppheva før ho vart gitt. Sjekk datoen ho vart oppheva og datoen ho kom.',
    en: 'The injunction cannot have been lifted before it was granted. Check the date it was lifted and the date it came.',
  },
  complaintOutcomeWithoutAnswer: {
    nb: 'Et utfall hører til et svar: skriv når klagen ble besvart, eller ta bort utfallet.',
    nn: 'Eit utfall høyrer til eit svar: skriv når klaga vart svart, eller ta bort utfallet.',
    en: 'An outcome belongs to an answer: write when the complaint was answered, or clear the outcome.',
  },
  complaintOutcomeWithoutDecision: {
    nb: 'Et utfall hører til KOFAs avgjørelse: skriv når KOFA avgjorde saken, eller ta bort utfallet.',
    nn: 'Eit utfall høyrer til avgjerda til KOFA: skriv når KOFA avgjorde saka, eller ta bort utfallet.',
    en: "An outcome belongs to KOFA's decision: write when KOFA decided the case, or clear the outcome.",
  },
  complaintFeeWithoutDecision: {
    nb: 'Et gebyr ilegges i KOFAs avgjørelse: skriv når KOFA avgjorde saken, eller ta bort krysset for gebyr.',
    nn: 'Eit gebyr blir lagt på i avgjerda til KOFA: skriv når KOFA avgjorde saka, eller ta bort krysset for gebyr.',
    en: "A fee is imposed in KOFA's decision: write when KOFA decided the case, or untick the fee.",
  },
  complaintKofaCaseNo: {
    nb: 'Skriv saksnummeret slik KOFA gir det: årstall, skråstrek og løpenummer, f.eks. 2024/1234.',
    nn: 'Skriv saksnummeret slik KOFA gir det: årstal, skråstrek og løpenummer, t.d. 2024/1234.',
    en: 'Write the case number as KOFA gives it: the year, a slash and the serial number, e.g. 2024/1234.',
  },
  complaintReceivedInFuture: {
    nb: 'Datoen klagen kom inn (eller forføyningen ble gitt) kan ikke være fram i tid.',
    nn: 'Datoen klaga kom inn (eller åtgjerda vart gitt) kan ikkje vere fram i tid.',
    en: 'The date the complaint came in (or the injunction was granted) cannot be in the future.',
  },
  complaintAnsweredInFuture: {
    nb: 'Datoen klagen ble besvart kan ikke være fram i tid. Er den ikke besvart ennå, la feltet stå tomt.',
    nn: 'Datoen klaga vart svart kan ikkje vere fram i tid. Er ho ikkje svart enno, lat feltet stå tomt.',
    en: 'The date the complaint was answered cannot be in the future. If it is not answered yet, leave the field empty.',
  },
  complaintDecidedInFuture: {
    nb: 'Datoen KOFA avgjorde saken kan ikke være fram i tid. Har KOFA ikke avgjort den ennå, la feltet stå tomt.',
    nn: 'Datoen KOFA avgjorde saka kan ikkje vere fram i tid. Har KOFA ikkje avgjort ho enno, lat feltet stå tomt.',
    en: 'The date KOFA decided the case cannot be in the future. If KOFA has not decided it yet, leave the field empty.',
  },
  complaintLiftedInFuture: {
    nb: 'Datoen forføyningen ble opphevet kan ikke være fram i tid. Står den fortsatt, la feltet stå tomt.',
    nn: 'Datoen åtgjerda vart oppheva kan ikkje vere fram i tid. Står ho framleis, lat feltet stå tomt.',
    en: 'The date the injunction was lifted cannot be in the future. If it still stands, leave the field empty.',
  },
  exceptionNeedsNote: {
    nb: 'Skriv hvorfor unntaket gjelder i denne saken.',
    nn: 'Skriv kvifor unntaket gjeld i denne saka.',
    en: 'Write why the exception applies to this case.',
  },
});
