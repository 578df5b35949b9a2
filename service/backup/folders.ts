import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTER_ID } from '../../db/index.js';

// Where backups go. The extra folder (a network share or USB disk) is kept
// in a small file beside the database, not in it: a damaged database must
// not take the way to its own backups with it.
const SETTINGS_FILE = 'backup-settings.json';

export interface BackupSettings {
  extraFolder: string | null;
  /** What went wrong writing to the extra folder last time, in words; null when it worked. */
  extraFolderProblem: string | null;
  /** The register's id (db/open.ts), kept here too so a register that cannot be opened still knows which backups are its own. */
  registerId: string | null;
}

export const dataBackupFolder = (dataDir: string) => path.join(dataDir, 'backups');

export function readBackupSettings(dataDir: string): BackupSettings {
  const file = path.join(dataDir, SETTINGS_FILE);
  const none: BackupSettings = { extraFolder: null, extraFolderProblem: null, registerId: null };
  if (!existsSync(file)) return none;
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupSettings>;
    return {
      extraFolder: typeof v.extraFolder === 'string' && path.isAbsolute(v.extraFolder) ? v.extraFolder : null,
      extraFolderProblem: typeof v.extraFolderProblem === 'string' ? v.extraFolderProblem : null,
      registerId: typeof v.registerId === 'string' && REGISTER_ID.test(v.registerId) ? v.registerId : null,
    };
  } catch {
    return none;
  }
}

export function writeBackupSettings(dataDir: string, s: BackupSettings): void {
  writeFileSync(path.join(dataDir, SETTINGS_FILE), JSON.stringify(s, null, 2));
}
