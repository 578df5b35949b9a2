import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { backupsToKeep, type Backup, type BackupReason, type UnreadableBackup } from '../../core/index.js';
import {
  APPLICATION_ID,
  backupFileName,
  checkBackupFile,
  openSqlite,
  parseBackupFileName,
  registerIdInFile,
  settleCopy,
  type Opened,
} from '../../db/index.js';
import { dataBackupFolder, readBackupSettings, writeBackupSettings } from './folders.js';

// Backups of the register: made with SQLite's online backup API (the app
// keeps working while it copies), checked by reading the copy back, described
// in a small sidecar file so the restore screen need not open every copy,
// and rotated 7 daily / 4 weekly / 12 monthly. Each carries its register's
// id in its name: a folder several PCs share holds each register's backups
// apart, and one register never lists, restores or prunes another's.

type Folder = Backup['folder'];
const SIDE = '.json';

/** Which backups are this register's: its own id in the name; in its own data folder also copies from before ids existed. */
export interface Shelf {
  dataDir: string;
  /** Null when the register could not be opened and no backup has named it yet. */
  registerId: string | null;
  /** The triggers and views Anskaff makes (db/schemaObjects.ts): a backup with others is refused. */
  known: ReadonlySet<string>;
}

const belongs = (folder: Folder, shelf: Shelf, registerId: string | null) =>
  folder === 'data'
    ? registerId === null || shelf.registerId === null || registerId === shelf.registerId
    : registerId !== null && registerId === shelf.registerId;

/** What the sidecar says; anything else there is ignored and the copy itself is read. */
const SideSchema = z.object({
  schemaVersion: z.number().int().nonnegative().nullable(),
  counts: z
    .object({
      cases: z.number().int().nonnegative(),
      suppliers: z.number().int().nonnegative(),
      contracts: z.number().int().nonnegative(),
    })
    .nullable(),
});

function describe(folder: Folder, dir: string, id: string, shelf: Shelf): Backup {
  const parsed = parseBackupFileName(id)!;
  const file = path.join(dir, id);
  const bytes = statSync(file).size; // throws for a file that is not there (a dangling link): the caller reports it
  let side: z.infer<typeof SideSchema>;
  try {
    side = SideSchema.parse(JSON.parse(readFileSync(file + SIDE, 'utf8')));
  } catch {
    // No sidecar (a copy made before a migration, or copied in by hand), or one Anskaff did not write: read the copy itself.
    const c = checkBackupFile(file, APPLICATION_ID, shelf.known);
    side = { schemaVersion: c.schemaVersion, counts: c.counts };
  }
  return {
    id,
    folder,
    at: parsed.at,
    reason: parsed.reason as BackupReason,
    bytes,
    schemaVersion: side.schemaVersion,
    counts: side.counts,
  };
}

interface Listed {
  backups: Backup[];
  unreadable: UnreadableBackup[];
}

const problemOf = (e: unknown) => `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}`.trim();

function listFolder(folder: Folder, dir: string | null, shelf: Shelf): Listed {
  const out: Listed = { backups: [], unreadable: [] };
  if (!dir || !existsSync(dir)) return out;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    out.unreadable.push({ folder, name: '', problem: problemOf(e) });
    return out;
  }
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed || !belongs(folder, shelf, parsed.registerId)) continue;
    try {
      out.backups.push(describe(folder, dir, name, shelf));
    } catch (e) {
      out.unreadable.push({ folder, name, problem: problemOf(e) });
    }
  }
  return out;
}

export function folderPath(dataDir: string, folder: Folder): string | null {
  return folder === 'data' ? dataBackupFolder(dataDir) : readBackupSettings(dataDir).extraFolder;
}

/** Every backup of this register in the data folder and the extra folder, newest first, and the files that could not be read. */
export function listBackups(shelf: Shelf): Listed {
  const extra = readBackupSettings(shelf.dataDir).extraFolder;
  const a = listFolder('data', dataBackupFolder(shelf.dataDir), shelf);
  const b = listFolder('extra', extra, shelf);
  return {
    backups: [...a.backups, ...b.backups].sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0)),
    unreadable: [...a.unreadable, ...b.unreadable],
  };
}

/**
 * Deletes what the rotation does not keep; touches nothing but this
 * register's own backup files. In the extra folder (which others may write
 * to) a file counts as ours only when the file itself says so, not its name
 * or the description beside it: a planted file can neither be kept in place
 * of a real backup nor have a real one deleted for it.
 */
export function rotate(folder: Folder, dir: string, now: Date, shelf: Shelf): string[] {
  const listed = listFolder(folder, dir, shelf).backups;
  const found =
    folder === 'data'
      ? listed
      : listed.filter((b) => registerIdInFile(path.join(dir, b.id), APPLICATION_ID) === shelf.registerId);
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
 * the extra folder does not fail the backup; it is remembered and shown. The
 * copy to the extra folder (often a network share) is asynchronous, so a slow
 * share never holds up the app.
 */
export async function makeBackup(
  database: Opened,
  dataDir: string,
  reason: BackupReason,
  known: ReadonlySet<string>,
  now: Date = new Date(),
): Promise<Backup> {
  const shelf: Shelf = { dataDir, registerId: database.registerId, known };
  const dir = dataBackupFolder(dataDir);
  mkdirSync(dir, { recursive: true });
  const id = backupFileName(now, reason, database.registerId);
  const file = path.join(dir, id);
  const partial = `${file}.partial`;
  await database.sqlite.backup(partial);
  settleCopy(partial);
  const check = checkBackupFile(partial, APPLICATION_ID, known);
  if (!check.ok) {
    rmSync(partial, { force: true });
    throw new Error(`the backup copy failed its check: ${check.problem}`);
  }
  // Renamed only when complete, so a half-written copy never looks like a backup.
  renameSync(partial, file);
  writeFileSync(
    file + SIDE,
    JSON.stringify({ schemaVersion: check.schemaVersion, counts: check.counts, registerId: database.registerId }),
  );
  rotate('data', dir, now, shelf);

  const settings = readBackupSettings(dataDir);
  let problem: string | null = settings.extraFolderProblem;
  if (settings.extraFolder) {
    problem = null;
    try {
      await mkdir(settings.extraFolder, { recursive: true });
      await copyFile(file, path.join(settings.extraFolder, `${id}.partial`));
      await rename(path.join(settings.extraFolder, `${id}.partial`), path.join(settings.extraFolder, id));
      await copyFile(file + SIDE, path.join(settings.extraFolder, id + SIDE));
      rotate('extra', settings.extraFolder, now, shelf);
    } catch (e) {
      problem = problemOf(e);
      await rm(path.join(settings.extraFolder, `${id}.partial`), { force: true }).catch(() => {});
    }
  }
  // The register's id is kept beside the database too: a register that cannot be opened still knows its own backups.
  if (problem !== settings.extraFolderProblem || settings.registerId !== database.registerId) {
    writeBackupSettings(dataDir, { ...settings, extraFolderProblem: problem, registerId: database.registerId });
  }
  return describe('data', dir, id, shelf);
}

/** The newest backup of this register that passes SQLite's integrity check now (not just when it was made). */
export function newestGoodBackup(shelf: Shelf): Backup | null {
  for (const b of listBackups(shelf).backups) {
    const dir = folderPath(shelf.dataDir, b.folder);
    if (!dir) continue;
    const c = checkBackupFile(path.join(dir, b.id), APPLICATION_ID, shelf.known);
    if (c.ok && isOurs(b.folder, shelf, c.registerId)) return b;
  }
  return null;
}

/** Whether a copy's own register id (read from the file) makes it this register's: in the data folder, copies from before ids count too. */
const isOurs = (folder: Folder, shelf: Shelf, inFile: string | null) =>
  shelf.registerId === null ? folder === 'data' : inFile === shelf.registerId || (folder === 'data' && inFile === null);

/** Whether today (Norway) already has a backup in the data folder. */
export function hasBackupOn(shelf: Shelf, isoDay: string, dayOf: (at: string) => string): boolean {
  return listFolder('data', dataBackupFolder(shelf.dataDir), shelf).backups.some((b) => dayOf(b.at) === isoDay);
}

/**
 * The first half of a restore: the chosen backup copied into the data folder
 * beside the register and checked there, as this register's (a copy from
 * before registers had ids is given this register's id; another register's
 * is refused). Nothing of the register is touched yet, so a copy that cannot
 * be made (a share gone, a full disk) costs nothing, and the backups may be
 * rotated after this without losing the one chosen.
 */
export function stageRestore(dbFile: string, source: string, folder: Folder, shelf: Shelf): string {
  const tmp = `${dbFile}.restoring`;
  let copied = false;
  try {
    copyFileSync(source, tmp);
    copied = true;
    settleCopy(tmp);
    const check = checkBackupFile(tmp, APPLICATION_ID, shelf.known);
    if (!check.ok) throw new Error(`backup ${path.basename(source)} failed its check: ${check.problem}`);
    if (!isOurs(folder, shelf, check.registerId))
      throw new Error(`backup ${path.basename(source)} is another register's`);
    if (shelf.registerId && check.registerId !== shelf.registerId) {
      const db = openSqlite(tmp, { fileMustExist: true });
      try {
        db.prepare(
          "INSERT INTO settings (key, value) VALUES ('registerId', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        ).run(shelf.registerId);
      } finally {
        db.close();
      }
    }
    return tmp;
  } catch (e) {
    if (copied) rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The second half: the staged copy put in place of the database file (which
 * must be closed). What was there is moved aside, never deleted (the caller
 * made a "before-restore" copy of it); if the copy cannot be renamed into
 * place, what was there is put back.
 */
export function swapIn(dataDir: string, dbFile: string, staged: string, now: Date = new Date()): string | null {
  let movedAside: string | null = null;
  if (existsSync(dbFile)) {
    movedAside = path.join(dataDir, `anskaff-replaced-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
    for (const suffix of ['', '-wal', '-shm']) {
      // A journal left beside the old file would be replayed into the restored one: it goes with its file.
      if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, movedAside + suffix);
    }
  }
  try {
    renameSync(staged, dbFile);
  } catch (e) {
    if (movedAside)
      for (const suffix of ['', '-wal', '-shm'])
        if (existsSync(movedAside + suffix)) renameSync(movedAside + suffix, dbFile + suffix);
    throw e;
  }
  return movedAside;
}
