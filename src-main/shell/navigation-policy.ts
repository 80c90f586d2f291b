import { isAppUrl, parseUrl } from './app-origin.js';

/**
 * The only web pages Sachiv will ever open, and only in the user's browser. Exact hostnames:
 * a subdomain or a look-alike does not match.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = ['sachiv.in', 'www.sachiv.in'];

/** The window may only move between pages of the app itself. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

/** A link the user may open in the system browser: https, an allow-listed host, no credentials, default port. */
export function isAllowedExternalUrl(value: unknown): boolean {
  const url = parseUrl(value);
  return (
    url !== null &&
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_URL_ALLOW_LIST.includes(url.hostname)
  );
}

/** IPC is answered only for frames showing our own pages; a frame with no URL is refused. */
export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}
