import { z } from 'zod';

/** Why a backup was made; the file name carries it. */
export const backupReasons = ['daily', 'quit', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const BackupSchema = z.object({
  /** The file name, which is also how a restore names it. */
  id: z.string(),
  /** The data folder's own backups, or the extra folder the user chose (a share or USB disk). */
  folder: z.enum(['data', 'extra']),
  at: z.string(),
  reason: z.enum(backupReasons),
  bytes: z.number().int(),
  schemaVersion: z.number().int().nullable(),
  /** What it holds; null where the file could not be read. */
  counts: z.object({ cases: z.number().int(), suppliers: z.number().int(), contracts: z.number().int() }).nullable(),
});
export type Backup = z.infer<typeof BackupSchema>;

/** A file in a backup folder that could not be read (a broken link, a folder out of reach); the list goes on without it. */
export const UnreadableBackupSchema = z.object({
  folder: z.enum(['data', 'extra']),
  /** The file's name; empty when the folder itself could not be read. */
  name: z.string(),
  problem: z.string(),
});
export type UnreadableBackup = z.infer<typeof UnreadableBackupSchema>;

export const BackupListSchema = z.object({
  backups: z.array(BackupSchema),
  unreadable: z.array(UnreadableBackupSchema),
  dataFolder: z.string(),
  extraFolder: z.string().nullable(),
  /** A problem writing to the extra folder at the last backup, in words. */
  extraFolderProblem: z.string().nullable(),
});

export const BackupIdSchema = z.strictObject({
  id: z.string().regex(/^anskaff-(?:[0-9a-f]{12}-)?[0-9TZ-]+-[a-z-]+\.sqlite$/),
  folder: z.enum(['data', 'extra']).default('data'),
});

/** Whether the register is open, or refused at start (damaged) with the newest good backup to offer. */
export const SystemStatusSchema = z.object({
  state: z.enum(['ok', 'damaged']),
  problem: z.string().nullable(),
  dataFolder: z.string(),
  offer: BackupSchema.nullable(),
});
