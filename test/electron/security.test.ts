import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { externalUrl, isTrustedSender } from '../../electron/security.js';

describe('links that leave the app', () => {
  it('only http and https URLs reach the system browser', () => {
    expect(externalUrl('https://www.anskaffelser.no/')).toBe('https://www.anskaffelser.no/');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'not a url', '']) expect(externalUrl(bad)).toBeNull();
    fc.assert(
      fc.property(fc.webUrl(), fc.string(), (url, junk) => {
        expect(externalUrl(url)).not.toBeNull();
        const r = externalUrl(junk);
        if (r !== null) expect(r).toMatch(/^https?:/);
      }),
    );
  });

  it('trusts only the app page itself as an IPC sender', () => {
    const app = 'file:///C:/Program%20Files/Anskaff/resources/app/dist/renderer/index.html';
    expect(isTrustedSender(`${app}#/cases/3`, app)).toBe(true);
    expect(isTrustedSender('file:///C:/Users/x/Downloads/index.html', app)).toBe(false);
    expect(isTrustedSender('https://evil.example/index.html', app)).toBe(false);
    expect(isTrustedSender(undefined, app)).toBe(false);
  });
});
