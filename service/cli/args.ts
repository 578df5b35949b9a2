import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/index.js';
import { openService } from '../openData.js';
import { migrationsDir } from '../repoPaths.js';
import type { ServiceOptions } from '../service.js';

export function cliArgs<T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(
  options: T,
) {
  return parseArgs({ args: process.argv.slice(2), options, allowPositionals: false, strict: true }).values;
}

/** Says why the database could not be opened, in Norwegian and English, and exits. */
export function exitOnOpenError(e: unknown): never {
  if (e instanceof DatabaseOpenError) {
    console.error(e.messageIn('nb'));
    console.error(e.messageIn('en'));
    process.exit(2);
  }
  throw e;
}

/** The service over the data folder, or a message in both languages and exit if the database cannot be opened. */
export function openServiceOrExit(dataDir: string, opts: ServiceOptions = {}) {
  try {
    return openService(dataDir, { migrationsDir }, opts);
  } catch (e) {
    exitOnOpenError(e);
  }
}
