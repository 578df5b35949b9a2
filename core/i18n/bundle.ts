import { defineMessages } from './messages.js';

// The service's messages on bundles (a case carried to another PC): the
// file, its records and the conflicts to choose between.
// Part of the service's catalogue (core/i18n/service.ts spreads it in).
export const bundleMessages = defineMessages({
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
});
