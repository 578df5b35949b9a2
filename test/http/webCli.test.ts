import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempService.js';

// `npm run web` as a user starts it: the real command line, in a child process.
const cli = ['--import', 'tsx', 'service/cli/web.ts'];
const web = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...cli, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });

/** Starts the host, waits for the address it prints, and stops it after `use`. */
async function running(args: string[], env: Record<string, string>, use: (address: string) => Promise<void>) {
  const child = spawn(process.execPath, [...cli, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Anskaff kjører på (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`web exited (${code}): ${out}`)));
    });
    await use(address);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

describe('npm run web', () => {
  it('refuses a non-loopback --host in both languages, before opening anything', () => {
    const dir = tempDir();
    const r = web(['--host', '0.0.0.0', '--port', '0', '--data-dir', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('adressen 0.0.0.0 er ikke tillatt');
    expect(r.stderr).toContain('the address 0.0.0.0 is not allowed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it("prints the address with this start's secret, which scripts send as a bearer token (ANSKAFF_WEB_TOKEN or --token)", async () => {
    const secret = 'script-secret-0123456789';
    await running(
      ['--port', '0', '--data-dir', tempDir(), '--no-open'],
      { ANSKAFF_WEB_TOKEN: secret },
      async (address) => {
        expect(address).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?token=${secret}$`));
        const rpc = (headers: Record<string, string>) =>
          fetch(new URL('/rpc/cases.list', address), {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: '{}',
          });
        expect((await rpc({})).status).toBe(401);
        expect((await rpc({ authorization: `Bearer ${secret}` })).status).toBe(200);
      },
    );
    await running(['--port', '0', '--data-dir', tempDir(), '--no-open'], {}, async (address) => {
      // Without one given, each start makes its own.
      expect(new URL(address).searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });
  });

  it('refuses a secret too short to be one, in both languages', () => {
    const r = web(['--port', '0', '--data-dir', tempDir(), '--token', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('må ha minst 16 tegn');
    expect(r.stderr).toContain('must have at least 16 characters');
  });
});
