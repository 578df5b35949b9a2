// A scanner for the SpreadsheetML parts the import reads: start tags with
// their attributes, end tags and the text between, in one pass. Every
// character is looked at a bounded number of times, so a file of unclosed
// tags (300,000 bare <row>, an attribute that never ends) costs what its
// length costs, where lazy regular expressions searched to the end of the
// file from every tag. Only the five predefined entities and character
// references are decoded: a DOCTYPE's entities are never expanded.

export type Attrs = Record<string, string>;

export interface XmlHandler {
  /**
   * A start tag; `name` without its namespace prefix (x:row is row), and
   * the text of its attributes as written, for eachAttr or attrsOf to read
   * when the tag is one the handler wants (most tags of a sheet are not).
   */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, decoded; asked for only while `capturing` (whitespace between tags costs nothing). */
  text(text: string): void;
  readonly capturing: boolean;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function codePoint(n: number, raw: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : raw;
}

/** Entities and character references, and Excel's own escapes of control characters (_x000D_). */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|lt|gt|amp|quot|apos);/gi, (raw, e: string) =>
      e[0] === '#'
        ? codePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)), raw)
        : ENTITY[e.toLowerCase()]!,
    )
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const localName = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Each attribute of a start tag, in order, its value decoded; reading stops at the first malformed one. */
export function eachAttr(raw: string, fn: (name: string, value: string) => void): void {
  const n = raw.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    const start = i;
    while (i < n && raw.charCodeAt(i) !== 61 /* = */ && !isSpace(raw.charCodeAt(i))) i++;
    if (i === start) return;
    const name = raw.slice(start, i);
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    if (raw.charCodeAt(i) !== 61) return;
    i++;
    while (i < n && isSpace(raw.charCodeAt(i))) i++;
    const q = raw[i];
    if (q !== '"' && q !== "'") return;
    const close = raw.indexOf(q, i + 1);
    if (close < 0) return;
    const v = raw.slice(i + 1, close);
    fn(name, v.indexOf('&') < 0 && v.indexOf('_x') < 0 ? v : decodeXml(v));
    i = close + 1;
  }
}

/** The attributes of a start tag as an object. */
export function attrsOf(raw: string): Attrs {
  const attrs: Attrs = {};
  eachAttr(raw, (name, value) => {
    attrs[name] = value;
  });
  return attrs;
}

/**
 * Scans a whole part, calling the handler in document order; stops quietly
 * where the file breaks off.
 */
export function scanXml(xml: string, h: XmlHandler): void {
  /**
   * Where the tag whose inside starts at `from` ends (its '>'), skipping '>'
   * in quoted values; -1 when the file ends first. Each character of the tag
   * is read once: a quote's closing one is found with indexOf, and the next
   * '>' is looked for only past it.
   */
  const tagEnd = (from: number): number => {
    let i = from;
    let gt = xml.indexOf('>', i);
    while (gt >= 0) {
      let q = -1;
      for (; i < gt; i++) {
        const c = xml.charCodeAt(i);
        if (c === 34 || c === 39) {
          q = i;
          break;
        }
      }
      // No quote before this '>': the tag ends there.
      if (q < 0) return gt;
      const close = xml.indexOf(xml[q]!, q + 1);
      if (close < 0) return -1;
      i = close + 1;
      // The '>' was inside the quotes: the tag goes on past the closing one.
      if (close > gt) gt = xml.indexOf('>', i);
    }
    return -1;
  };

  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos && h.capturing) h.text(decodeXml(xml.slice(pos, textEnd)));
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return;
        if (h.capturing) h.text(xml.slice(lt + 9, end));
        pos = end + 3;
      } else if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return;
        pos = end + 3;
      } else {
        // A DOCTYPE or other declaration: skipped whole, its entities unused.
        const end = tagEnd(lt + 2);
        if (end < 0) return;
        pos = end + 1;
      }
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return;
      pos = end + 2;
      continue;
    }
    const end = tagEnd(lt + 1);
    if (end < 0) return;
    if (next === 47 /* / */) {
      let n = lt + 2;
      while (n < end && !isSpace(xml.charCodeAt(n))) n++;
      h.close(localName(xml.slice(lt + 2, n)));
    } else {
      const selfClosing = xml.charCodeAt(end - 1) === 47;
      const innerEnd = selfClosing ? end - 1 : end;
      let n = lt + 1;
      while (n < innerEnd && !isSpace(xml.charCodeAt(n))) n++;
      const name = localName(xml.slice(lt + 1, n));
      h.open(name, n < innerEnd ? xml.slice(n, innerEnd) : '', selfClosing);
      if (selfClosing) h.close(name);
    }
    pos = end + 1;
  }
}
