import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/index.js';

export function cliArgs<T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(options: T) {
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
