import path from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file; unknown kinds are offered as bytes, never sniffed. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app://sachiv/… request to a file inside the renderer folder, or null when the
 * request must not be served: another scheme or host, undecodable escapes, NUL bytes,
 * backslashes, drive letters or empty segments (Windows path tricks), and anything that resolves outside
 * the folder after decoding (`..`, `%2e%2e`, `..%2f`).
 */
export function resolveRendererFile(rendererRoot: string, requestUrl: string, pathApi: path.PlatformPath = path): string | null {
  const url = parseUrl(requestUrl);
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;

  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.slice(1);
  // The build never produces empty or dot-dot segments; refusing them also refuses `//server/share`.
  if (relative.split('/').some((segment) => segment === '' || segment === '..')) return null;

  const root = pathApi.resolve(rendererRoot);
  const resolved = pathApi.resolve(root, relative);
  const fromRoot = pathApi.relative(root, resolved);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(fromRoot)) return null;
  return resolved;
}
