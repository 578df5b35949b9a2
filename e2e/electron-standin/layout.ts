import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';

// An installed Anskaff, laid out from the installer's own configuration
// (build/electron-builder.yml), so the paths electron/main.ts expects when
// packaged are checked against what the installer would ship:
//
//   <dir>/resources/app/        the `files` of the config (renderer, shell, package.json)
//   <dir>/resources/<to>/       each of its `extraResources` (migrations, the native driver)
//
// The one substitution: the Electron-ABI better-sqlite3 (build/native/electron,
// made by scripts/native-electron.mjs, which needs the network) is stood in
// for by a copy of the Node build, which the stand-in's ABI rule accepts as
// the app's Electron driver and nothing else.

const require = createRequire(import.meta.url);

export interface BuilderConfig {
  files: string[];
  extraResources: { from: string; to: string }[];
  afterPack?: string;
  [key: string]: unknown;
}

export function readBuilderConfig(root: string): BuilderConfig {
  return parse(readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

/** The Electron-ABI driver's folder in the source tree, as extraResources names it. */
export const NATIVE_SOURCE = 'build/native/electron';

export interface Installed {
  resources: string;
  app: string;
  /** The file standing for the Electron build of better-sqlite3. */
  electronBinary: string;
}

/** Copies what `files` selects: `dir/**` folders and single files, with `!**\/*.ext` exclusions (all the config uses; anything else is refused). */
function copyFiles(root: string, patterns: string[], to: string): void {
  const excludedExt = patterns
    .filter((p) => p.startsWith('!'))
    .map((p) => {
      const m = /^!\*\*\/\*(\.[\w.]+)$/.exec(p);
      if (!m) throw new Error(`layout: unsupported exclusion ${p} in electron-builder.yml files`);
      return m[1]!;
    });
  const keep = (src: string) => !excludedExt.some((ext) => src.endsWith(ext));
  for (const p of patterns.filter((x) => !x.startsWith('!'))) {
    const dir = /^([\w./-]+)\/\*\*$/.exec(p)?.[1];
    const rel = dir ?? p;
    if (!/^[\w./-]+$/.test(rel)) throw new Error(`layout: unsupported pattern ${p} in electron-builder.yml files`);
    const src = path.join(root, rel);
    if (!existsSync(src)) throw new Error(`layout: ${rel} is missing; build it first (npm run build)`);
    cpSync(src, path.join(to, rel), { recursive: true, filter: keep });
  }
}

/** Lays out an installation in `dir` from the source tree at `root` (which must be built). */
export function installLayout(root: string, dir: string): Installed {
  const config = readBuilderConfig(root);
  const resources = path.join(dir, 'resources');
  const app = path.join(resources, 'app');
  mkdirSync(app, { recursive: true });
  copyFiles(root, config.files, app);
  let electronBinary: string | null = null;
  for (const { from, to } of config.extraResources) {
    const target = path.join(resources, to);
    if (from === NATIVE_SOURCE) {
      mkdirSync(target, { recursive: true });
      electronBinary = path.join(target, 'better_sqlite3.node');
      cpSync(
        path.join(
          path.dirname(require.resolve('better-sqlite3/package.json')),
          'build',
          'Release',
          'better_sqlite3.node',
        ),
        electronBinary,
      );
    } else {
      if (!existsSync(path.join(root, from)) || !statSync(path.join(root, from)).isDirectory())
        throw new Error(`layout: extraResources ${from} is missing`);
      cpSync(path.join(root, from), target, { recursive: true });
    }
  }
  if (!electronBinary)
    throw new Error(`layout: electron-builder.yml ships no ${NATIVE_SOURCE} (the desktop app's SQLite driver)`);
  return { resources, app, electronBinary };
}
