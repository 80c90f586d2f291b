import { cleanLine, cleanMultiline } from '../text/normalize.js';

/**
 * Control characters that arrive with pastes from Word, PDFs and old spreadsheets. They are
 * removed, not refused: the user cannot see them and could not find them to delete them.
 * Vertical tab and form feed are Word's manual line and page breaks, so they become line breaks.
 * C1 codes (U+0080–U+009F) are kept on purpose: Kruti Dev text read as Latin-1 can use them,
 * and legacy-font text must be stored exactly as typed until it is converted.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;
const WORD_BREAKS = /[\u000B\u000C]/gu;

function stripControls(text: string): string {
  return text.replace(WORD_BREAKS, '\n').replace(INVISIBLE_CONTROLS, '');
}

/** One line of text: NFC, controls removed, spaces collapsed, trimmed. */
export function tidyLine(text: string): string {
  return cleanLine(stripControls(text));
}

/** Several lines (a summary, a purpose, a comment): like tidyLine but line breaks are kept. */
export function tidyText(text: string): string {
  return cleanMultiline(stripControls(text));
}
