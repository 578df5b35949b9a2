import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../service/repoPaths.js';

// The installer's configuration, read as electron-builder reads it. The
// desktop e2e (e2e/desktop.spec.ts) lays an installation out from the same
// file and runs the app from it; this holds the parts that only packaging uses.
const require = createRequire(import.meta.url);
const config = parse(readFileSync(path.join(repoRoot, 'build', 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  files: string[];
  extraResources: { from: string; to: string }[];
  win: { target: { target: string }[] };
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  afterPack: string;
};
const hook = require(path.join(repoRoot, config.afterPack)) as {
  FUSES: Record<string, boolean>;
  binaryOf(c: unknown): string;
  default: unknown;
};

describe('the installer configuration', () => {
  it('ships the renderer, the desktop shell and package.json, without source maps', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'db/migrations/**', 'package.json', '!**/*.map']),
    );
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    // The one module main.cjs does not bundle and the installer must carry as a dependency.
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3']);
  });

  it('puts only the Electron build of the SQLite driver beside the app (a native module cannot load from the asar), where main.ts looks when packaged', () => {
    expect(config.extraResources).toEqual([{ from: 'build/native/electron', to: 'native' }]);
    const main = readFileSync(path.join(repoRoot, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain("path.join(resources, 'native', 'better_sqlite3.node')");
    expect(config.npmRebuild).toBe(false);
  });

  it('builds a per-machine NSIS installer and an MSI for deployment by IT', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'msi']);
    // Under Program Files only: a user-writable install folder would let any user swap the native driver.
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false, allowToChangeInstallationDirectory: false });
    expect(config.msi).toMatchObject({ perMachine: true });
  });

  it('flips the fuses in the packaged binary: no RunAsNode, NODE_OPTIONS or --inspect, only its own checked app.asar, encrypted cookies', () => {
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('build/afterPack.cjs');
    expect(typeof hook.default).toBe('function');
    expect(hook.FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    // Every name is one @electron/fuses knows (a misspelt fuse would otherwise be skipped silently).
    for (const name of Object.keys(hook.FUSES)) expect(FuseV1Options, name).toHaveProperty(name);
  });

  it('finds the Electron binary electron-builder wrote on each platform', () => {
    const packager = { appInfo: { productFilename: 'Anskaff' }, executableName: 'anskaff' };
    expect(hook.binaryOf({ appOutDir: '/out', electronPlatformName: 'win32', packager })).toBe(
      path.join('/out', 'Anskaff.exe'),
    );
    expect(hook.binaryOf({ appOutDir: '/out', electronPlatformName: 'darwin', packager })).toBe(
      path.join('/out', 'Anskaff.app'),
    );
    expect(hook.binaryOf({ appOutDir: '/out', electronPlatformName: 'linux', packager })).toBe(
      path.join('/out', 'anskaff'),
    );
  });
});
