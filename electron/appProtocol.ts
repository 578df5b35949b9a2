import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, CSP_HEADER_EXTRA } from '../core/csp.js';

// The renderer is served from app://anskaff/, not file://: with a scheme of
// our own, 'self' in the CSP means the app's own files and not every file on
// the disk, the pages have an origin of their own, and an IPC sender can be
// told apart by its exact URL (Electron's security checklist, item 18).

export const APP_SCHEME = 'app';
export const APP_HOST = 'anskaff';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The app's own pages: the only senders its IPC trusts. */
export const APP_PAGES = { main: `${APP_ORIGIN}/index.html`, print: `${APP_ORIGIN}/print.html` } as const;

/** Privileges for registerSchemesAsPrivileged (before 'ready'): a standard, secure origin whose workers and fetch work like https. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

const refuse = (status: number) => new Response(null, { status });

/**
 * The handler for protocol.handle('app', …): files under the built renderer
 * only, for GET and HEAD only, each with the CSP header. Anything else (another
 * host, a path that leaves the folder, a folder, a missing file) is refused.
 */
export function appFileHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400);
    }
    const file = path.resolve(root, `.${rel}`);
    const inside = path.relative(root, file);
    if (!inside || inside.startsWith('..') || path.isAbsolute(inside) || rel.includes('\0')) return refuse(404);
    try {
      if (!(await stat(file)).isFile()) return refuse(404);
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY + CSP_HEADER_EXTRA,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        },
      });
    } catch {
      return refuse(404);
    }
  };
}
