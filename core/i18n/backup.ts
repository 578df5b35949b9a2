import { defineMessages } from './messages.js';

// The service's messages on opening the register, backups and restoring one,
// and the backup folder.
// Part of the service's catalogue (core/i18n/service.ts spreads it in).
export const backupMessages = defineMessages({
  databaseUnavailable: {
    nb: 'Registeret er ikke åpnet: {problem}',
    nn: 'Registeret er ikkje opna: {problem}',
    en: 'The register is not open: {problem}',
  },
  backupNotFound: {
    nb: 'Fant ikke sikkerhetskopien {id}.',
    nn: 'Fann ikkje tryggingskopien {id}.',
    en: 'Backup {id} was not found.',
  },
  backupFailed: {
    nb: 'Sikkerhetskopien kunne ikke tas: {reason}. Registeret er ikke endret.',
    nn: 'Tryggingskopien kunne ikkje takast: {reason}. Registeret er ikkje endra.',
    en: 'The backup could not be made: {reason}. The register has not been changed.',
  },
  backupDamaged: {
    nb: 'Sikkerhetskopien {id} er skadet ({reason}) og kan ikke gjenopprettes. Velg en annen.',
    nn: 'Tryggingskopien {id} er skadd ({reason}) og kan ikkje gjenopprettast. Vel ein annan.',
    en: 'Backup {id} is damaged ({reason}) and cannot be restored. Choose another.',
  },
  restoreFailed: {
    nb: 'Sikkerhetskopien {id} kunne ikke legges inn ({reason}). Registeret er som før. Sjekk at mappen er tilgjengelig og at disken har plass, og prøv igjen.',
    nn: 'Tryggingskopien {id} kunne ikkje leggjast inn ({reason}). Registeret er som før. Sjekk at mappa er tilgjengeleg og at disken har plass, og prøv igjen.',
    en: 'Backup {id} could not be put in place ({reason}). The register is as it was. Check that the folder can be reached and the disk has room, and try again.',
  },
  backupTooNew: {
    nb: 'Sikkerhetskopien {id} er laget av en nyere versjon av Anskaff. Oppdater Anskaff først.',
    nn: 'Tryggingskopien {id} er laga av ein nyare versjon av Anskaff. Oppdater Anskaff først.',
    en: 'Backup {id} was made by a newer Anskaff. Update Anskaff first.',
  },
  backupFolderMissing: {
    nb: 'Mappen {folder} finnes ikke eller er ikke tilgjengelig. Sjekk at disken eller nettverksområdet er koblet til.',
    nn: 'Mappa {folder} finst ikkje eller er ikkje tilgjengeleg. Sjekk at disken eller nettverksområdet er kopla til.',
    en: 'The folder {folder} does not exist or cannot be reached. Check that the disk or network share is connected.',
  },
  backupFolderNotWritable: {
    nb: 'Anskaff kan ikke skrive i {folder}. Velg en mappe du har skrivetilgang til.',
    nn: 'Anskaff kan ikkje skrive i {folder}. Vel ei mappe du har skrivetilgang til.',
    en: 'Anskaff cannot write to {folder}. Choose a folder you can write to.',
  },
  backupFolderIsDataFolder: {
    nb: 'Velg en annen mappe enn datamappen; en ekstra kopi skal ligge et annet sted.',
    nn: 'Vel ei anna mappe enn datamappa; ein ekstra kopi skal liggje ein annan stad.',
    en: 'Choose a folder other than the data folder; an extra copy belongs somewhere else.',
  },
  backupFolderRelative: {
    nb: 'Skriv hele stien til mappen, f.eks. E:\\Sikkerhetskopi eller \\\\server\\felles\\anskaff.',
    nn: 'Skriv heile stien til mappa, t.d. E:\\Tryggingskopi eller \\\\server\\felles\\anskaff.',
    en: 'Write the full path of the folder, e.g. E:\\Backup or \\\\server\\share\\anskaff.',
  },
});
