import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

// better-sqlite3 as the desktop app meets it under Electron's ABI. There, the
// binary npm compiled for Node cannot load ("compiled against a different
// Node.js version"): only the Electron build the app names as `nativeBinding`
// does. This loads better-sqlite3's own JavaScript with a require that refuses
// the default binary the same way, and loads a binary given by path only if it
// is the one the app's layout installed as its Electron build (in tests, a
// copy of the Node build). A handle opened without the binding then fails
// here exactly as it would fail in the desktop app.

const realRequire = createRequire(import.meta.url);

/** The error Node gives for a native module built for another ABI. */
export function abiError(file: string, electronVersion: string): Error {
  const e = new Error(
    `The module '${file}'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION ${process.versions.modules}. ` +
      `This version of Node.js (Electron ${electronVersion}) requires\na different NODE_MODULE_VERSION. Please try re-compiling or re-installing\n` +
      'the module (for instance, using `npm rebuild` or `npm install`).',
  );
  (e as NodeJS.ErrnoException).code = 'ERR_DLOPEN_FAILED';
  return e;
}

const loaded = new Map<string, unknown>();

/** better-sqlite3 whose only loadable binary is `electronBinary`; one copy per binary, so a binary is initialised once. */
export function betterSqlite3UnderElectron(electronBinary: string, electronVersion: string): unknown {
  const allowed = realpathSync(electronBinary);
  const hit = loaded.get(allowed);
  if (hit) return hit;
  const pkgDir = path.dirname(realRequire.resolve('better-sqlite3/package.json'));
  const defaultBinary = path.join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
  const modules = new Map<string, { exports: unknown }>();

  const load = (file: string): unknown => {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    modules.set(file, module);
    const fn = vm.runInThisContext(
      `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
      { filename: file },
    ) as (...a: unknown[]) => void;
    fn(module.exports, requireFrom(file), module, file, path.dirname(file));
    return module.exports;
  };

  const requireFrom = (from: string) => (id: string) => {
    // Its default binary: what `new Database(file)` without nativeBinding loads.
    if (id === 'bindings')
      return () => {
        throw abiError(defaultBinary, electronVersion);
      };
    if (id.startsWith('./') || id.startsWith('../'))
      return load(realRequire.resolve(path.resolve(path.dirname(from), id)));
    if (id.endsWith('.node')) {
      let real: string;
      try {
        real = realpathSync(id);
      } catch {
        return realRequire(id); // a missing file fails as it would anywhere
      }
      if (real !== allowed) throw abiError(id, electronVersion);
      return realRequire(real);
    }
    return realRequire(id);
  };

  const exported = load(path.join(pkgDir, 'lib', 'index.js'));
  loaded.set(allowed, exported);
  return exported;
}
