import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appFileHandler } from '../../electron/appProtocol.js';

// app://anskaff/ serves the built renderer and nothing else.
function renderer() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'anskaff-proto-'));
  const dist = path.join(root, 'dist', 'renderer');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Anskaff</title>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'not for the page');
  return appFileHandler(dist);
}
const get = (h: ReturnType<typeof appFileHandler>, url: string, method = 'GET') => h(new Request(url, { method }));

describe('the app:// scheme', () => {
  it('serves the renderer’s files with their type and the CSP', async () => {
    const h = renderer();
    const page = await get(h, 'app://anskaff/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<title>Anskaff</title>');
    const js = await get(h, 'app://anskaff/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses files outside the renderer, other hosts, folders, missing files and writes', async () => {
    const h = renderer();
    for (const url of [
      'app://anskaff/../secret.txt',
      'app://anskaff/%2e%2e/secret.txt',
      'app://anskaff/..%2fsecret.txt',
      'app://anskaff/assets/..%2f..%2f..%2fsecret.txt',
      'app://anskaff/%00index.html',
      'app://anskaff/assets',
      'app://anskaff/',
      'app://anskaff/nope.html',
      'app://other/index.html',
      'app://anskaff:99/index.html',
    ]) {
      expect((await get(h, url)).status, url).toBeGreaterThanOrEqual(400);
    }
    expect((await get(h, 'app://anskaff/index.html', 'POST')).status).toBe(405);
    expect((await get(h, 'app://anskaff/%E0%A4%A')).status).toBe(400);
  });

  it('never serves anything from outside the renderer folder, whatever the path', async () => {
    const h = renderer();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom('..', '.', '%2e%2e', '..%2f', 'assets', 'index.html', 'secret.txt', '%5c..', '', '%00'),
          { maxLength: 6 },
        ),
        async (parts) => {
          const r = await get(h, `app://anskaff/${parts.join('/')}`);
          if (r.status === 200) expect(await r.text()).not.toBe('not for the page');
        },
      ),
    );
  });
});
