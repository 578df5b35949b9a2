import { randomBytes, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t, type ApiErrorBody, type Locale } from '../../../core/index.js';
import type { Caller } from '../../context.js';
import type { Service } from '../../service.js';
import { BodyTooLarge, errorBody, readBody, sameOrigin, sendJson, type HostAuth } from '../server.js';
import type { DirectoryUser } from './ldap.js';
import { SignInLimiter, type LimitKey } from './rateLimit.js';
import { clearedCookie, OfficeSessions, sessionCookie, sessionIdOf } from './sessions.js';

// The office server's auth: the office's accounts (service.office). A user
// signs in with `POST /auth/signin` and gets a session cookie; every request
// after that is made as the account it names, re-read from the register each
// time, so a changed role or a disabled account counts at once.

/** A sign-in body: a user name and a password, nothing big. */
const MAX_SIGNIN_BYTES = 4096;
const ONE_TIME_TTL_MS = 5 * 60_000;
const MAX_ONE_TIME = 1_000;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export interface OfficeAuth extends HostAuth {
  sessions: OfficeSessions;
  limiter: SignInLimiter;
}

function refusalBody(key: 'signInRequired' | 'signInFailed', locale: Locale): ApiErrorBody {
  return { error: { code: 'unauthorized', message: t(key, locale), key } };
}

async function readSignIn(req: IncomingMessage): Promise<{ username: string; password: string } | null> {
  try {
    const body = JSON.parse(await readBody(req, MAX_SIGNIN_BYTES)) as unknown;
    if (typeof body !== 'object' || body === null) return null;
    const { username, password } = body as Record<string, unknown>;
    return typeof username === 'string' && typeof password === 'string' ? { username, password } : null;
  } catch (e) {
    if (e instanceof BodyTooLarge) throw e;
    return null;
  }
}

export function officeAuth(
  service: Service,
  opts: {
    sessions?: OfficeSessions;
    limiter?: SignInLimiter;
    now?: () => number;
    /** Sign-in against the municipality's directory (ldap.ts), tried when the local password does not match. */
    directory?: (username: string, password: string) => Promise<DirectoryUser | null>;
  } = {},
): OfficeAuth {
  const now = opts.now ?? Date.now;
  const sessions = opts.sessions ?? new OfficeSessions(now);
  const limiter = opts.limiter ?? new SignInLimiter(undefined, now);
  // The printer's addresses: a token that gives the session of the user who asked for the print, once.
  const oneTime = new Map<string, { username: string; expires: number }>();

  const callerOf = (req: IncomingMessage): Caller | null => {
    const id = sessionIdOf(req.headers.cookie);
    const username = id === null ? null : sessions.use(id);
    if (username === null) return null;
    const caller = service.office.current(username);
    // A disabled or removed account's sessions end with it.
    if (!caller) sessions.end(id!);
    return caller;
  };

  async function signIn(req: IncomingMessage, res: ServerResponse, locale: Locale): Promise<void> {
    let body;
    try {
      body = await readSignIn(req);
    } catch {
      res.setHeader('connection', 'close');
      return sendJson(res, 413, errorBody('invalid_input', t('bodyTooLarge', locale)));
    }
    if (!body || body.username.trim() === '' || body.password === '') {
      const issues = (['username', 'password'] as const)
        .filter((f) => !body || body[f].trim() === '')
        .map((path) => ({ path, message: t('signInFieldsMissing', locale), key: 'signInFieldsMissing' as const }));
      return sendJson(res, 400, {
        error: { code: 'invalid_input', message: t('signInFieldsMissing', locale), key: 'signInFieldsMissing', issues },
      } satisfies ApiErrorBody);
    }
    const username = body.username.trim();
    const keys: LimitKey[] = [`user:${username.toLowerCase()}`, `address:${req.socket.remoteAddress ?? ''}`];
    const wait = limiter.retryAfter(keys);
    if (wait > 0) {
      res.setHeader('retry-after', String(wait));
      return sendJson(res, 429, {
        error: {
          code: 'too_many_requests',
          message: t('signInThrottled', locale, { seconds: wait }),
          key: 'signInThrottled',
          params: { seconds: wait },
        },
      } satisfies ApiErrorBody);
    }
    let caller = await service.office.signIn(username, body.password);
    if (!caller && opts.directory) {
      let user;
      try {
        user = await opts.directory(username, body.password);
      } catch (e) {
        console.error('anskaff: the directory (LDAPS) could not be asked', e);
        return sendJson(res, 503, errorBody('unavailable', t('directoryUnavailable', locale)));
      }
      caller = user ? service.office.fromDirectory(user) : null;
    }
    if (!caller) {
      limiter.failed(keys);
      return sendJson(res, 401, refusalBody('signInFailed', locale));
    }
    limiter.succeeded(keys);
    res.setHeader('set-cookie', sessionCookie(sessions.start(caller.username)));
    sendJson(res, 200, { user: caller });
  }

  return {
    sessions,
    limiter,
    authorize(req) {
      const caller = callerOf(req);
      return caller ? { caller } : null;
    },
    refusal: (locale) => refusalBody('signInRequired', locale),
    trade(token) {
      const k = digest(token);
      const entry = oneTime.get(k);
      oneTime.delete(k);
      if (!entry || entry.expires <= now() || !service.office.current(entry.username)) return null;
      return sessionCookie(sessions.start(entry.username));
    },
    mintOneTime(caller) {
      const token = randomBytes(32).toString('base64url');
      // Without a caller (no one signed in) the token gives nothing: it is never stored.
      if (!caller) return token;
      const at = now();
      for (const [k, e] of oneTime) if (e.expires <= at) oneTime.delete(k);
      while (oneTime.size >= MAX_ONE_TIME) oneTime.delete(oneTime.keys().next().value!);
      oneTime.set(digest(token), { username: caller.username, expires: at + ONE_TIME_TTL_MS });
      return token;
    },
    async route(req, res, locale, allowedHosts) {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== '/auth/signin' && path !== '/auth/signout') return false;
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, errorBody('invalid_input', 'Use POST'));
        return true;
      }
      if (!sameOrigin(req, allowedHosts)) {
        sendJson(res, 403, errorBody('invalid_input', 'Cross-origin requests are not allowed'));
        return true;
      }
      if (path === '/auth/signin') {
        if (
          !String(req.headers['content-type'] ?? '')
            .toLowerCase()
            .startsWith('application/json')
        ) {
          sendJson(res, 415, errorBody('invalid_input', 'Content-Type must be application/json'));
          return true;
        }
        await signIn(req, res, locale);
        return true;
      }
      const id = sessionIdOf(req.headers.cookie);
      if (id !== null) sessions.end(id);
      res.writeHead(204, { 'set-cookie': clearedCookie(), 'cache-control': 'no-store' });
      res.end();
      return true;
    },
  };
}
