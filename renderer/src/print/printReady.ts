// The signal a print route gives when its data and fonts are in place. The
// printers (Playwright's page, Electron's webContents) wait for this
// attribute; none of them waits for a fixed time.
export const READY_ATTR = 'data-print-ready';

export async function signalReady(): Promise<void> {
  await document.fonts.ready;
  // One frame so the layout of the last render is done before printing.
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  document.documentElement.setAttribute(READY_ATTR, 'true');
}

export function signalFailed(message: string): void {
  document.documentElement.setAttribute('data-print-error', message);
  document.documentElement.setAttribute(READY_ATTR, 'error');
}
