import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { externalUrl, isTrustedSender } from '../../electron/security.js';

describe('links that leave the app', () => {
  it('only https URLs reach the system browser, without credentials in them', () => {
    expect(externalUrl('https://www.anskaffelser.no/')).toBe('https://www.anskaffelser.no/');
    for (const bad of [
      'http://example.org/',
      'https://user:pw@example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'not a url',
      '',
    ])
      expect(externalUrl(bad)).toBeNull();
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), fc.string(), (url, junk) => {
        if (!/^https:\/\/[^/]*@/.test(url)) expect(externalUrl(url)).not.toBeNull();
        const r = externalUrl(junk);
        if (r !== null) expect(r).toMatch(/^https:/);
      }),
    );
  });

  it("trusts only the app's own pages, served from its own scheme, as IPC senders", () => {
    expect(isTrustedSender('app://anskaff/index.html#/cases/3')).toBe(true);
    // The print page: the desktop app prints packs and protocols from it, and it reads their data over IPC.
    expect(isTrustedSender('app://anskaff/print.html#/print/protocol?case=3&lang=nb')).toBe(true);
    for (const url of [
      'app://anskaff/other.html',
      'app://anskaff/assets/index.html',
      'app://anskaff:8080/index.html',
      'app://user@anskaff/index.html',
      'app://evil/index.html',
      'file:///C:/Program%20Files/Anskaff/resources/app/dist/renderer/index.html',
      'file:///C:/Users/x/Downloads/index.html',
      'https://evil.example/index.html',
      'http://anskaff/index.html',
      'not a url',
      '',
      undefined,
      null,
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });
});
