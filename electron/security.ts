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

const trustedPages = new Set<string>(Object.values(APP_PAGES));

/**
 * A message is trusted only from one of the app's own pages (the main page
 * and the print page its reports are printed from), served from its own
 * origin: any other page, frame or scheme is refused.
 */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  if (!frameUrl) return false;
  try {
    const u = new URL(frameUrl);
    // Node's URL gives a custom scheme no origin ("null"): compare scheme, host and path.
    const page = `${u.protocol}//${u.host}${u.pathname}`;
    return page.startsWith(`${APP_ORIGIN}/`) && trustedPages.has(page) && !u.username && !u.password;
  } catch {
    return false;
  }
}
