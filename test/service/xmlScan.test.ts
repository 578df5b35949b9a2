import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attrsOf, scanXml } from '../../service/import/xmlScan.js';

// The import's XML scanner, held to a tree it is given and to any text at all.

type Node = { name: string; attrs: [string, string][]; children: (Node | string)[] };

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const serialise = (n: Node): string =>
  `<${n.name}${n.attrs.map(([k, v]) => (v.includes('"') ? ` ${k}='${v.replace(/&/g, '&amp;').replace(/'/g, '&apos;')}'` : ` ${k}="${v.replace(/&/g, '&amp;')}"`)).join('')}${
    n.children.length
      ? `>${n.children.map((c) => (typeof c === 'string' ? escapeText(c) : serialise(c))).join('')}</${n.name}>`
      : '/>'
  }`;

/** The events a tree should give: text joined between tags, empty text left out. */
function expected(n: Node, out: string[] = []): string[] {
  out.push(`open ${n.name} ${JSON.stringify(Object.fromEntries(n.attrs))}`);
  for (const c of n.children) {
    if (typeof c !== 'string') expected(c, out);
    else if (c && out.at(-1)?.startsWith('text ')) out[out.length - 1] += c;
    else if (c) out.push(`text ${c}`);
  }
  out.push(`close ${n.name}`);
  return out;
}

const name = fc.constantFrom('row', 'c', 'v', 'x:row', 'si', 't');
const value = fc.string({ unit: fc.constantFrom('a', '1', '>', '<', '&', '"', ' ', 'ø', '/') });
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('r', 's', 't', 'spans'), value), {
      selector: (a) => a[0],
      maxLength: 3,
    }),
    children: fc.array(
      fc.oneof({ depthSize: 'small' }, fc.string({ unit: fc.constantFrom('a', ' ', '&', '>', 'å', '"') }), tie('node')),
      { maxLength: 4 },
    ),
  }),
})).node;

describe("the import's XML scanner", () => {
  it('gives the start tags, attributes, text and end tags of any well-formed part, quotes and > in values included', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const got: string[] = [];
        scanXml(serialise(t), {
          capturing: true,
          open: (n, raw) => got.push(`open ${n.replace(/^x:/, '')} ${JSON.stringify(attrsOf(raw))}`),
          close: (n) => got.push(`close ${n}`),
          text: (s) => (got.at(-1)?.startsWith('text ') ? (got[got.length - 1] += s) : got.push(`text ${s}`)),
        });
        const local = (n: Node): Node => ({
          ...n,
          name: n.name.replace(/^x:/, ''),
          children: n.children.map((c) => (typeof c === 'string' ? c : local(c))),
        });
        expect(got).toEqual(expected(local(t)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads any text at all without throwing, and in time proportional to its length', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '/',
      '=',
      'row',
      'c r="A1"',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?',
      '?>',
      '&amp;',
      '&#99999999;',
      'tekst',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const xml = pieces.join('');
        let events = 0;
        scanXml(xml, { capturing: true, open: () => events++, close: () => events++, text: () => events++ });
        expect(events).toBeLessThanOrEqual(xml.length * 2 + 1);
      }),
      { numRuns: 500 },
    );
    // Hostile shapes, each 300,000 times: none may take more than a moment.
    for (const unit of ['<row>', '<c r="A', '<a b="1" c="2"', '<!--', '<![CDATA[', "<c r='x>", '"', '<row r="1"><c>']) {
      const started = performance.now();
      scanXml(unit.repeat(300_000), { capturing: true, open() {}, close() {}, text() {} });
      expect(performance.now() - started, unit).toBeLessThan(1_000);
    }
  });
});
