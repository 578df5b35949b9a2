import { defineMessages, translator } from '../core/index.js';

// The application menu and the main process's own messages. The main
// process does not know the language the user chose on screen (the
// renderer keeps it), so they are said in bokmål, as the app starts.
export const shellWords = defineMessages({
  about: { nb: 'Om Anskaff', nn: 'Om Anskaff', en: 'About Anskaff' },
  quitApp: { nb: 'Avslutt Anskaff', nn: 'Avslutt Anskaff', en: 'Quit Anskaff' },
  file: { nb: 'Fil', nn: 'Fil', en: 'File' },
  closeWindow: { nb: 'Lukk vindu', nn: 'Lukk vindauget', en: 'Close window' },
  quit: { nb: 'Avslutt', nn: 'Avslutt', en: 'Quit' },
  edit: { nb: 'Rediger', nn: 'Rediger', en: 'Edit' },
  undo: { nb: 'Angre', nn: 'Angre', en: 'Undo' },
  redo: { nb: 'Gjør om', nn: 'Gjer om', en: 'Redo' },
  cut: { nb: 'Klipp ut', nn: 'Klipp ut', en: 'Cut' },
  copy: { nb: 'Kopier', nn: 'Kopier', en: 'Copy' },
  paste: { nb: 'Lim inn', nn: 'Lim inn', en: 'Paste' },
  selectAll: { nb: 'Merk alt', nn: 'Merk alt', en: 'Select all' },
  view: { nb: 'Vis', nn: 'Vis', en: 'View' },
  reload: { nb: 'Last inn på nytt', nn: 'Last inn på nytt', en: 'Reload' },
  actualSize: { nb: 'Faktisk størrelse', nn: 'Faktisk storleik', en: 'Actual size' },
  zoomIn: { nb: 'Zoom inn', nn: 'Zoom inn', en: 'Zoom in' },
  zoomOut: { nb: 'Zoom ut', nn: 'Zoom ut', en: 'Zoom out' },
  fullScreen: { nb: 'Fullskjerm', nn: 'Fullskjerm', en: 'Full screen' },
  help: { nb: 'Hjelp', nn: 'Hjelp', en: 'Help' },
  aboutDetail: {
    nb: 'Saksregister og lederrapporter for innkjøpskontoret. Virker uten nett.',
    nn: 'Saksregister og leiarrapportar for innkjøpskontoret. Verkar utan nett.',
    en: "The procurement office's case register and leadership reports. Works without a network.",
  },
  cannotStart: { nb: 'Anskaff kan ikke starte', nn: 'Anskaff kan ikkje starte', en: 'Anskaff cannot start' },
  driverMissing: {
    nb: 'Databasedriveren for skrivebordsappen mangler ({path}). Installer Anskaff på nytt; registeret ditt er ikke rørt.',
    nn: 'Databasedrivaren for skrivebordsappen manglar ({path}). Installer Anskaff på nytt; registeret ditt er ikkje rørt.',
    en: 'The database driver of the desktop app is missing ({path}). Install Anskaff again; your register has not been touched.',
  },
  cannotOpen: {
    nb: 'Anskaff kan ikke åpne databasen',
    nn: 'Anskaff kan ikkje opne databasen',
    en: 'Anskaff cannot open the database',
  },
  openFailed: {
    nb: 'Databasen kunne ikke åpnes: {reason}',
    nn: 'Databasen kunne ikkje opnast: {reason}',
    en: 'The database could not be opened: {reason}',
  },
});
export const shellText = translator(shellWords);
export type ShellWord = keyof typeof shellWords;
