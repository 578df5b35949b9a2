import { fromDayNumber, toDayNumber, todayInOslo } from './dates.js';

// Which backups to keep: the newest of each of the last 7 days that have a
// backup, of each of the last 4 ISO weeks, and of each of the last 12
// months ("grandfather-father-son"). A copy the user asked for, or one made
// before a restore or a migration, is also kept for 30 days whatever else
// happens that day: it is the one wanted back when something went wrong.
export const BACKUP_KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;
export const PINNED_REASONS = ['manual', 'before-restore', 'before-migration'] as const;
export const PINNED_DAYS = 30;
/** A backup dated more than this after now (a clock that ran ahead, a file planted in a shared folder) is kept and takes no slot. */
export const FUTURE_SLACK_MS = 86_400_000;

export interface RotatableBackup {
  id: string;
  /** When it was made (ISO instant). */
  at: string;
  reason: string;
}

/** The Monday of the ISO week a date falls in, as a key. */
function weekKey(isoDay: string): string {
  const n = toDayNumber(isoDay);
  // 1970-01-01 was a Thursday: day 0 → weekday 3 with Monday = 0.
  const weekday = (((n + 3) % 7) + 7) % 7;
  return fromDayNumber(n - weekday);
}

function newestPer(
  sorted: RotatableBackup[],
  key: (b: RotatableBackup) => string,
  count: number,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const b of sorted) {
    const k = key(b);
    if (seen.has(k)) continue;
    if (seen.size === count) break;
    seen.add(k);
    keep.add(b.id);
  }
}

/** The ids to keep; every other backup in the folder may be deleted. Days are Norway's days. */
export function backupsToKeep(backups: readonly RotatableBackup[], now: Date): Set<string> {
  // What rotation cannot place in time, it neither deletes nor lets push out the real newest of a day, week or month.
  const future = (b: RotatableBackup) => !(Date.parse(b.at) <= now.getTime() + FUTURE_SLACK_MS);
  const keep = new Set<string>(backups.filter(future).map((b) => b.id));
  const sorted = backups
    .filter((b) => !future(b))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
  const day = (b: RotatableBackup) => todayInOslo(new Date(b.at));
  newestPer(sorted, day, BACKUP_KEEP.daily, keep);
  newestPer(sorted, (b) => weekKey(day(b)), BACKUP_KEEP.weekly, keep);
  newestPer(sorted, (b) => day(b).slice(0, 7), BACKUP_KEEP.monthly, keep);
  const pinnedSince = now.getTime() - PINNED_DAYS * 86_400_000;
  for (const b of sorted) {
    if ((PINNED_REASONS as readonly string[]).includes(b.reason) && Date.parse(b.at) >= pinnedSince) keep.add(b.id);
  }
  return keep;
}
