import { tidyText as tidy } from '../contract/index.js';

// The rule itself is the contract's (contract/text-rules.ts), shared with the forms and the import.

/** One line of text: NFC, controls removed, spaces collapsed, trimmed. */
export function tidyLine(text: string): string {
  return tidy(text, false);
}

/** Several lines (a summary, a purpose, a comment): like tidyLine but line breaks are kept. */
export function tidyText(text: string): string {
  return tidy(text, true);
}
