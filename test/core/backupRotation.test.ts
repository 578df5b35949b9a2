import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_KEEP, backupsToKeep, PINNED_DAYS, todayInOslo, type RotatableBackup } from '../../core/index.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const reasons = ['daily', 'quit', 'manual', 'before-restore', 'before-migration'];

/** Up to two years of backups at random times, some of them on the same day. */
const backupsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 730 * 24 * 60 }), { minLength: 1, maxLength: 120 })
  .chain((minutesAgo) =>
    fc.tuple(
      ...minutesAgo.map((m) =>
        fc.constantFrom(...reasons).map((reason): RotatableBackup => ({
          id: `b${m}`,
          at: new Date(NOW.getTime() - m * 60_000).toISOString(),
          reason,
        })),
      ),
    ),
  );

const day = (b: RotatableBackup) => todayInOslo(new Date(b.at));
const newestFirst = (bs: RotatableBackup[]) => [...bs].sort((a, b) => (a.at < b.at ? 1 : -1));
const pinned = (b: RotatableBackup) =>
  ['manual', 'before-restore', 'before-migration'].includes(b.reason) &&
  NOW.getTime() - Date.parse(b.at) <= PINNED_DAYS * 86_400_000;

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('always keeps the newest backup and the newest of each of the last 7 days and 12 months', () => {
    fc.assert(
      fc.property(backupsArb, (bs) => {
        const keep = backupsToKeep(bs, NOW);
        const sorted = newestFirst(bs);
        expect(keep.has(sorted[0]!.id)).toBe(true);
        const days = [...new Set(sorted.map(day))].slice(0, BACKUP_KEEP.daily);
        for (const d of days) expect(keep.has(sorted.find((b) => day(b) === d)!.id)).toBe(true);
        const months = [...new Set(sorted.map((b) => day(b).slice(0, 7)))].slice(0, BACKUP_KEEP.monthly);
        for (const m of months) expect(keep.has(sorted.find((b) => day(b).startsWith(m))!.id)).toBe(true);
      }),
    );
  });

  it('keeps no more than 7 + 4 + 12 beside the pinned copies, and only ids it was given', () => {
    fc.assert(
      fc.property(backupsArb, (bs) => {
        const keep = backupsToKeep(bs, NOW);
        const ids = new Set(bs.map((b) => b.id));
        for (const id of keep) expect(ids.has(id)).toBe(true);
        const unpinnedKept = bs.filter((b) => keep.has(b.id) && !pinned(b));
        expect(unpinnedKept.length).toBeLessThanOrEqual(BACKUP_KEEP.daily + BACKUP_KEEP.weekly + BACKUP_KEEP.monthly);
        for (const b of bs) if (pinned(b)) expect(keep.has(b.id)).toBe(true);
      }),
    );
  });

  it('deletes nothing more when run again on what it kept', () => {
    fc.assert(
      fc.property(backupsArb, (bs) => {
        const keep = backupsToKeep(bs, NOW);
        const again = backupsToKeep(
          bs.filter((b) => keep.has(b.id)),
          NOW,
        );
        expect([...again].sort()).toEqual([...keep].sort());
      }),
    );
  });

  it('keeps a year of monthly backups from daily ones and thins the rest', () => {
    const daily = Array.from({ length: 400 }, (_, i): RotatableBackup => ({
      id: `d${i}`,
      at: new Date(NOW.getTime() - i * 86_400_000).toISOString(),
      reason: 'daily',
    }));
    const keep = backupsToKeep(daily, NOW);
    // 7 days, then weeks and months that the days do not already cover.
    expect(keep.size).toBeGreaterThanOrEqual(12);
    expect(keep.size).toBeLessThanOrEqual(23);
    for (let i = 0; i < 7; i++) expect(keep.has(`d${i}`)).toBe(true);
  });

  it('keeps what it keeps from the past whatever files dated in the future (a clock run ahead, files planted in a shared folder) are beside them, and deletes none of those', () => {
    const futureArb = fc.array(
      fc.record({
        days: fc.integer({ min: 2, max: 30_000 }),
        reason: fc.constantFrom(...reasons),
        name: fc.integer({ min: 0, max: 9999 }),
      }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(backupsArb, futureArb, (bs, extra) => {
        const planted = extra.map((f, i): RotatableBackup => ({
          id: `future-${i}-${f.name}`,
          at: new Date(NOW.getTime() + f.days * 86_400_000).toISOString(),
          reason: f.reason,
        }));
        const alone = backupsToKeep(bs, NOW);
        const withPlanted = backupsToKeep([...bs, ...planted], NOW);
        for (const id of alone) expect(withPlanted.has(id)).toBe(true);
        for (const p of planted) expect(withPlanted.has(p.id)).toBe(true);
      }),
    );
  });
});
