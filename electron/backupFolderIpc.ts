import type { Locale } from '../core/index.js';
import type { DispatchResult, Service } from '../service/index.js';
import { BACKUP_FOLDER_CHANNEL } from './channels.js';
import { localeOf, untrustedSender, type IpcEvent, type IpcMainLike } from './ipc.js';

/** Methods the desktop app's pages may not call themselves: the main process calls them, with what the user chose. */
export const MAIN_PROCESS_ONLY: ReadonlySet<string> = new Set(['backup.setFolder']);

export interface BackupFolderDeps {
  isTrusted(frameUrl: string | undefined | null): boolean;
  /** The system's folder dialog; null when cancelled. */
  askFolder(event: IpcEvent, locale: Locale): Promise<string | null>;
}

/**
 * The extra backup folder in the desktop app: the user picks it in the
 * system's folder dialog, shown by the main process, which then sets it
 * through the service (with its checks: absolute, there, writable, not the
 * data folder). The page never names a path, so a script in it cannot point
 * the register's backups somewhere else.
 */
export function registerBackupFolderIpc(ipcMain: IpcMainLike, service: Service, deps: BackupFolderDeps): void {
  ipcMain.handle(BACKUP_FOLDER_CHANNEL, async (event, action, locale): Promise<DispatchResult> => {
    if (!deps.isTrusted(event.senderFrame?.url)) return untrustedSender();
    const loc = localeOf(locale);
    if (action === 'clear') return service.call('backup.setFolder', { folder: null }, loc);
    if (action !== 'choose')
      return { ok: false, status: 400, body: { error: { code: 'invalid_input', message: 'choose or clear' } } };
    const folder = await deps.askFolder(event, loc);
    return folder ? service.call('backup.setFolder', { folder }, loc) : { ok: true, status: 200, value: null };
  });
}
