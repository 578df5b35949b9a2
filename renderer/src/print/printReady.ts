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

/** The spec of a print route travels in the URL as base64url JSON (a printer opens the route with nothing else). */
export function encodeSpec(spec: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(spec));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeSpec(s: string): unknown {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}
