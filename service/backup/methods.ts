import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  AppError,
  todayInOslo,
  type Backup,
  type FieldChange,
  type Output,
  type ParsedInput,
} from '../../core/index.js';
import { APPLICATION_ID, checkBackupFile } from '../../db/index.js';
import type { BackupHost } from '../context.js';
import { admins, anyone, buyers, hostMethod } from '../registry.js';
import {
  folderPath,
  hasBackupOn,
  listBackups,
  makeBackup,
  newestGoodBackup,
  stageRestore,
  swapIn,
  type Shelf,
} from './backups.js';
import { dataBackupFolder, readBackupSettings, writeBackupSettings } from './folders.js';
import { DATABASE_FILE } from '../dataDir.js';

export type { BackupHost };

/** This register's backups: its id from the open register, else as last written beside it. */
export function shelfOf(h: BackupHost): Shelf {
  return {
    dataDir: h.dataDir,
    registerId: h.live()?.registerId ?? readBackupSettings(h.dataDir).registerId,
    known: h.schemaObjects,
  };
}

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
  return {
    backups,
    unreadable,
    dataFolder: dataBackupFolder(h.dataDir),
    extraFolder: s.extraFolder,
    extraFolderProblem: s.extraFolderProblem,
  };
}

async function now(h: BackupHost, reason: 'manual' | 'daily' | 'quit' | 'before-restore' = 'manual') {
  const db = h.live();
  if (!db)
    throw new AppError('unavailable', 'databaseUnavailable', { problem: h.refused()?.messageIn(h.locale) ?? '' });
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
  if ((check.schemaVersion ?? 0) > h.knownSchemaVersion)
    throw new AppError('invalid_input', 'backupTooNew', { id: q.id });
  const dbFile = h.live()?.file ?? path.join(h.dataDir, DATABASE_FILE);
  const failed = (e: unknown) =>
    new AppError('internal', 'restoreFailed', {
      id: q.id,
      reason: `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}`.trim(),
    });
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
    if (!path.isAbsolute(folder) && !/^\\\\/.test(folder))
      throw new AppError('invalid_input', 'backupFolderRelative', {}, [
        { path: 'folder', key: 'backupFolderRelative' },
      ]);
    const resolved = path.resolve(folder);
    if (resolved === path.resolve(h.dataDir) || resolved === path.resolve(dataBackupFolder(h.dataDir))) {
      throw new AppError('invalid_input', 'backupFolderIsDataFolder', {}, [
        { path: 'folder', key: 'backupFolderIsDataFolder' },
      ]);
    }
    if (!existsSync(resolved) || !statSync(resolved).isDirectory())
      throw new AppError('invalid_input', 'backupFolderMissing', { folder }, [
        { path: 'folder', key: 'backupFolderMissing', params: { folder } },
      ]);
    try {
      accessSync(resolved, constants.W_OK);
    } catch {
      throw new AppError('invalid_input', 'backupFolderNotWritable', { folder }, [
        { path: 'folder', key: 'backupFolderNotWritable', params: { folder } },
      ]);
    }
  }
  writeBackupSettings(h.dataDir, {
    ...readBackupSettings(h.dataDir),
    extraFolder: folder ? path.resolve(folder) : null,
    extraFolderProblem: null,
  });
  return list(h);
}

/**
 * A change of the extra backup folder, recorded like the other settings.
 * The folder is kept in a file beside the database, so the entry is
 * written in a transaction around the change: a refused folder leaves no entry.
 */
export function backupFolderChange(before: string | null, after: string | null): FieldChange[] {
  return before === after ? [] : [{ field: 'backupFolder', before, after }];
}

/**
 * The host methods: they run over the data folder (status, list and folder
 * answer at once, backing up and restoring later), and status, list and
 * restore work while the register is refused, so the user can see why and
 * restore. A restore is recorded in the history of the register it brings
 * back (which backup, and the safety copy of the one it replaced), written
 * once the file is swapped in.
 */
export const backupMethods = {
  'system.status': hostMethod(anyone, { writes: false, whileRefused: true })(
    (_: ParsedInput<'system.status'>, h: BackupHost) => status(h),
  ),
  'backup.list': hostMethod(admins, { writes: false, whileRefused: true })(
    (_: ParsedInput<'backup.list'>, h: BackupHost) => list(h),
  ),
  'backup.now': hostMethod(buyers, { writes: false })((_: ParsedInput<'backup.now'>, h: BackupHost) => now(h)),
  'backup.restore': hostMethod(admins, {
    writes: true,
    whileRefused: true,
    audit: {
      kind: 'host',
      entity: 'settings',
      when: 'after',
      before: () => null,
      changes: (_, out) => {
        const r = out as Output<'backup.restore'>;
        return [
          { field: 'restoredBackup', before: null, after: r.restored.at },
          { field: 'safetyCopy', before: null, after: r.safetyCopy?.at ?? null },
        ];
      },
    },
  })((q: ParsedInput<'backup.restore'>, h: BackupHost) => restore(h, q)),
  'backup.setFolder': hostMethod(admins, {
    writes: true,
    audit: {
      kind: 'host',
      entity: 'settings',
      when: 'around',
      before: (h) => readBackupSettings(h.dataDir).extraFolder,
      changes: (before, out) =>
        backupFolderChange(before as string | null, (out as Output<'backup.setFolder'>).extraFolder),
    },
  })((q: ParsedInput<'backup.setFolder'>, h: BackupHost) => setFolder(h, q)),
};

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
