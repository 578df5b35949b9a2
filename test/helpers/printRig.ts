import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startHttpHost, type HttpHost } from '../../service/http/server.js';
import { ChromiumPrinter } from '../../service/print/chromium.js';
import { openService } from '../../service/openData.js';
import { migrationsDir, rendererDist } from '../../service/repoPaths.js';
import type { Service } from '../../service/service.js';

/**
 * One register, the real browser host over the built renderer, and headless
 * Chromium, for a whole test file that prints reports. `seed` fills the
 * register before the host starts; everything is closed and removed after.
 */
export function printRig(prefix: string, seed: (s: Service) => void) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `anskaff-${prefix}-`));
  const s = openService(
    path.join(dir, 'data'),
    { migrationsDir },
    { today: () => '2026-11-25', checkOutputs: true, log: (m, e) => console.error(m, e) },
  );
  const printer = new ChromiumPrinter();
  let host: HttpHost | null = null;
  beforeAll(async () => {
    if (!existsSync(path.join(rendererDist, 'index.html'))) execSync('npm run build:renderer', { stdio: 'ignore' });
    seed(s);
    host = await startHttpHost({ service: s, staticDir: rendererDist });
  });
  afterAll(async () => {
    await printer.close();
    await host?.close();
    s.database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  // The app's address with a one-time token: the printer's page (and a test's own) gets a session from it.
  return { s, printer, dir, appUrl: () => host!.oneTimeUrl('/') };
}
