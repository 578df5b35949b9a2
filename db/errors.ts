// Why a database could not be opened, in words for the person at the PC.
// The file is never altered or deleted when one of these is thrown.
export type OpenProblem = 'damaged' | 'tooNew' | 'notAnskaff';

const texts: Record<OpenProblem, { nb: string; en: string }> = {
  damaged: {
    nb: 'Databasefilen {file} er skadet eller ikke lesbar, og er ikke åpnet. Filen er ikke endret. Gjenopprett fra nyeste sikkerhetskopi, eller kontakt IT med filen.',
    en: 'The database file {file} is damaged or unreadable and was not opened. The file has not been changed. Restore the newest backup, or contact IT with the file.',
  },
  tooNew: {
    nb: 'Databasefilen {file} er laget av en nyere versjon av Anskaff (skjemaversjon {found}, denne versjonen kjenner {known}). Oppdater Anskaff. Filen er ikke endret.',
    en: 'The database file {file} was written by a newer Anskaff (schema version {found}; this version knows {known}). Update Anskaff. The file has not been changed.',
  },
  notAnskaff: {
    nb: 'Filen {file} er en SQLite-database, men ikke fra Anskaff. Den er ikke åpnet og ikke endret.',
    en: 'The file {file} is an SQLite database, but not an Anskaff one. It was not opened or changed.',
  },
};

export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    readonly file: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(DatabaseOpenError.text(problem, 'en', file, details));
    this.name = 'DatabaseOpenError';
  }

  static text(problem: OpenProblem, locale: 'nb' | 'en', file: string, details: Record<string, string | number>): string {
    return texts[problem][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(k === 'file' ? file : (details[k] ?? '')));
  }

  messageIn(locale: 'nb' | 'en'): string {
    return DatabaseOpenError.text(this.problem, locale, this.file, this.details);
  }
}
