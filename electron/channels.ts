// The IPC channel names, shared by the preload (which sends on them) and the
// main process (which answers them). No imports: the sandboxed preload bundles it.

/** A contract method. */
export const channelOf = (method: string) => `rpc:${method}`;
/** A report or other file made on request (`exportKinds`). */
export const exportChannelOf = (kind: string) => `export:${kind}`;
/** A report sent to a printer through the system's print dialog (`printKinds`). */
export const printChannelOf = (kind: string) => `print:${kind}`;
/** A file the app made, to be saved where the user chooses. */
export const SAVE_CHANNEL = 'save-file';
/** The extra backup folder, chosen in the main process's folder dialog. */
export const BACKUP_FOLDER_CHANNEL = 'backup-folder';
/** The office server: which register the app works on, connecting (fingerprint, sign-in) and back to this PC's. */
export const OFFICE_CHANNEL = 'office';
/** The office server's changes, pushed from the main process to the main page (one way: the page only listens). */
export const OFFICE_EVENTS_CHANNEL = 'office-events';
