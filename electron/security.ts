import { methods } from '../core/index.js';
import { registry } from '../service/handlers/index.js';
import { APP_ORIGIN, APP_PAGES } from './appProtocol.js';

/** Only https links leave the app, to the system browser, after parsing (and without credentials in them). */
export function externalUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && !u.username && !u.password ? u.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The contract methods the print page may call: those whose `pages` trait
 * names it (service/registry.ts), what its report routes read
 * (renderer/src/print/; a test holds the two together). The print page is
 * the app's own, but it needs nothing else, so a fault in it can reach
 * nothing else: no writes, no files, no dialogs.
 */
export const PRINT_PAGE_METHODS: ReadonlySet<string> = new Set(
  methods.filter((m) => registry[m].pages.includes('print')),
);

/** Which of the app's own pages a frame is (its main page, or the print page reports are printed from), or null for anything else. */
export function senderPage(frameUrl: string | undefined | null): 'main' | 'print' | null {
  if (!frameUrl) return null;
  try {
    const u = new URL(frameUrl);
    // Node's URL gives a custom scheme no origin ("null"): compare scheme, host and path.
    const page = `${u.protocol}//${u.host}${u.pathname}`;
    if (u.username || u.password || !page.startsWith(`${APP_ORIGIN}/`)) return null;
    return page === APP_PAGES.main ? 'main' : page === APP_PAGES.print ? 'print' : null;
  } catch {
    return null;
  }
}

/** A message is trusted only from one of the app's own pages, served from its own origin: any other page, frame or scheme is refused. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return senderPage(frameUrl) !== null;
}

/** The main page, the one that may make files, print, save and choose folders. */
export function isMainPage(frameUrl: string | undefined | null): boolean {
  return senderPage(frameUrl) === 'main';
}

/** Whether a page may call a contract method: the main page any (but those main calls itself), the print page only what it reads. */
export function mayCall(frameUrl: string | undefined | null, method: string): boolean {
  const page = senderPage(frameUrl);
  return page === 'main' || (page === 'print' && PRINT_PAGE_METHODS.has(method));
}
