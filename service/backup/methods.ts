import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError, todayInOslo, type Backup, type Locale, type Output, type ParsedInput } from '../../core/index.js';
import { APPLICATION_ID, checkBackupFile, type DatabaseOpenError, type Opened } from '../../db/index.js';
import { folderPath, hasBackupOn, listBackups, makeBackup, newestGoodBackup, stageRestore, swapIn, type Shelf } from './backups.js';
import { dataBackupFolder, readBackupSettings, writeBackupSettings } from './folders.js';
import { DATABASE_FILE } from '../dataDir.js';

/** What the backup methods need from the service that owns the database. */
export interface BackupHost {
  dataDir: string;
  /** The open database, or null when it was refused at start. */
  live(): Opened | null;
  refused(): DatabaseOpenError | null;
  /** Closes the database (if open) and opens the file again, migrating an older backup. */
  reopen(): void;
  knownSchemaVersion: number;
  /** The triggers and views Anskaff makes (db/schemaObjects.ts): a backup holding others is refused. */
  schemaObjects: ReadonlySet<string>;
  locale: Locale;
}

/** This register's backups: its id from the open register, else as last written beside it. */
export function shelfOf(h: BackupHost): Shelf {
  return { dataDir: h.dataDir, registerId: h.live()?.registerId ?? readBackupSettings(h.dataDir).registerId, known: h.schemaObjects };
}

export const hostMethods = ['system.status', 'backup.list', 'backup.now', 'backup.restore', 'backup.setFolder'] as const;
export type HostMethod = (typeof hostMethods)[number];
/** Methods that work when the register could not be opened: enough to see why and restore. */
export const worksWhileRefused: readonly string[] = ['system.status', 'backup.list', 'backup.restore'];

function status(h: BackupHost): Output<'system.status'> {
  const refused = h.refused();
  return {
    state: refused ? 'damaged' : 'ok',
    problem: refused ? refused.messageIn(h.locale) : null,
    dataFolder: h.dataDir,
    offer: refused ? newestGoodBackup(shelfOf(h)) : null,
  };
}

function list(h: BackupHost): Output<'backup.list'> {
  const s = readBackupSettings(h.dataDir);
  const { backups, unreadable } = listBackups(shelfOf(h));
  return { backups, unreadable, dataFolder: dataBackupFolder(h.dataDir), extraFolder: s.extraFolder, extraFolderProblem: s.extraFolderProblem };
}

async function now(h: BackupHost, reason: 'manual' | 'daily' | 'quit' | 'before-restore' = 'manual') {
  const db = h.live();
  if (!db) throw new AppError('unavailable', 'databaseUnavailable', { problem: h.refused()?.messageIn(h.locale) ?? '' });
  try {
    return await makeBackup(db, h.dataDir, reason, h.schemaObjects);
  } catch (e) {
    throw new AppError('internal', 'backupFailed', { reason: (e as Error).message });
  }
}

async function restore(h: BackupHost, q: ParsedInput<'backup.restore'>): Promise<Output<'backup.restore'>> {
  const dir = folderPath(h.dataDir, q.folder);
  const chosen = dir ? listBackups(shelfOf(h)).backups.find((b) => b.folder === q.folder && b.id === q.id) : undefined;
  if (!dir || !chosen) throw new AppError('not_found', 'backupNotFound', { id: q.id });
  const source = path.join(dir, q.id);
  const check = checkBackupFile(source, APPLICATION_ID, h.schemaObjects);
  if (!check.ok) throw new AppError('invalid_input', 'backupDamaged', { id: q.id, reason: check.problem ?? '' });
  if ((check.schemaVersion ?? 0) > h.knownSchemaVersion) throw new AppError('invalid_input', 'backupTooNew', { id: q.id });
  const dbFile = h.live()?.file ?? path.join(h.dataDir, DATABASE_FILE);
  const failed = (e: unknown) => new AppError('internal', 'restoreFailed', { id: q.id, reason: `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}`.trim() });
  // The chosen copy is staged beside the register first: the safety copy's rotation may remove the original after this.
  let staged: string;
  try {
    staged = stageRestore(dbFile, source, q.folder, shelfOf(h));
  } catch (e) {
    throw failed(e);
  }
  let safetyCopy: Backup | null;
  try {
    // The register as it stands is backed up first, so a restore can itself be undone.
    safetyCopy = h.live() ? await now(h, 'before-restore') : null;
    h.live()?.close();
    swapIn(h.dataDir, dbFile, staged);
  } catch (e) {
    // Nothing was replaced: the register is opened again as it was, and the user told why.
    rmSync(staged, { force: true });
    h.reopen();
    throw e instanceof AppError ? e : failed(e);
  }
  h.reopen();
  return { restored: chosen, safetyCopy, status: status(h) };
}

function setFolder(h: BackupHost, q: ParsedInput<'backup.setFolder'>): Output<'backup.list'> {
  const folder = q.folder ? q.folder : null;
  if (folder) {
    if (!path.isAbsolute(folder) && !/^\\\\/.test(folder)) throw new AppError('invalid_input', 'backupFolderRelative', {}, [{ path: 'folder', key: 'backupFolderRelative' }]);
    const resolved = path.resolve(folder);
    if (resolved === path.resolve(h.dataDir) || resolved === path.resolve(dataBackupFolder(h.dataDir))) {
      throw new AppError('invalid_input', 'backupFolderIsDataFolder', {}, [{ path: 'folder', key: 'backupFolderIsDataFolder' }]);
    }
    if (!existsSync(resolved) || !statSync(resolved).isDirectory()) throw new AppError('invalid_input', 'backupFolderMissing', { folder }, [{ path: 'folder', key: 'backupFolderMissing', params: { folder } }]);
    try {
      accessSync(resolved, constants.W_OK);
    } catch {
      throw new AppError('invalid_input', 'backupFolderNotWritable', { folder }, [{ path: 'folder', key: 'backupFolderNotWritable', params: { folder } }]);
    }
  }
  writeBackupSettings(h.dataDir, { ...readBackupSettings(h.dataDir), extraFolder: folder ? path.resolve(folder) : null, extraFolderProblem: null });
  return list(h);
}

/** Runs a backup method; status, list and folder answer at once, backing up and restoring later. */
export function runHostMethod(method: HostMethod, input: unknown, h: BackupHost): unknown {
  switch (method) {
    case 'system.status':
      return status(h);
    case 'backup.list':
      return list(h);
    case 'backup.now':
      return now(h);
    case 'backup.restore':
      return restore(h, input as ParsedInput<'backup.restore'>);
    case 'backup.setFolder':
      return setFolder(h, input as ParsedInput<'backup.setFolder'>);
  }
}

/** The day's first backup, made when the app starts; nothing if today already has one. */
export async function backupIfFirstToday(h: BackupHost, at: Date = new Date()): Promise<boolean> {
  const db = h.live();
  if (!db || hasBackupOn(shelfOf(h), todayInOslo(at), (iso) => todayInOslo(new Date(iso)))) return false;
  await makeBackup(db, h.dataDir, 'daily', h.schemaObjects, at);
  return true;
}

/** The backup made on quit. */
export async function backupOnQuit(h: BackupHost): Promise<void> {
  const db = h.live();
  if (db) await makeBackup(db, h.dataDir, 'quit', h.schemaObjects);
}
