import { cutBetweenLetters } from '../text/cut-letters.js';

/**
 * Characters that make Excel, LibreOffice or Google Sheets treat a CSV cell as a formula
 * ("CSV injection"). A leading apostrophe makes the cell plain text in all of them.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Names Windows reserves for devices, with or without an extension ("CON", "com1.txt"). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** The longest file name, in UTF-8 bytes, left for the name before its extension. */
export const FILE_NAME_MAX_BYTES = 200;

/**
 * Makes a file name safe on Windows, macOS and Linux while keeping Hindi letters: no folder
 * separators, "..", ":", wildcard or control characters, no Windows device name, and at most
 * `maxBytes` bytes of UTF-8, cut between whole letters (a consonant never loses its matra).
 */
export function safeFileName(name: string, maxBytes = FILE_NAME_MAX_BYTES - '.sachiv-backup'.length): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[. ]+|[. ]+$/g, '');
  const named = cleaned === '' ? 'export' : WINDOWS_DEVICE_NAME.test(cleaned) ? `_${cleaned}` : cleaned;
  return cutBetweenLetters(named, (kept) => Buffer.byteLength(kept) <= maxBytes).replace(/[. ]+$/, '');
}
