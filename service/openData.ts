import path from 'node:path';
import { DatabaseOpenError, knownSchemaVersion, openDatabase, schemaObjects, type OpenOptions } from '../db/index.js';
import { dataBackupFolder } from './backup/folders.js';
import { DATABASE_FILE } from './dataDir.js';
import { createService, type DataFolder, type ServiceOptions } from './service.js';

function folderOf(dataDir: string, db: Omit<OpenOptions, 'backupDir'>): DataFolder {
  return {
    dataDir,
    knownSchemaVersion: knownSchemaVersion(db.migrationsDir),
    schemaObjects: schemaObjects(db.migrationsDir),
    open: () => openDatabase(path.join(dataDir, DATABASE_FILE), { ...db, backupDir: dataBackupFolder(dataDir) }),
  };
}

/** Opens the database in a data folder and builds the service over it; throws DatabaseOpenError when it cannot. */
export function openService(dataDir: string, db: Omit<OpenOptions, 'backupDir'>, opts: ServiceOptions = {}) {
  const folder = folderOf(dataDir, db);
  return createService(folder.open(), opts, folder);
}

/**
 * For the app's hosts: a register that cannot be opened (damaged, from a
 * newer version, not Anskaff's) does not stop the app. The service starts
 * refused, says why, and offers the newest good backup to restore.
 */
export function openServiceForApp(dataDir: string, db: Omit<OpenOptions, 'backupDir'>, opts: ServiceOptions = {}) {
  const folder = folderOf(dataDir, db);
  let opened;
  try {
    opened = folder.open();
  } catch (e) {
    if (!(e instanceof DatabaseOpenError)) throw e;
    opened = e;
  }
  return createService(opened, opts, folder);
}
