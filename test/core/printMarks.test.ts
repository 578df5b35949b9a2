import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefingMarks, cssString, pageMarksCss } from '../../core/index.js';

/**
 * A CSS string token read back as CSS Syntax Level 3 reads it (§4.3.5): a
 * backslash and up to six hex digits (and one following space) is that code
 * point (U+FFFD for NUL, which CSS cannot hold); a backslash and any other character is that character. An
 * unescaped quote or line break inside the string would end or break it.
 */
function readCssString(token: string): string {
  expect(token.startsWith('"') && token.endsWith('"')).toBe(true);
  const body = token.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"' || c === '\n' || c === '\r' || c === '\f') throw new Error(`unescaped ${JSON.stringify(c)} at ${i}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(body.slice(i + 1));
    if (hex) {
      const cp = Number.parseInt(hex[0], 16);
      out += cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
      i += hex[0].length;
      if (/[ \t\n]/.test(body[i + 1] ?? '')) i++;
    } else {
      out += body[++i];
    }
  }
  return out;
}

describe('running marks as page rules', () => {
  it('put any text in a CSS string exactly (organisation names, titles with quotes, backslashes, line breaks)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('"', '\\', '\n', '\r', '\f', '\t', '\u0000', '\u007f', ' ', 'a', 'F', '0', '9', 'ø', '§'),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
        }),
        (s) => {
          expect(readCssString(cssString(s))).toBe(s.replace(/\0/g, '\ufffd'));
        },
      ),
      { numRuns: 2000 },
    );
    expect(readCssString(cssString('Sør-Varanger "2026"\\\nny linje'))).toBe('Sør-Varanger "2026"\\\nny linje');
  });

  it('mark the closed version with its exemption across the top of every page, and number pages "side n av N"', () => {
    const base = {
      organisation: 'Prøve kommune',
      title: 'Orientering',
      meeting: 'Kommunestyret',
      meetingDate: '2026-12-10',
      bases: ['offl_13_fvl_13'] as const,
    };
    const closed = pageMarksCss(briefingMarks({ ...base, version: 'closed', bases: [] }, 'nb'));
    expect(closed).toContain(
      '@top-left { content: "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13 første ledd nr. 2"',
    );
    expect(closed).not.toContain('@top-right');
    expect(closed).toContain('content: "side " counter(page) " av " counter(pages)');
    const open = pageMarksCss(briefingMarks({ ...base, version: 'public', bases: [] }, 'en'));
    expect(open).toContain('@top-right { content: "Public version"');
    expect(open).toContain('content: "page " counter(page) " of " counter(pages)');
    expect(open).toMatch(/^@page \{ size: A4; margin: 20mm 14mm 18mm 14mm;/);
  });
});
