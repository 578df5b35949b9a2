import { defineMessages } from './messages.js';

// The service's messages on importing cases from a spreadsheet: the file,
// its cells and phases, and the rejects sheet.
// Part of the service's catalogue (core/i18n/service.ts spreads it in).
export const importMessages = defineMessages({
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
});
