import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../service/repoPaths.js';

// The repository stands alone: what a fresh clone holds is all the app, its
// build, its tests and its docs need. A copy of exactly the files a clone
// would have (tracked, plus new files not ignored) is put in an empty folder
// with nothing beside it, and the tests that read files run there.
// node_modules is linked, not installed again: it is what `npm install` makes.

/** The unit tests that read files from the tree (schemas, code lists, migrations, the shell's sources). */
const FILE_READING_TESTS = [
  'test/service/ocds.test.ts',
  'test/core/cpv.test.ts',
  'test/db/open.test.ts',
  'test/electron/window.test.ts',
  'test/electron/preload.test.ts',
];

/** What a clone of this checkout would hold, relative to its root. */
function cloneFiles(): string[] {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (git.status === 0) return git.stdout.split('\0').filter((f) => f && existsSync(path.join(repoRoot, f)));
  // Not a git checkout (an unpacked archive): everything but what .gitignore names.
  const ignored = new Set(
    readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/\/$/, ''))
      .filter(Boolean),
  );
  const walk = (dir: string): string[] =>
    readdirSync(path.join(repoRoot, dir)).flatMap((name) => {
      const rel = dir ? `${dir}/${name}` : name;
      if (ignored.has(name) || name === '.git') return [];
      return statSync(path.join(repoRoot, rel)).isDirectory() ? walk(rel) : [rel];
    });
  return walk('');
}

describe('the repository on its own', () => {
  let outer: string;
  let clone: string;

  beforeAll(() => {
    outer = mkdtempSync(path.join(os.tmpdir(), 'anskaff-alone-'));
    clone = path.join(outer, 'anskaff');
    for (const f of cloneFiles()) {
      mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
      cpSync(path.join(repoRoot, f), path.join(clone, f));
    }
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(outer, { recursive: true, force: true }));

  it('holds nothing that points at a folder beside its checkout', () => {
    // The folder the clone sits in holds the clone and nothing else.
    expect(readdirSync(outer)).toEqual(['anskaff']);
    const mentions = cloneFiles()
      .filter((f) => /\.(ts|tsx|mjs|js|json|md)$/.test(f))
      .filter((f) => /\.\.\/shared|'\.\.', *'shared'/.test(readFileSync(path.join(clone, f), 'utf8')));
    expect(mentions).toEqual([]);
  });

  it('ships the reference data the app and its tests read, with its source and licence', () => {
    for (const f of [
      'core/data/ocds/release-schema.json',
      'core/data/ocds/release-package-schema.json',
      'core/data/ocds/codelists/method.csv',
      'core/data/ocds/LICENSE',
      'core/data/ocds/SOURCE.md',
      'core/data/cpv/cpv2008.csv',
      'core/data/cpv/SOURCE.md',
      'docs/ARCHITECTURE.md',
      'docs/DOMAIN.md',
    ]) {
      expect(existsSync(path.join(clone, f)), f).toBe(true);
    }
    // The CPV list the app ships is exactly what the sourced CSV gives.
    execFileSync(process.execPath, ['scripts/import-cpv.mjs', '--check'], { cwd: clone, stdio: 'pipe' });
  });

  it('passes the tests that read files, run inside the clone', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(clone, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=dot', ...FILE_READING_TESTS],
      {
        cwd: clone,
        encoding: 'utf8',
        env: { ...process.env, CI: '1' },
      },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 240_000);
});
