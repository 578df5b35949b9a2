// Values crossing IPC, as Electron's structured clone carries them: bytes
// stay bytes (Uint8Array), undefined stays undefined, dates stay dates;
// functions cannot be sent. Written once as a source string, so the page's
// worlds (main and preload) and Node use the very same code.

export const WIRE_SOURCE = String.raw`(() => {
  const b64 = (u8) => { let s = ''; for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000)); return btoa(s); };
  const unb64 = (s) => { const bin = atob(s); const u8 = new Uint8Array(bin.length); for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i); return u8; };
  const encode = (v) => {
    if (v === undefined) return { $u: 1 };
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $n: String(v) };
    if (typeof v === 'bigint') return { $i: String(v) };
    if (typeof v === 'function' || typeof v === 'symbol') throw new Error('An object could not be cloned.');
    if (v instanceof ArrayBuffer) return { $ab: b64(new Uint8Array(v)) };
    if (ArrayBuffer.isView(v)) return { $b: b64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)), t: v.constructor.name };
    if (v instanceof Date) return { $d: v.toISOString() };
    if (v instanceof Map) return { $m: [...v].map(([k, x]) => [encode(k), encode(x)]) };
    if (v instanceof Set) return { $s: [...v].map(encode) };
    if (v instanceof Error) return { $e: { name: v.name, message: v.message } };
    if (Array.isArray(v)) return v.map(encode);
    // Structured clone takes plain objects only: a Promise, a DOM object (File, Blob, an element) or a class instance throws, as in Electron.
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Error('An object could not be cloned.');
    const o = {};
    for (const k of Object.keys(v)) o[k] = encode(v[k]);
    return { $o: o };
  };
  const decode = (v) => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(decode);
    if ('$u' in v) return undefined;
    if ('$n' in v) return Number(v.$n);
    if ('$i' in v) return BigInt(v.$i);
    if ('$ab' in v) return unb64(v.$ab).buffer;
    if ('$b' in v) {
      const u8 = unb64(v.$b);
      const T = typeof globalThis[v.t] === 'function' && v.t !== 'DataView' && v.t !== 'Buffer' ? globalThis[v.t] : Uint8Array;
      return T === Uint8Array ? u8 : new T(u8.buffer, 0, u8.byteLength / (T.BYTES_PER_ELEMENT || 1));
    }
    if ('$d' in v) return new Date(v.$d);
    if ('$m' in v) return new Map(v.$m.map(([k, x]) => [decode(k), decode(x)]));
    if ('$s' in v) return new Set(v.$s.map(decode));
    if ('$e' in v) return Object.assign(new Error(v.$e.message), { name: v.$e.name });
    const o = {};
    for (const k of Object.keys(v.$o)) o[k] = decode(v.$o[k]);
    return o;
  };
  return { encode, decode };
})()`;

interface Wire {
  encode(v: unknown): unknown;
  decode(v: unknown): unknown;
}

/** The same functions in Node (atob and btoa are globals there too). */
export const wire: Wire = (0, eval)(WIRE_SOURCE) as Wire;
