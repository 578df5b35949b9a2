// Words for joint procurement (innkjøpssamarbeid) on the case page.
import { defineMessages } from '../../../core/i18n.js';

export const jointStrings = defineMessages({
  jointHeading: { nb: 'Innkjøpssamarbeid', nn: 'Innkjøpssamarbeid', en: 'Joint procurement' },
  jointIntro: {
    nb: 'Gjennomføres saken også for andre oppdragsgivere, registrer dem her med andelen sin av den samlede verdien. Sakens anslåtte verdi er hele verdien for alle deltakerne, og det er den som avgjør hvilken del av forskriften som gjelder. Kontorets egen andel er resten. Oppdragsgiverne er felles ansvarlige for at forskriften følges (FOA § 29-1 (2)).',
    nn: 'Blir saka gjennomført også for andre oppdragsgivarar, registrer dei her med delen sin av den samla verdien. Den anslåtte verdien til saka er heile verdien for alle deltakarane, og det er han som avgjer kva del av forskrifta som gjeld. Delen til kontoret er resten. Oppdragsgivarane er felles ansvarlege for at forskrifta blir følgd (FOA § 29-1 (2)).',
    en: "If the case is also run for other contracting authorities, record them here with their share of the whole value. The case's estimated value is the whole value for all participants, and it decides which part of the regulation applies. The office's own share is what is left. The authorities are jointly responsible for following the regulation (FOA § 29-1 (2)).",
  },
  jointNone: {
    nb: 'Ingen andre deltakere: saken gjelder bare kontoret.',
    nn: 'Ingen andre deltakarar: saka gjeld berre kontoret.',
    en: 'No other participants: the case is the office’s alone.',
  },
  jointWhole: {
    nb: 'Samlet verdi (avgjør forskriftens del): {whole}.',
    nn: 'Samla verdi (avgjer delen av forskrifta): {whole}.',
    en: 'Whole value (decides the part of the regulation): {whole}.',
  },
  jointOwn: {
    nb: 'Kontorets egen andel: {own} ({pct}). Kontorets tall (verdier og besparelser i orienteringen) regner bare denne andelen.',
    nn: 'Delen til kontoret: {own} ({pct}). Tala til kontoret (verdiar og innsparingar i orienteringa) reknar berre denne delen.',
    en: "The office's own share: {own} ({pct}). The office's figures (values and savings in the briefing pack) count this share only.",
  },
  jointOwnShort: {
    nb: 'Kontorets egen andel: {own} ({pct}).',
    nn: 'Delen til kontoret: {own} ({pct}).',
    en: "The office's own share: {own} ({pct}).",
  },
  jointOver: {
    nb: 'Deltakernes andeler er {over} mer enn den samlede verdien, trolig fordi verdien er satt ned etter at de ble registrert. Rett andelene eller verdien.',
    nn: 'Delane til deltakarane er {over} meir enn den samla verdien, truleg fordi verdien er sett ned etter at dei vart registrerte. Rett delane eller verdien.',
    en: "The participants' shares are {over} more than the whole value, probably because the value was lowered after they were recorded. Correct the shares or the value.",
  },
  jointLeadOffice: {
    nb: 'Kontoret leder samarbeidet.',
    nn: 'Kontoret leier samarbeidet.',
    en: 'The office leads the joint procurement.',
  },
  jointLeadOther: {
    nb: '{name} leder samarbeidet.',
    nn: '{name} leier samarbeidet.',
    en: '{name} leads the joint procurement.',
  },
  jointColName: { nb: 'Oppdragsgiver', nn: 'Oppdragsgivar', en: 'Contracting authority' },
  jointColOrgnr: { nb: 'Org.nr.', nn: 'Org.nr.', en: 'Org. no.' },
  jointColShare: { nb: 'Andel', nn: 'Del', en: 'Share' },
  jointColLead: { nb: 'Leder', nn: 'Leiar', en: 'Leads' },
  jointYes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  jointName: { nb: 'Oppdragsgiver', nn: 'Oppdragsgivar', en: 'Contracting authority' },
  jointOrgnr: { nb: 'Organisasjonsnummer', nn: 'Organisasjonsnummer', en: 'Organisation number' },
  jointShareUnit: { nb: 'Andelen oppgis i', nn: 'Delen blir oppgitt i', en: 'Share given in' },
  jointUnitNok: { nb: 'kroner', nn: 'kroner', en: 'NOK' },
  jointUnitPct: { nb: 'prosent av samlet verdi', nn: 'prosent av samla verdi', en: 'per cent of the whole value' },
  jointShare: { nb: 'Andel', nn: 'Del', en: 'Share' },
  jointSharePctHelp: {
    nb: 'Prosent av den samlede verdien, f.eks. 25 eller 12,5',
    nn: 'Prosent av den samla verdien, t.d. 25 eller 12,5',
    en: 'Per cent of the whole value, e.g. 25 or 12.5',
  },
  jointLead: {
    nb: 'Denne oppdragsgiveren leder samarbeidet',
    nn: 'Denne oppdragsgivaren leier samarbeidet',
    en: 'This contracting authority leads the joint procurement',
  },
  jointAdd: { nb: 'Legg til deltaker', nn: 'Legg til deltakar', en: 'Add participant' },
  jointAdded: { nb: 'Deltakeren er lagt til.', nn: 'Deltakaren er lagd til.', en: 'The participant was added.' },
  jointRemove: { nb: 'Fjern', nn: 'Fjern', en: 'Remove' },
  jointRemoveOne: { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  jointEdit: { nb: 'Endre', nn: 'Endre', en: 'Edit' },
  jointEditOne: { nb: 'Endre {name}', nn: 'Endre {name}', en: 'Edit {name}' },
  jointEditing: { nb: 'Endrer {name}', nn: 'Endrar {name}', en: 'Editing {name}' },
  jointSave: { nb: 'Lagre endringen', nn: 'Lagre endringa', en: 'Save the change' },
  jointCancel: { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  jointUpdated: { nb: 'Deltakeren er endret.', nn: 'Deltakaren er endra.', en: 'The participant was changed.' },
});
