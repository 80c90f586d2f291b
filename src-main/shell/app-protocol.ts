import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { APP_SCHEME } from './app-origin.js';
import { contentTypeFor, resolveRendererFile } from './renderer-files.js';

/**
 * Must run before the app is ready. 'standard' gives app:// a real origin and relative URLs,
 * 'secure' makes it a secure context, 'supportFetchAPI' lets the renderer fetch its own assets.
 * 'corsEnabled' stays off: the page only loads from its own origin, and the flag would let
 * other origins read these files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

/** Serves the built renderer (read-only) from rendererRoot at app://sachiv/. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method Not Allowed');
    const filePath = resolveRendererFile(rendererRoot, request.url);
    if (filePath === null) return plainResponse(404, 'Not Found');
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) },
      });
    } catch {
      return plainResponse(404, 'Not Found');
    }
  });
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
