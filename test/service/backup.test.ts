import { openSqlite } from '../../db/sqlite.js';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../core/index.js';
import { backupIfFirstToday } from '../../service/backup/methods.js';
import { openServiceForApp } from '../../service/openData.js';
import { migrationsDir } from '../../service/repoPaths.js';
import type { Service } from '../../service/service.js';
import { damage, padAndCheckpoint } from '../helpers/damage.js';
import { ok, sampleCase, tempDir, tempService, TODAY } from '../helpers/tempService.js';

/**
 * Every row of every table, in order: two databases with equal dumps hold the
 * same data. The restore's own entry in the history (which backup came back)
 * is left out: it is the one thing a restore adds.
 */
function dump(file: string): string {
  const db = openSqlite(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const rows = (name: string) =>
      db
        .prepare(
          name === 'audit_log' ? `SELECT * FROM audit_log WHERE method <> 'backup.restore'` : `SELECT * FROM "${name}"`,
        )
        .raw()
        .all();
    return JSON.stringify(
      tables.map(({ name }) => [
        name,
        rows(name)
          .map((r) => JSON.stringify(r))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

async function call<M extends 'backup.now' | 'backup.restore'>(
  s: Service,
  method: M,
  input: object,
): Promise<Output<M>> {
  const r = await s.call(method, input, 'nb');
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.body)}`);
  return r.value as Output<M>;
}

const openApp = (dataDir: string) =>
  openServiceForApp(dataDir, { migrationsDir }, { today: () => TODAY, checkOutputs: true, log: () => {} });

describe('backups', () => {
  it('restores a backup to a database identical to the one backed up, keeping a copy of what it replaced', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 60 });
    const backup = await call(s, 'backup.now', {});
    expect(backup).toMatchObject({ folder: 'data', reason: 'manual', counts: { cases: 60 } });
    expect(backup.counts!.suppliers).toBeGreaterThan(0);
    const asBackedUp = dump(path.join(s.dataDir, 'backups', backup.id));

    // Work goes on after the backup: a new case and an edit.
    const created = ok(s, 'cases.create', sampleCase({ caseNumber: '2026/9999' }));
    const { registeredDate: _, ...fields } = sampleCase({ caseNumber: '2026/9999' });
    ok(s, 'cases.update', {
      ...fields,
      id: created.id,
      version: created.version,
      title: 'Endret etter sikkerhetskopien',
    });

    const r = await call(s, 'backup.restore', { id: backup.id });
    expect(r.status.state).toBe('ok');
    expect(r.safetyCopy).toMatchObject({ reason: 'before-restore', counts: { cases: 61 } });
    s.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(dump(s.database.file)).toBe(asBackedUp);
    expect(ok(s, 'cases.list', {}).total).toBe(60);

    // The restore can itself be undone from the copy it made first.
    await call(s, 'backup.restore', { id: r.safetyCopy!.id });
    expect(ok(s, 'cases.get', { id: created.id }).title).toBe('Endret etter sikkerhetskopien');
  });

  it('refuses a damaged database at start, keeps it, and offers the newest good backup, which restores', async () => {
    const dataDir = tempDir();
    const first = openApp(dataDir);
    ok(first, 'demo.seed', { cases: 40 });
    const older = await call(first, 'backup.now', {});
    ok(first, 'cases.create', sampleCase({ caseNumber: '2026/7777' }));
    const newest = await call(first, 'backup.now', {});
    // The newest backup is itself damaged: the offer must pass it over for one that reads.
    damage(path.join(dataDir, 'backups', newest.id));
    padAndCheckpoint(first.database.sqlite, 2030);
    first.database.close();
    const file = path.join(dataDir, 'anskaff.sqlite');
    damage(file);
    const damagedBytes = readFileSync(file);

    const s = openApp(dataDir);
    const status = ok(s, 'system.status', {});
    expect(status.state).toBe('damaged');
    expect(status.problem).toMatch(/skadet/);
    expect(status.offer).toMatchObject({ id: older.id, counts: { cases: 40 } });
    // Nothing else answers, and the file is not touched.
    const refused = s.dispatch('cases.list', {}, 'nb');
    expect(refused).toMatchObject({ ok: false, status: 503, body: { error: { code: 'unavailable' } } });
    expect(readFileSync(file).equals(damagedBytes)).toBe(true);
    expect((await s.call('backup.now', {}, 'en')).ok).toBe(false);

    const r = await call(s, 'backup.restore', { id: status.offer!.id });
    expect(r.safetyCopy).toBeNull();
    expect(r.status.state).toBe('ok');
    expect(ok(s, 'cases.list', {}).total).toBe(40);
    // The damaged file was moved aside, byte for byte, never deleted.
    const aside = readdirSync(dataDir).find((n) => n.startsWith('anskaff-replaced-') && n.endsWith('.sqlite'))!;
    expect(readFileSync(path.join(dataDir, aside)).equals(damagedBytes)).toBe(true);
    s.database.close();
  });

  it('refuses to restore a damaged backup and leaves the register as it was', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 20 });
    const b = await call(s, 'backup.now', {});
    damage(path.join(s.dataDir, 'backups', b.id));
    const r = await s.call('backup.restore', { id: b.id }, 'nb');
    expect(r).toMatchObject({ ok: false, status: 400 });
    expect(!r.ok && r.body.error.message).toMatch(/skadet/);
    expect(ok(s, 'cases.list', {}).total).toBe(20);
  });

  it('copies every backup to the extra folder too, and checks the folder first', async () => {
    const s = tempService();
    ok(s, 'cases.create', sampleCase());
    const extra = path.join(tempDir(), 'usb');
    const missing = s.dispatch('backup.setFolder', { folder: extra }, 'nb');
    expect(!missing.ok && missing.body.error.issues?.[0]).toMatchObject({
      path: 'folder',
      message: expect.stringMatching(/finnes ikke/),
    });
    expect(s.dispatch('backup.setFolder', { folder: 'relativ/mappe' }, 'en')).toMatchObject({ ok: false, status: 400 });
    mkdirSync(extra);
    expect(ok(s, 'backup.setFolder', { folder: extra }).extraFolder).toBe(extra);
    const b = await call(s, 'backup.now', {});
    expect(existsSync(path.join(extra, b.id))).toBe(true);
    const listed = ok(s, 'backup.list', {}).backups;
    expect(listed.map((x) => x.folder).sort()).toEqual(['data', 'extra']);
    expect(listed.every((x) => x.counts?.cases === 1)).toBe(true);
  });

  it("makes the day's first backup once a day", async () => {
    const s = tempService();
    const host = s.backups!;
    expect(await backupIfFirstToday(host, new Date('2026-11-25T07:00:00Z'))).toBe(true);
    expect(await backupIfFirstToday(host, new Date('2026-11-25T15:00:00Z'))).toBe(false);
    expect(await backupIfFirstToday(host, new Date('2026-11-26T07:00:00Z'))).toBe(true);
    expect(ok(s, 'backup.list', {}).backups.map((b) => b.reason)).toEqual(['daily', 'daily']);
  });
});
