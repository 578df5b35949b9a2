import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { backupsToKeep, type Backup, type BackupReason } from '../../core/index.js';
import { APPLICATION_ID, backupFileName, checkBackupFile, parseBackupFileName, type Opened } from '../../db/index.js';
import { dataBackupFolder, readBackupSettings, writeBackupSettings } from './folders.js';

// Backups of the register: made with SQLite's online backup API (the app
// keeps working while it copies), checked by reading the copy back, described
// in a small sidecar file so the restore screen need not open every copy,
// and rotated 7 daily / 4 weekly / 12 monthly.

type Folder = Backup['folder'];
const SIDE = '.json';

function describe(folder: Folder, dir: string, id: string): Backup | null {
  const parsed = parseBackupFileName(id);
  if (!parsed) return null;
  const file = path.join(dir, id);
  let side: Pick<Backup, 'schemaVersion' | 'counts'>;
  try {
    side = JSON.parse(readFileSync(file + SIDE, 'utf8')) as Pick<Backup, 'schemaVersion' | 'counts'>;
  } catch {
    // No sidecar (a copy made before a migration, or copied in by hand): read the copy itself.
    const c = checkBackupFile(file, APPLICATION_ID);
    side = { schemaVersion: c.schemaVersion, counts: c.counts };
  }
  return { id, folder, at: parsed.at, reason: parsed.reason as BackupReason, bytes: statSync(file).size, schemaVersion: side.schemaVersion ?? null, counts: side.counts ?? null };
}

function listFolder(folder: Folder, dir: string | null): Backup[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => parseBackupFileName(n) !== null)
    .map((n) => describe(folder, dir, n))
    .filter((b): b is Backup => b !== null);
}

export function folderPath(dataDir: string, folder: Folder): string | null {
  return folder === 'data' ? dataBackupFolder(dataDir) : readBackupSettings(dataDir).extraFolder;
}

/** Every backup in the data folder and the extra folder, newest first. */
export function listBackups(dataDir: string): Backup[] {
  const extra = readBackupSettings(dataDir).extraFolder;
  return [...listFolder('data', dataBackupFolder(dataDir)), ...listFolder('extra', extra)].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Deletes what the rotation does not keep; touches nothing but our own backup files. */
export function rotate(dir: string, now: Date): string[] {
  const found = listFolder('data', dir);
  const keep = backupsToKeep(found, now);
  const removed: string[] = [];
  for (const b of found) {
    if (keep.has(b.id)) continue;
    rmSync(path.join(dir, b.id), { force: true });
    rmSync(path.join(dir, b.id + SIDE), { force: true });
    removed.push(b.id);
  }
  return removed;
}

/**
 * Copies the open database into the data folder's backups (and the extra
 * folder, if one is set), checks the copy, and rotates. A failure to reach
 * the extra folder does not fail the backup; it is remembered and shown.
 */
export async function makeBackup(database: Opened, dataDir: string, reason: BackupReason, now: Date = new Date()): Promise<Backup> {
  const dir = dataBackupFolder(dataDir);
  mkdirSync(dir, { recursive: true });
  const id = backupFileName(now, reason);
  const file = path.join(dir, id);
  const partial = `${file}.partial`;
  await database.sqlite.backup(partial);
  const check = checkBackupFile(partial, APPLICATION_ID);
  if (!check.ok) {
    rmSync(partial, { force: true });
    throw new Error(`the backup copy failed its check: ${check.problem}`);
  }
  // Renamed only when complete, so a half-written copy never looks like a backup.
  renameSync(partial, file);
  writeFileSync(file + SIDE, JSON.stringify({ schemaVersion: check.schemaVersion, counts: check.counts }));
  rotate(dir, now);

  const settings = readBackupSettings(dataDir);
  if (settings.extraFolder) {
    let problem: string | null = null;
    try {
      mkdirSync(settings.extraFolder, { recursive: true });
      copyFileSync(file, path.join(settings.extraFolder, `${id}.partial`));
      renameSync(path.join(settings.extraFolder, `${id}.partial`), path.join(settings.extraFolder, id));
      copyFileSync(file + SIDE, path.join(settings.extraFolder, id + SIDE));
      rotate(settings.extraFolder, now);
    } catch (e) {
      problem = `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}`.trim();
    }
    if (problem !== settings.extraFolderProblem) writeBackupSettings(dataDir, { ...settings, extraFolderProblem: problem });
  }
  return describe('data', dir, id)!;
}

/** The newest backup that passes SQLite's integrity check now (not just when it was made). */
export function newestGoodBackup(dataDir: string): Backup | null {
  for (const b of listBackups(dataDir)) {
    const dir = folderPath(dataDir, b.folder);
    if (dir && checkBackupFile(path.join(dir, b.id), APPLICATION_ID).ok) return b;
  }
  return null;
}

/** Whether today (Norway) already has a backup in the data folder. */
export function hasBackupOn(dataDir: string, isoDay: string, dayOf: (at: string) => string): boolean {
  return listFolder('data', dataBackupFolder(dataDir)).some((b) => dayOf(b.at) === isoDay);
}

/**
 * Puts a checked backup in place of the database file. The database must be
 * closed. What was there is moved aside, never deleted: into the backups as
 * it is when it is readable (the caller made a "before-restore" copy), or
 * kept as anskaff-damaged-<time>.sqlite when it is not.
 */
export function putBackupInPlace(dataDir: string, dbFile: string, source: string, now: Date = new Date()): string | null {
  const check = checkBackupFile(source, APPLICATION_ID);
  if (!check.ok) throw new Error(`backup ${path.basename(source)} failed its check: ${check.problem}`);
  let movedAside: string | null = null;
  if (existsSync(dbFile)) {
    movedAside = path.join(dataDir, `anskaff-replaced-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) {
      // A journal left beside the old file would be replayed into the restored one: it goes with its file.
      if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, movedAside + suffix);
    }
  }
  const tmp = `${dbFile}.restoring`;
  copyFileSync(source, tmp);
  renameSync(tmp, dbFile);
  return movedAside;
}
