// The Content Security Policy of the app, in one place: the Vite build puts
// it in index.html, the HTTP host and the Electron shell send it as a header.
// Nothing may load from outside the app: no CDN, no web fonts, no eval.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Header-only directives (not allowed in a meta tag). */
export const CSP_HEADER_EXTRA = "; frame-ancestors 'none'";
