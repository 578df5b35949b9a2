import { describe, expect, it } from 'vitest';
import { missingWrites, runOfficeLoad } from '../../bench/office.js';
import { openService } from '../../service/openData.js';
import { migrationsDir } from '../../service/repoPaths.js';
import { tempDir, TODAY } from '../helpers/tempService.js';

// The office load test (bench/office.ts) small (5 people, 4 s): a few people saving the same
// cases at once against the real host in its own process. No timings: what
// must hold under any load is that no request fails on the server, a save
// on a stale version is refused as a 409 conflict, and every save a user was
// told succeeded is in the register's file afterwards.
describe('an office working in one register at once', () => {
  it('loses no acknowledged write, answers no 5xx, and says a conflict only as 409', async () => {
    const dataDir = tempDir();
    const r = await runOfficeLoad({
      dataDir,
      today: TODAY,
      users: 5,
      seconds: 4,
      cases: 60,
      // Mostly saves, on two cases, with short pauses: people save over each other.
      hotCases: 2,
      thinkMs: [20, 200],
      mix: { list: 10, search: 10, open: 10, edit: 50, dialogue: 17, pack: 3 },
    });
    expect(r.server_errors).toBe(0);
    expect(r.conflicts_not_409).toBe(0);
    expect(r.unexpected).toEqual({});
    expect(r.lost).toEqual([]);
    expect(r.methods['cases.update']!.n).toBeGreaterThan(10);
    expect(r.methods['dialogues.create']!.n).toBeGreaterThan(0);
    expect(r.conflicts).toBeGreaterThan(0);
    expect(r.acknowledged_writes).toBeGreaterThan(10);

    // The check finds a save that never reached the register (it is not vacuous).
    const service = openService(dataDir, { migrationsDir }, { today: () => TODAY });
    try {
      expect(
        missingWrites(
          service,
          [{ caseId: 1, mark: 'u99-1', version: 10_000 }],
          [{ id: 99_999, title: 'Aldri lagret' }],
        ),
      ).toHaveLength(3);
    } finally {
      service.database.close();
    }
  }, 60_000);
});
