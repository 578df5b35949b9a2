import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Anskaff';
export const DATABASE_FILE = 'anskaff.sqlite';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData')
 * gives for productName "Anskaff", so the desktop app and browser mode open
 * the same database. The desktop shell sets userData to this, to be sure.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

/** --data-dir wins, then ANSKAFF_DATA_DIR, then the per-user folder. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag || env.ANSKAFF_DATA_DIR || defaultDataDir(env));
}
