// The office load test's servers and clients (bench/office.ts runs the work):
// how a simulated user gets a session and talks to the server (plain
// node:http / node:https with keep-alive, one agent per user), and the server
// itself in a process of its own: the office server over HTTPS with every
// user signed in as their own account, or the browser host with one secret.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { openService } from '../service/openData.js';
import { migrationsDir } from '../service/repoPaths.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

// ---------------------------------------------------------------------------
// The client: plain node:http / node:https with keep-alive, one agent per user
// (a user is a browser or a desktop app with its own connections).

export interface Answer {
  status: number;
  /** Parsed JSON, or the size of a file. */
  body: unknown;
  ms: number;
}

export interface Session {
  /** POST `path` with a JSON body, as this user. */
  post(path: string, input: unknown): Promise<Answer>;
  close(): void;
}

export interface OfficeUser {
  username: string;
  name: string;
  password: string;
}

/** How a simulated user gets a session: the part that differs between the browser host and the office server. */
export type SignIn = (user: OfficeUser) => Promise<Session>;

/** What the server process says of itself over the run (bench/officeHost.ts), where it says it. */
export interface ServerStats {
  /** CPU time of the whole process (its threads included) and wall time since the load began, ms. */
  cpu_ms: number;
  wall_ms: number;
  /** How late the request thread's timers ran: a request waits at least this long behind whatever holds the thread. */
  event_loop_p50_ms: number;
  event_loop_p99_ms: number;
  event_loop_max_ms: number;
}

/** The server under load: where it is, how users sign in to it, and how to stop it. */
export interface OfficeTarget {
  url: string;
  signIn: SignIn;
  /** Tells the server the load begins now (its figures count from here), where it listens for that. */
  begin(): void;
  /** Stops the server; its own figures, where it gives them. */
  close(): Promise<ServerStats | null>;
}

interface Connection {
  post(
    path: string,
    input: unknown,
    headers: Record<string, string>,
  ): Promise<Answer & { headers: http.IncomingHttpHeaders }>;
  close(): void;
}

/**
 * Connections to one server for one user. Over HTTPS a self-signed
 * certificate is accepted only with the SHA-256 fingerprint the server
 * printed (`AA:BB:…`), as the desktop app pins it.
 */
function connection(base: string, tls: { fingerprint?: string; ca?: string } = {}): Connection {
  const u = new URL(base);
  const secure = u.protocol === 'https:';
  const agent = secure
    ? new https.Agent({
        keepAlive: true,
        maxSockets: 6,
        ca: tls.ca,
        // Pinned by fingerprint below instead of by a CA the test machine does not have.
        rejectUnauthorized: tls.fingerprint === undefined,
        // Every connection a full handshake: a resumed TLS session shows no peer certificate to check the pin against.
        maxCachedSessions: 0,
      })
    : new http.Agent({ keepAlive: true, maxSockets: 6 });
  const checked = new WeakSet<object>();
  return {
    post(p, input, headers) {
      const data = Buffer.from(JSON.stringify(input));
      return new Promise((resolve, reject) => {
        const t0 = performance.now();
        const req = (secure ? https : http).request(
          {
            protocol: u.protocol,
            hostname: u.hostname,
            port: u.port,
            path: p,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': String(data.length), ...headers },
          },
          (res) => {
            if (secure && tls.fingerprint && !checked.has(res.socket)) {
              const fp = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
              if (fp !== tls.fingerprint) {
                res.destroy();
                return reject(new Error(`certificate fingerprint ${fp} is not the pinned ${tls.fingerprint}`));
              }
              checked.add(res.socket);
            }
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const ms = performance.now() - t0;
              const raw = Buffer.concat(chunks);
              const json = String(res.headers['content-type'] ?? '').startsWith('application/json');
              let body: unknown = { bytes: raw.length };
              if (json) {
                try {
                  body = JSON.parse(raw.toString('utf8'));
                } catch {
                  body = { unparsable: raw.toString('utf8').slice(0, 200) };
                }
              }
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms });
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(data);
      });
    },
    close: () => agent.destroy(),
  };
}

/** The browser host: every user holds this start's secret as a bearer token (there are no accounts). */
export function browserHostSignIn(url: string, token: string): SignIn {
  return async () => {
    const c = connection(url);
    const auth = { authorization: `Bearer ${token}` };
    return { post: (p, input) => c.post(p, input, auth), close: c.close };
  };
}

/**
 * The office server (docs: office-protocol): `POST /auth/signin` with the
 * user's name and password gives the `anskaff_office` session cookie, which
 * every request then carries. A 429 is waited out as its Retry-After says.
 */
export function officeServerSignIn(url: string, tls: { fingerprint?: string; ca?: string } = {}): SignIn {
  return async (user) => {
    const c = connection(url, tls);
    for (let attempt = 0; ; attempt++) {
      const r = await c.post('/auth/signin', { username: user.username, password: user.password }, {});
      if (r.status === 429 && attempt < 10) {
        await sleep(1000 * Math.max(1, Number(r.headers['retry-after'] ?? 1)));
        continue;
      }
      const setCookie = [r.headers['set-cookie'] ?? []].flat();
      const session = setCookie.map((s) => /^(anskaff_office=[^;]+)/.exec(s)?.[1]).find(Boolean);
      if (r.status !== 200 || !session) {
        c.close();
        throw new Error(`sign-in of ${user.username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      }
      const cookie = { cookie: session };
      return { post: (p, input) => c.post(p, input, cookie), close: c.close };
    }
  };
}

// ---------------------------------------------------------------------------
// The servers, each in a process of its own.

interface Child {
  child: ChildProcess;
  match: RegExpExecArray;
  /** Everything the child has written to stdout so far. */
  out(): string;
}

function stopChild(c: Child): Promise<void> {
  return new Promise((ok) => {
    if (c.child.exitCode !== null) return ok();
    const timer = setTimeout(() => c.child.kill('SIGKILL'), 10_000);
    c.child.once('exit', () => {
      clearTimeout(timer);
      ok();
    });
    c.child.kill('SIGTERM');
  });
}

/** Starts `script` under tsx and waits for a stdout line matching `ready`; the child's stderr is passed on. */
function startChild(script: string, args: string[], ready: RegExp): Promise<Child> {
  // ANSKAFF_LOAD_CPU_PROF=<dir>: the server's CPU profile, written there when it stops.
  const prof = process.env.ANSKAFF_LOAD_CPU_PROF;
  const flags = prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within 60 s: ${out}`));
    }, 60_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, out: () => out });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      // Once it listened, this rejects nothing.
      reject(new Error(`${script} exited with ${code} before it listened: ${out}`));
    });
  });
}

/** Today's server: the browser host over the data folder (bench/officeHost.ts), one shared secret. */
export async function startBrowserHost(dataDir: string, today: string): Promise<OfficeTarget> {
  const c = await startChild(
    path.join(here, 'officeHost.ts'),
    ['--data-dir', dataDir, '--today', today],
    /^(\{.*\})$/m,
  );
  const { url, token } = JSON.parse(c.match[1]!) as { url: string; token: string };
  return {
    url,
    signIn: browserHostSignIn(url, token),
    begin: () => c.child.stdin!.write('begin\n'),
    close: async () => {
      await stopChild(c);
      const line = /^\{"stats":(.*)\}$/m.exec(c.out());
      return line ? (JSON.parse(line[1]!) as ServerStats) : null;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function waitForPort(port: number, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const open = await new Promise<boolean>((ok) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        ok(true);
      });
      s.once('error', () => ok(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port}`);
    await sleep(200);
  }
}

/**
 * The office server (`npm run server`, service/cli/server.ts) over the data
 * folder, on loopback HTTPS with the certificate it makes on first start:
 * every simulated user gets an account (innkjøper) first, as the
 * administrator would make them, then signs in as themself.
 */
export async function startOfficeServer(dataDir: string, today: string, users: OfficeUser[]): Promise<OfficeTarget> {
  const service = openService(dataDir, { migrationsDir }, { today: () => today });
  try {
    for (const u of users)
      await service.office.create(
        { username: u.username, name: u.name, role: 'innkjøper', departments: [] },
        u.password,
      );
  } finally {
    service.database.close();
  }
  const port = await freePort();
  const c = await startChild(
    path.join(repoRoot, 'service/cli/server.ts'),
    ['--data-dir', dataDir, '--listen', `127.0.0.1:${port}`],
    /((?:[0-9A-F]{2}:){31}[0-9A-F]{2})/,
  );
  await waitForPort(port);
  const url = `https://127.0.0.1:${port}`;
  return {
    url,
    signIn: officeServerSignIn(url, { fingerprint: c.match[1]! }),
    begin: () => {},
    close: async () => {
      await stopChild(c);
      return null;
    },
  };
}

/** The server the load test runs against: the office server, every user signed in as their own account over HTTPS. */
export function startServer(
  dataDir: string,
  today: string,
  users: OfficeUser[],
  host: 'office' | 'browser' = 'office',
): Promise<OfficeTarget> {
  // The browser host reports its own CPU and event-loop lateness (officeHost.ts) and takes a CPU profile: for finding where time goes.
  return host === 'browser' ? startBrowserHost(dataDir, today) : startOfficeServer(dataDir, today, users);
}
