import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Custom schemes (protocol.handle('app', …)). Chromium driven from outside
// cannot be taught a scheme, so each scheme and host the app serves gets a
// loopback origin of its own: app://anskaff/x is loaded as
// http://127.0.0.1:<port>/x, every request there is handed to the handler
// main.ts registered as the app:// request Electron would give it, and every
// URL reported back to the app (a sender frame, getURL) is the app:// one.

export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

interface Origin {
  scheme: string;
  host: string;
  server: Server;
  base: string;
}

export class SchemeHost {
  private readonly handlers = new Map<string, ProtocolHandler>();
  private readonly privileged = new Map<string, Record<string, boolean>>();
  private readonly origins: Origin[] = [];
  constructor(private readonly log: (line: string) => void) {}

  registerPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    for (const s of schemes) this.privileged.set(s.scheme, s.privileges ?? {});
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** Whether a URL is one of ours to map (a scheme registered as privileged or handled). */
  owns(url: string): boolean {
    const scheme = /^([a-z][\w+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    return (
      !!scheme &&
      !['http', 'https', 'file', 'about', 'data', 'blob'].includes(scheme) &&
      (this.handlers.has(scheme) || this.privileged.has(scheme))
    );
  }

  /**
   * The loopback URL a custom-scheme URL is loaded from (its origin made on
   * first use). Only for a scheme main registered as privileged, standard and
   * secure before 'ready': without that, Electron gives its pages no origin of
   * their own, relative URLs and module scripts do not resolve, and the app
   * would not start, so here it does not load either.
   */
  async toLoopback(url: string): Promise<string> {
    const u = new URL(url);
    const scheme = u.protocol.slice(0, -1);
    const privileges = this.privileged.get(scheme);
    if (!privileges?.standard || !privileges.secure)
      throw new Error(
        `net::ERR_UNKNOWN_URL_SCHEME: ${scheme}: was not registered as a standard, secure scheme before 'ready'`,
      );
    const origin =
      this.origins.find((o) => o.scheme === scheme && o.host === u.host) ?? (await this.open(scheme, u.host));
    return `${origin.base}${u.pathname}${u.search}${u.hash}`;
  }

  /** The URL the app would see for a page or frame: the custom-scheme one where it was mapped. */
  fromLoopback(url: string): string {
    for (const o of this.origins)
      if (url === o.base || url.startsWith(`${o.base}/`))
        return `${o.scheme}://${o.host}${url.slice(o.base.length) || '/'}`;
    return url;
  }

  isLoopbackOrigin(url: string): boolean {
    return this.origins.some((o) => url === o.base || url.startsWith(`${o.base}/`));
  }

  private async open(scheme: string, host: string): Promise<Origin> {
    const server = createServer((req, res) => {
      const appUrl = `${scheme}://${host}${req.url ?? '/'}`;
      const handler = this.handlers.get(scheme);
      void (async () => {
        try {
          if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${scheme}: has no handler)`);
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
          const response = await handler(new Request(appUrl, { method: req.method ?? 'GET', headers }));
          const body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(body);
        } catch (e) {
          this.log(`${appUrl}: ${(e as Error).message}`);
          res.writeHead(500);
          res.end();
        }
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = { scheme, host, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    this.origins.push(origin);
    return origin;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.origins.map((o) => {
        o.server.closeAllConnections();
        return new Promise((r) => o.server.close(r));
      }),
    );
    this.origins.length = 0;
  }
}
