/**
 * Characters that make Excel, LibreOffice or Google Sheets treat a CSV cell as a formula
 * ("CSV injection"). A leading apostrophe makes the cell plain text in all of them.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Makes a file name safe on Windows, macOS and Linux while keeping Hindi letters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return [...(cleaned === '' ? 'export' : cleaned)].slice(0, 120).join('');
}
