// What prints a report route: headless Chromium in browser mode, the CLI and
// tests (chromium.ts), Electron's own webContents in the desktop app
// (electron/printer.ts). Kept apart from either, so neither drags the other in.

/** Prints a report route to PDF once the route signals that it is ready. */
export interface PdfPrinter {
  pdf(url: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A report that could not be printed, with a message for the user in the route's language. */
export class PrintError extends Error {}
