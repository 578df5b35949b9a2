import {
  render,
  type ApiErrorBody,
  type FieldIssue,
  type Input,
  type Locale,
  type Method,
  type Output,
} from '../../../core/index.js';
import { strings } from '../i18n/strings.js';
import { connectionBack, connectionLost, probeWith } from './connection.js';
import { sessionLost } from './session.js';

/** A failed call, with the service's message and field issues in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorBody['error']['code'] | 'network',
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The message's key and parameters (core/i18n/service.ts), so a form can say it again in another language. */
    readonly key?: FieldIssue['key'],
    readonly params?: FieldIssue['params'],
    /** A stale edit (409): who changed the record, when, and the record as it is now (components/ConflictPanel.tsx). */
    readonly conflict?: ApiErrorBody['error']['conflict'],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Envelope = { ok: true; value: unknown } | { ok: false; status: number; body: ApiErrorBody };
type Bridge = Record<string, (input: unknown, locale: Locale) => Promise<Envelope>>;

declare global {
  interface Window {
    /** Present in the desktop app: one function per contract method (electron/preload.ts). */
    api?: Bridge;
    /** Present in the desktop app: the extra backup folder chosen in the system's folder dialog (or no longer used). */
    apiBackupFolder?: (action: 'choose' | 'clear', locale: Locale) => Promise<Envelope>;
  }
}

/** A failure as the service sends it (over HTTP or IPC), as the error the screens catch. */
function apiErrorOf(r: { status: number; body: ApiErrorBody }): ApiError {
  const e = r.body.error;
  return new ApiError(r.status, e.code, e.message, e.issues ?? [], e.key, e.params, e.conflict);
}

let currentLocale: Locale = 'nb';
export function setClientLocale(l: Locale): void {
  currentLocale = l;
}
/** The language calls are made in (the user's choice). */
export const clientLocale = (): Locale => currentLocale;

async function overHttp(method: string, input: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`rpc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': currentLocale },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    // The host cannot be reached: the banner says so at once (reads are tried again, main.tsx).
    connectionLost();
    throw new ApiError(0, 'network', render(strings.noConnection, currentLocale));
  }
  connectionBack();
  const body = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return body;
  const err = (body as ApiErrorBody | null)?.error;
  if (res.status === 401) sessionLost(err?.message ?? res.statusText, err?.key);
  throw apiErrorOf({ status: res.status, body: { error: err ?? { code: 'internal', message: res.statusText } } });
}

// While the host cannot be reached, the smallest read asks whether it answers again.
probeWith(() => {
  const bridge = typeof window !== 'undefined' ? window.api : undefined;
  return bridge ? overIpc(bridge, 'system.status', {}) : overHttp('system.status', {});
});
let ipcUnauthorized: (() => void) | null = null;
/** Hears of a 401 over IPC: the desktop app on the office server, signed out (api/office.ts then asks for sign-in). */
export function onIpcUnauthorized(listener: () => void): void {
  ipcUnauthorized = listener;
}

async function overIpc(bridge: Bridge, method: string, input: unknown): Promise<unknown> {
  const fn = bridge[method];
  if (!fn) throw new ApiError(404, 'not_found', method);
  const r = await fn(input ?? {}, currentLocale);
  // The desktop app on the office server: a server that cannot be reached shows the banner at once, as over HTTP.
  if (!r.ok && r.status === 503 && r.body.error.key === 'officeUnreachable') connectionLost();
  else connectionBack();
  if (r.ok) return r.value;
  // The desktop app on the office server: signed out (the server ended the session); the app asks for sign-in.
  if (r.status === 401) ipcUnauthorized?.();
  throw apiErrorOf(r);
}

let afterCall: ((method: Method) => void) | null = null;
/** Hears of every call that succeeded (main.tsx: a write marks stale the answers that show what it changed). */
export function onCallDone(listener: (method: Method) => void): void {
  afterCall = listener;
}

/** Calls a contract method over IPC in the desktop app, over HTTP in the browser. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const bridge = typeof window !== 'undefined' ? window.api : undefined;
  const out = (await (bridge ? overIpc(bridge, method, input) : overHttp(method, input))) as Output<M>;
  afterCall?.(method);
  return out;
}

/** The desktop app's folder dialog for the extra backup folder: the new list, or null when the user cancelled. */
export async function chooseBackupFolder(
  action: 'choose' | 'clear',
  locale: Locale,
): Promise<Output<'backup.list'> | null> {
  if (!window.apiBackupFolder) throw new ApiError(404, 'not_found', 'apiBackupFolder');
  const r = await window.apiBackupFolder(action, locale);
  if (r.ok) return r.value as Output<'backup.list'> | null;
  throw apiErrorOf(r);
}
