import path from 'node:path';
import { openDatabase, type OpenOptions } from '../db/index.js';
import { DATABASE_FILE } from './dataDir.js';
import { createService, type ServiceOptions } from './service.js';

/** Opens the database in a data folder and builds the service over it. */
export function openService(dataDir: string, db: Omit<OpenOptions, 'backupDir'>, opts: ServiceOptions = {}) {
  const database = openDatabase(path.join(dataDir, DATABASE_FILE), { ...db, backupDir: path.join(dataDir, 'backups') });
  return createService(database, opts);
}
