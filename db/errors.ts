// Why a database could not be opened, in words for the person at the PC.
// The file is never altered or deleted when one of these is thrown.
import { defineMessages, render, type Locale, type Words } from '../core/i18n.js';

export type OpenProblem = 'damaged' | 'tooNew' | 'notAnskaff';

export const openProblemWords = defineMessages({
  damaged: {
    nb: 'Databasefilen {file} er skadet eller ikke lesbar, og er ikke åpnet. Filen er ikke endret. Gjenopprett fra nyeste sikkerhetskopi, eller kontakt IT med filen.',
    nn: 'Databasefila {file} er skadd eller ikkje lesbar, og er ikkje opna. Fila er ikkje endra. Gjenopprett frå den nyaste tryggingskopien, eller kontakt IT med fila.',
    en: 'The database file {file} is damaged or unreadable and was not opened. The file has not been changed. Restore the newest backup, or contact IT with the file.',
  },
  tooNew: {
    nb: 'Databasefilen {file} er laget av en nyere versjon av Anskaff (skjemaversjon {found}, denne versjonen kjenner {known}). Oppdater Anskaff. Filen er ikke endret.',
    nn: 'Databasefila {file} er laga av ein nyare versjon av Anskaff (skjemaversjon {found}, denne versjonen kjenner {known}). Oppdater Anskaff. Fila er ikkje endra.',
    en: 'The database file {file} was written by a newer Anskaff (schema version {found}; this version knows {known}). Update Anskaff. The file has not been changed.',
  },
  notAnskaff: {
    nb: 'Filen {file} er en SQLite-database, men ikke fra Anskaff. Den er ikke åpnet og ikke endret.',
    nn: 'Fila {file} er ein SQLite-database, men ikkje frå Anskaff. Ho er ikkje opna og ikkje endra.',
    en: 'The file {file} is an SQLite database, but not an Anskaff one. It was not opened or changed.',
  },
} satisfies Record<OpenProblem, Words>);

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    readonly file: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(DatabaseOpenError.text(problem, 'en', file, details));
    this.name = 'DatabaseOpenError';
  }

  static text(problem: OpenProblem, locale: Locale, file: string, details: Record<string, string | number>): string {
    return render(openProblemWords[problem], locale, { ...details, file });
  }

  messageIn(locale: Locale): string {
    return DatabaseOpenError.text(this.problem, locale, this.file, this.details);
  }
}
