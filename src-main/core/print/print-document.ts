import { escapeHtml } from './escape-html.js';
import { PRINT_FONT_FAMILY, printFontFaceCss } from './print-fonts.js';
import type { PrintLanguage } from './print-strings.js';

/**
 * The print page may run no script and fetch nothing: its only resources are the inline styles
 * and the fonts and images embedded in it as data URLs.
 */
export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export interface PrintDocumentParts {
  language: PrintLanguage;
  /** Plain text; becomes the PDF's title. */
  title: string;
  /** The template's own CSS (trusted: written by us, never user text). */
  css: string;
  /** The template's HTML, with every piece of user text already escaped. */
  bodyHtml: string;
}

const BASE_CSS = `
* { box-sizing: border-box; }
html { font-family: '${PRINT_FONT_FAMILY}', sans-serif; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
`;

/** A complete, self-contained HTML document ready for a Printer. */
export function printDocument(parts: PrintDocumentParts): string {
  return [
    '<!doctype html>',
    `<html lang="${parts.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">`,
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>\n${printFontFaceCss()}\n${BASE_CSS}\n${parts.css}\n</style>`,
    '</head>',
    `<body>\n${parts.bodyHtml}\n</body>`,
    '</html>',
  ].join('\n');
}

const LOGO_DATA_URL = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * A logo is used only as the PNG or JPEG data URL the organisation profile produces; anything
 * else is left out rather than placed in the page.
 */
export function safeLogoDataUrl(logoDataUrl: string | null): string | null {
  return logoDataUrl !== null && LOGO_DATA_URL.test(logoDataUrl) ? logoDataUrl : null;
}
