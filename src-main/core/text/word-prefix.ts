import { toAsciiDigits } from './normalize.js';

/**
 * Splits on spaces and punctuation (the danda included) but never inside a Devanagari
 * cluster, so "21-एनक्यू/टीडब्ल्यू" becomes three words a query can match in any order.
 */
const WORD_SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** Characters drawn as nothing: a direction mark, soft hyphen or joiner must not hide a match. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The words of a text as search compares them: NFC (so nukta letters match however they were
 * typed), invisible characters removed (a query pasted from WhatsApp carries direction marks;
 * क्‍ष with a joiner is the same word as क्ष), Devanagari digits as ASCII, lower case.
 * Devanagari has no letter case, so the locale-free (and much faster) lower case is enough.
 */
export function searchWords(text: string): string[] {
  return toAsciiDigits(text.normalize('NFC').replace(INVISIBLE, ''))
    .toLowerCase()
    .split(WORD_SEPARATOR)
    .filter((word) => word !== '');
}

/**
 * The distinct words of some texts in one string, each preceded by a space: a word of the
 * texts starts with `w` exactly when " " + w occurs in it. One short string per record is a
 * fraction of the memory of a general index's tree, and scanning a few thousand of them with
 * includes() takes milliseconds.
 */
export function wordsText(texts: readonly string[]): string {
  const words = new Set<string>();
  for (const text of texts) for (const word of searchWords(text)) words.add(word);
  return words.size === 0 ? '' : ` ${[...words].join(' ')}`;
}

/** What a query looks for: each of its words as the start of a word; none for a query without words. */
export function queryNeedles(query: string): string[] {
  return searchWords(query).map((word) => ` ${word}`);
}

/** True when every needle starts a word of `words` (see wordsText). */
export function hasEveryWord(words: string, needles: readonly string[]): boolean {
  return needles.every((needle) => words.includes(needle));
}
