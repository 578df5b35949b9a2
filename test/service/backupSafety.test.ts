import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../core/index.js';
import { openSqlite } from '../../db/sqlite.js';
import { makeBackup } from '../../service/backup/backups.js';
import type { Service } from '../../service/service.js';
import { ok, sampleCase, tempDir, tempService } from '../helpers/tempService.js';

// Backups are what a user falls back on: a restore that fails half-way, a
// folder shared by several PCs, a broken file in the folder or a backup file
// someone tampered with must never cost the register.

async function backupNow(s: Service): Promise<Output<'backup.now'>> {
  const r = await s.call('backup.now', {}, 'nb');
  if (!r.ok) throw new Error(JSON.stringify(r.body));
  return r.value as Output<'backup.now'>;
}

describe('backups kept safe', () => {
  it('leaves the register in place when the copy of the backup cannot be made', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 12 });
    const b = await backupNow(s);
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/9911' }));
    // The copy cannot be written (as when a share drops out or the disk is full).
    mkdirSync(path.join(s.dataDir, 'anskaff.sqlite.restoring'));
    const r = await s.call('backup.restore', { id: b.id }, 'nb');
    expect(r.ok).toBe(false);
    // The register is still there, open and whole, with the work done after the backup.
    expect(readdirSync(s.dataDir)).toContain('anskaff.sqlite');
    expect(ok(s, 'cases.list', { q: '2026/9911' }).total).toBe(1);
  });

  it('keeps each register to its own backups in a folder several PCs share', async () => {
    const shared = path.join(tempDir(), 'felles');
    mkdirSync(shared);
    const a = tempService();
    const b = tempService();
    ok(a, 'demo.seed', { cases: 5 });
    ok(b, 'cases.create', sampleCase());
    ok(a, 'backup.setFolder', { folder: shared });
    ok(b, 'backup.setFolder', { folder: shared });
    const fromA = await backupNow(a);
    // B sees only its own backups there, and can't restore A's register over its own.
    expect(ok(b, 'backup.list', {}).backups.filter((x) => x.folder === 'extra')).toEqual([]);
    const crossed = await b.call('backup.restore', { id: fromA.id, folder: 'extra' }, 'nb');
    expect(crossed).toMatchObject({ ok: false, status: 404 });
    // B's rotation, over a year of daily backups, never removes A's files.
    for (let day = 0; day < 40; day++)
      await makeBackup(
        b.database,
        b.dataDir,
        'daily',
        b.backups!.schemaObjects,
        new Date(Date.UTC(2027, 0, 1 + day, 8)),
      );
    expect(readdirSync(shared)).toContain(fromA.id);
    expect(
      ok(a, 'backup.list', {})
        .backups.filter((x) => x.folder === 'extra')
        .map((x) => x.id),
    ).toEqual([fromA.id]);
  });

  it('lists the backups it can read and says which files it could not, instead of failing', async () => {
    const s = tempService();
    await backupNow(s);
    const dir = path.join(s.dataDir, 'backups');
    symlinkSync(path.join(dir, 'gone.sqlite'), path.join(dir, 'anskaff-2026-01-01T00-00-00-000Z-manual.sqlite'));
    const list = ok(s, 'backup.list', {});
    expect(list.backups).toHaveLength(1);
    expect(list.unreadable).toEqual([
      {
        folder: 'data',
        name: 'anskaff-2026-01-01T00-00-00-000Z-manual.sqlite',
        problem: expect.stringMatching(/ENOENT/),
      },
    ]);
    expect(ok(s, 'system.status', {}).state).toBe('ok');
  });

  it('reads a backup itself when its description beside it is not what Anskaff writes', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 7 });
    const b = await backupNow(s);
    writeFileSync(
      path.join(s.dataDir, 'backups', `${b.id}.json`),
      JSON.stringify({ schemaVersion: 'drop table', counts: { cases: -5 } }),
    );
    expect(ok(s, 'backup.list', {}).backups[0]).toMatchObject({ id: b.id, counts: { cases: 7 } });
  });

  it('refuses to restore a backup holding triggers or views Anskaff does not make', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 9 });
    const b = await backupNow(s);
    const file = path.join(s.dataDir, 'backups', b.id);
    const tampered = openSqlite(file);
    tampered.exec('CREATE TRIGGER wipe_history AFTER INSERT ON cases BEGIN DELETE FROM audit_log; END');
    tampered.close();
    const r = await s.call('backup.restore', { id: b.id }, 'nb');
    expect(r).toMatchObject({ ok: false, status: 400 });
    expect(!r.ok && r.body.error.message).toMatch(/wipe_history/);
    expect(ok(s, 'cases.list', {}).total).toBe(9);
    // A trigger of the app's own name with another body is refused the same way.
    const again = await backupNow(s);
    const other = openSqlite(path.join(s.dataDir, 'backups', again.id));
    other.exec(
      'DROP TRIGGER cases_fts_ai; CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN DELETE FROM audit_log; END',
    );
    other.close();
    expect(await s.call('backup.restore', { id: again.id }, 'nb')).toMatchObject({ ok: false, status: 400 });
  });

  it('opens every SQLite file with an untrusted schema, so a planted function call in a view or trigger does not run', () => {
    const db = openSqlite(':memory:');
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
  });

  it("restores this morning's daily backup, which the safety copy taken first would otherwise have rotated away", async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 8 });
    const morning = await makeBackup(
      s.database,
      s.dataDir,
      'daily',
      s.backups!.schemaObjects,
      new Date(Date.now() - 60_000),
    );
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/9912' }));
    const r = await s.call('backup.restore', { id: morning.id }, 'nb');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(ok(s, 'cases.list', {}).total).toBe(8);
  });

  it('keeps its real backups in a shared folder when files of the future are planted there, and a misnamed file stops nothing', async () => {
    const shared = path.join(tempDir(), 'felles');
    mkdirSync(shared);
    const s = tempService();
    ok(s, 'backup.setFolder', { folder: shared });
    const id = s.database.registerId;
    const real = [];
    for (let d = 0; d < 9; d++)
      real.push(
        await makeBackup(
          s.database,
          s.dataDir,
          'daily',
          s.backups!.schemaObjects,
          new Date(Date.UTC(2026, 10, 1 + d, 8)),
        ),
      );
    for (let m = 1; m <= 12; m++) {
      const name = `anskaff-${id}-2099-${String(m).padStart(2, '0')}-01T00-00-00-000Z-daily.sqlite`;
      writeFileSync(path.join(shared, name), '');
      writeFileSync(
        path.join(shared, `${name}.json`),
        JSON.stringify({ schemaVersion: 9, counts: { cases: 999, suppliers: 0, contracts: 0 }, registerId: id }),
      );
    }
    await makeBackup(s.database, s.dataDir, 'daily', s.backups!.schemaObjects, new Date(Date.UTC(2026, 10, 10, 8)));
    // The newest of the last seven days are still there: nothing planted pushed them out.
    for (const b of real.slice(-6)) expect(readdirSync(shared)).toContain(b.id);
    expect(ok(s, 'backup.list', {}).extraFolderProblem).toBeNull();
    // A file named like a backup but dated 45.13. neither stops the next backup nor its copy to the shared folder.
    writeFileSync(path.join(shared, `anskaff-${id}-2026-13-45T99-00-00-000Z-daily.sqlite`), '');
    writeFileSync(path.join(s.dataDir, 'backups', `anskaff-${id}-2026-13-45T99-00-00-000Z-daily.sqlite`), '');
    const next = await makeBackup(
      s.database,
      s.dataDir,
      'daily',
      s.backups!.schemaObjects,
      new Date(Date.UTC(2026, 10, 11, 8)),
    );
    expect(readdirSync(shared)).toContain(next.id);
    expect(ok(s, 'backup.list', {}).extraFolderProblem).toBeNull();
  });

  it('leaves no -wal or -shm files beside its backups', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 3 });
    await backupNow(s);
    ok(s, 'backup.list', {});
    expect(readdirSync(path.join(s.dataDir, 'backups')).filter((n) => /-(wal|shm)$/.test(n))).toEqual([]);
  });

  it('keeps the register its own after a backup from before register ids is restored', async () => {
    const s = tempService();
    ok(s, 'demo.seed', { cases: 4 });
    const mine = await backupNow(s);
    // A copy from an older Anskaff: no id in its name or in the file.
    const legacy = path.join(s.dataDir, 'backups', 'anskaff-2026-11-01T08-00-00-000Z-manual.sqlite');
    await s.database.sqlite.backup(legacy);
    const old = openSqlite(legacy);
    old.exec("DELETE FROM settings WHERE key = 'registerId'");
    old.close();
    const id = s.database.registerId;
    const r = await s.call('backup.restore', { id: 'anskaff-2026-11-01T08-00-00-000Z-manual.sqlite' }, 'nb');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(s.database.registerId).toBe(id);
    expect(ok(s, 'backup.list', {}).backups.map((b) => b.id)).toContain(mine.id);
  });

  it('records a restore in the history of the register restored: which backup, and the safety copy of what it replaced', async () => {
    const s = tempService();
    ok(s, 'settings.set', { userName: 'Kari Nordmann' });
    const b = await backupNow(s);
    ok(s, 'cases.create', sampleCase({ caseNumber: '2026/9913' }));
    const r = await s.call('backup.restore', { id: b.id }, 'nb');
    expect(r.ok).toBe(true);
    const safety = (r as { value: Output<'backup.restore'> }).value.safetyCopy!;
    const history = ok(s, 'audit.forRecord', { entity: 'settings', id: 1 });
    expect(history[0]).toMatchObject({
      by: 'Kari Nordmann',
      method: 'backup.restore',
      changes: [
        { field: 'restoredBackup', before: null, after: b.at },
        { field: 'safetyCopy', before: null, after: safety.at },
      ],
    });
  });
});
