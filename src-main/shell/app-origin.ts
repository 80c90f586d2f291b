/**
 * The renderer is served from app://sachiv/ (never file://), so it has a real origin that
 * the CSP's 'self', the navigation guard and the IPC sender check can all rely on.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sachiv';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL string, or returns null for anything that is not one. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True only for app://sachiv/… with no credentials and no port. URL.origin cannot be used
 * here: outside Electron 'app:' is not a special scheme and its origin is the string "null".
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
