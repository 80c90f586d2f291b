/**
 * The Content-Security-Policy of every renderer page. It lives apart from the Electron code so
 * the end-to-end tests can serve the built renderer under exactly the same policy and a
 * violation shows up there first.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
