import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords of the office server's accounts, hashed with scrypt (OWASP's
// Password Storage Cheat Sheet: N=2^17, r=8, p=1 is its first choice of
// parameters; N=2^15 costs 32 MiB and about 0.1 s here, which keeps sign-in
// of 30 users at once well inside a second on two cores). The parameters go
// into the stored string, so they can be raised later and old hashes still
// verify. Asynchronous: scrypt runs on libuv's thread pool, never blocking
// the server's event loop.

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
/** The shortest password accepted: core/schemas/accounts.ts (the screens say it too). */
export { MIN_PASSWORD_LENGTH } from '../../core/index.js';

function scrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  const opts: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFC'), salt, KEY_BYTES, opts, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password is the one hashed; false for any stored value it cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to check against when the user name is unknown, so the answer takes as long as for a wrong password. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
