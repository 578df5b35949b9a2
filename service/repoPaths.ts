import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths inside the source tree, for the CLI, the browser host and tests
// (the packaged desktop app passes its own, from its resources folder).
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const migrationsDir = path.join(repoRoot, 'db', 'migrations');
export const rendererDist = path.join(repoRoot, 'dist', 'renderer');
