import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempService.js';

// `npm run web` as a user starts it: the real command line, in a child process.
const web = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'service/cli/web.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run web', () => {
  it('refuses a non-loopback --host in both languages, before opening anything', () => {
    const dir = tempDir();
    const r = web('--host', '0.0.0.0', '--port', '0', '--data-dir', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('adressen 0.0.0.0 er ikke tillatt');
    expect(r.stderr).toContain('the address 0.0.0.0 is not allowed');
    expect(readdirSync(dir)).toEqual([]);
  });
});
