import { toAsciiDigits } from '../text/normalize.js';

/**
 * Splits on spaces and punctuation (the danda included) but never inside a Devanagari
 * cluster, so "21-एनक्यू/टीडब्ल्यू" becomes three words a query can match in any order.
 */
export const TOKEN_SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** NFC so nukta letters match however they were typed; Devanagari digits count as ASCII. */
export function normaliseTerm(term: string): string | null {
  // Devanagari has no letter case, so the locale-free (and much faster) lowercase is enough.
  const normalised = toAsciiDigits(term.normalize('NFC')).toLowerCase();
  return normalised === '' ? null : normalised;
}
