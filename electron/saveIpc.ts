import { rename, rm, writeFile } from 'node:fs/promises';
import { t, type Locale } from '../core/index.js';
import { SAVE_CHANNEL } from './channels.js';
import { answering, localeOf, untrustedSender, type IpcEvent, type IpcMainLike } from './ipc.js';

/** Largest file the renderer may hand over to be saved (a year's bundle or a long pack is a few MB). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/** The kinds of file the app makes: nothing else is offered to be saved (no .exe, .lnk or .hta from a page). */
export const SAVE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'json', 'anskaff'] as const;

/**
 * A file name the user's disk will take: no folders, no characters Windows
 * forbids, no control characters, no leading dots, not too long. The name is
 * only a suggestion in the save dialog; the user picks the real path.
 */
export function safeFileName(name: unknown): string {
  const base = String(name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[<>:"|?*\u0000-\u001f\u007f]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(-150);
  return base || 'anskaff';
}

export interface SaveDeps {
  isTrusted(frameUrl: string | undefined | null): boolean;
  /** Asks the user where to save (the system's save dialog); null when cancelled. */
  askPath(event: IpcEvent, fileName: string, locale: Locale): Promise<string | null>;
}

type SaveAnswer =
  | { ok: true; saved: string | null }
  | { ok: false; status: number; body: { error: { code: 'invalid_input' | 'internal'; message: string } } };

/**
 * Saving a file the app made (a pack, a protocol, a list, a bundle): the
 * main process asks where, in the system's save dialog, and writes it there
 * (to a temporary name first, so a full disk never leaves half a file under
 * the chosen name). The renderer never names a path.
 */
export function registerSaveIpc(ipcMain: IpcMainLike, deps: SaveDeps): void {
  ipcMain.handle(SAVE_CHANNEL, async (event, file, locale): Promise<SaveAnswer> => {
    if (!deps.isTrusted(event.senderFrame?.url)) return untrustedSender();
    const f = file as { fileName?: unknown; bytes?: unknown } | null;
    const ext =
      String(f?.fileName ?? '')
        .split('.')
        .pop()
        ?.toLowerCase() ?? '';
    if (
      !f ||
      !(f.bytes instanceof Uint8Array) ||
      f.bytes.byteLength > MAX_SAVE_BYTES ||
      !(SAVE_EXTENSIONS as readonly string[]).includes(ext)
    ) {
      return { ok: false, status: 400, body: { error: { code: 'invalid_input', message: 'Not a file to save' } } };
    }
    const loc = localeOf(locale);
    const target = await answering(loc, () => deps.askPath(event, safeFileName(f.fileName), loc));
    if (target !== null && typeof target !== 'string') return target;
    if (!target) return { ok: true, saved: null };
    const partial = `${target}.partial`;
    try {
      // 'wx': a new file only, never through a link someone left under that name.
      await writeFile(partial, f.bytes, { flag: 'wx' });
      await rename(partial, target);
    } catch (e) {
      await rm(partial, { force: true });
      const reason = `${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message}`.trim();
      return {
        ok: false,
        status: 500,
        body: { error: { code: 'internal', message: t('saveFailed', loc, { file: target, reason }) } },
      };
    }
    return { ok: true, saved: target };
  });
}
