import { devanagariToRoman, hasFlapConsonant, type FlapReading, type SchwaReading } from './devanagari-roman.js';
import { epentheticVariant, finishKey, romanStem } from './roman-key.js';

/**
 * One word each: a Devanagari run (letters and signs, not digits or dandas), a Latin run
 * (with any accents, e.g. IAST "śarmā") or a run of digits in either script.
 */
const WORD = /[\u0900-\u0963\u0971-\u097F]+|[\p{Script=Latin}\u0300-\u036F]+|[0-9\u0966-\u096F]+/gu;
/** Characters drawn as nothing (joiners, direction marks, soft hyphens), which never change how a name sounds. */
const ZERO_WIDTH = /\p{Default_Ignorable_Code_Point}/gu;
const DEVANAGARI_DIGIT_ZERO = 0x0966;

type WordKind = 'devanagari' | 'latin' | 'digits';

function words(text: string): Array<{ kind: WordKind; text: string }> {
  const found: Array<{ kind: WordKind; text: string }> = [];
  for (const [word] of text.normalize('NFD').replace(ZERO_WIDTH, '').matchAll(WORD)) {
    const first = word.codePointAt(0) ?? 0;
    if (/[0-9\u0966-\u096F]/u.test(word[0] ?? '')) found.push({ kind: 'digits', text: word });
    else if (first >= 0x0900 && first <= 0x097f) found.push({ kind: 'devanagari', text: word });
    else found.push({ kind: 'latin', text: word });
  }
  return found;
}

function asciiDigits(word: string): string {
  return word.replace(/[\u0966-\u096F]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_DIGIT_ZERO));
}

/** Latin letters without accents, lower case, a–z only (ITRANS capitals such as "kRShNa" fold). */
function plainLatin(word: string): string {
  return word.replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

function primaryKey(word: { kind: WordKind; text: string }): string {
  if (word.kind === 'digits') return asciiDigits(word.text);
  const latin = word.kind === 'devanagari' ? devanagariToRoman(word.text) : plainLatin(word.text);
  return finishKey(romanStem(latin));
}

function allKeys(word: { kind: WordKind; text: string }): string[] {
  if (word.kind === 'digits') return [asciiDigits(word.text)];
  const stems: string[] = [];
  if (word.kind === 'devanagari') {
    const flaps: FlapReading[] = hasFlapConsonant(word.text) ? ['r', 'd'] : ['r'];
    const schwas: SchwaReading[] = ['kept', 'dropped-left-to-right', 'dropped-right-to-left'];
    for (const flap of flaps) for (const schwa of schwas) stems.push(romanStem(devanagariToRoman(word.text, schwa, flap)));
  } else {
    // Latin letters do not tell a long "a" from an inherent one, so no vowel is dropped here.
    stems.push(romanStem(plainLatin(word.text)));
  }
  const keys = new Set<string>();
  for (const stem of stems) {
    const key = finishKey(stem);
    if (key === '') continue;
    keys.add(key);
    const broken = epentheticVariant(key);
    if (broken !== null) keys.add(broken);
  }
  return [...keys];
}

/**
 * Splits text into words and gives each its phonetic key, the same for a Devanagari word and its
 * usual Roman spellings: `phoneticTokens('शर्मा Sharma')` is `['sarm', 'sarm']`. Digits stay digits.
 */
export function phoneticTokens(text: string): string[] {
  return words(text)
    .map(primaryKey)
    .filter((key) => key !== '');
}

/**
 * Names, designations and places repeat across thousands of people, so each distinct word is
 * keyed once. The cache is dropped whole when it fills, which costs a little time, never memory.
 */
const WORD_KEY_CACHE_LIMIT = 100_000;
const wordKeyCache = new Map<string, readonly string[]>();

function cachedWordKeys(word: { kind: WordKind; text: string }): readonly string[] {
  // Numbers (phones, serials) are mostly unique and already their own key.
  if (word.kind === 'digits') return [asciiDigits(word.text)];
  const cached = wordKeyCache.get(word.text);
  if (cached !== undefined) return cached;
  const primary = primaryKey(word);
  const keys = primary === '' ? [] : [primary, ...allKeys(word).filter((key) => key !== primary)];
  if (wordKeyCache.size >= WORD_KEY_CACHE_LIMIT) wordKeyCache.clear();
  wordKeyCache.set(word.text, keys);
  return keys;
}

/** Whole fields repeat too (designations, units, a query typed again), and skip the splitting. */
const FIELD_KEY_CACHE_LIMIT = 20_000;
const fieldKeyCache = new Map<string, ReadonlyArray<readonly string[]>>();

/**
 * Every key a word may be looked up by, the primary key first: the spelling with the inherent
 * vowels that Hindi drops inside a word (कमला "kamla" as well as "kamala"), ड़/ढ़ read as r and
 * as d, and a final cluster broken by a vowel (कृष्ण "krishan"). One array per word.
 */
export function phoneticWordKeys(text: string): ReadonlyArray<readonly string[]> {
  const cached = fieldKeyCache.get(text);
  if (cached !== undefined) return cached;
  const keys = words(text)
    .map(cachedWordKeys)
    .filter((wordKeys) => wordKeys.length > 0);
  if (fieldKeyCache.size >= FIELD_KEY_CACHE_LIMIT) fieldKeyCache.clear();
  fieldKeyCache.set(text, keys);
  return keys;
}


/**
 * A Roman letter that may start a two-letter spelling (ee, oo, ou, ey, er, eh, a final y), so a
 * word ending in it mid-typing has a key its finished form does not start with ("po" for pooja,
 * "ve" for verma, "kary" for karyashala).
 */
const UNFINISHED_DIGRAPH = /[\p{Script=Latin}][eoyh]$/iu;

/**
 * The keys of a search typed so far: like phoneticWordKeys, but the last word, which may be
 * half-typed, is also looked up without a final letter that only starts a digraph, so results
 * never vanish for one keystroke in the middle of a name.
 */
export function phoneticQueryKeys(query: string): ReadonlyArray<readonly string[]> {
  const typed = phoneticWordKeys(query);
  if (!UNFINISHED_DIGRAPH.test(query)) return typed;
  const shorter = phoneticWordKeys(query.slice(0, -1));
  const lastKeys = typed.at(-1);
  const shorterLastKeys = shorter.at(-1);
  if (shorter.length !== typed.length || lastKeys === undefined || shorterLastKeys === undefined) return typed;
  return [...typed.slice(0, -1), [...new Set([...lastKeys, ...shorterLastKeys])]];
}
