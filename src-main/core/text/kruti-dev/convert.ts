import { KRUTI_DEV_GLYPHS, PRE_BASE_I_MARK, REPH_MARK } from './mapping-table.js';

const VIRAMA = '्';
const NUKTA = '़';
const AA_SIGN_KEY = 'k';
const NUKTA_KEY = '+';
const VOWEL_SIGN_I = 'ि';
const REPH = 'र्';

const UNICODE_BY_KEY = new Map(KRUTI_DEV_GLYPHS.map((glyph) => [glyph.key, glyph.unicode]));
const LONGEST_KEY = Math.max(...KRUTI_DEV_GLYPHS.map((glyph) => glyph.key.length));

// An e-mail address or web address in a Kruti Dev column was typed in a Latin font; converting
// it would destroy it.
const LATIN_ADDRESS = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)$/i;

function isConsonant(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x0915 && code <= 0x0939) || (code >= 0x0958 && code <= 0x095f);
}

/** Signs that sit on a consonant: vowel signs, anusvara, candrabindu, visarga, nukta. */
function isDependentSign(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x0900 && code <= 0x0903) || code === 0x093c || (code >= 0x093e && code <= 0x094c) || code === 0x0962 || code === 0x0963;
}

function isHalfConsonant(unicode: string): boolean {
  return unicode.length >= 2 && unicode.endsWith(VIRAMA) && isConsonant(unicode[0]);
}

/** Reads the keys of one word into Unicode pieces, in typed (visual) order. */
function readGlyphs(word: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < word.length) {
    let unicode: string | undefined;
    let length = Math.min(LONGEST_KEY, word.length - at);
    for (; length > 0; length--) {
      unicode = UNICODE_BY_KEY.get(word.slice(at, at + length));
      if (unicode !== undefined) break;
    }
    if (unicode === undefined) {
      const unknown = String.fromCodePoint(word.codePointAt(at) ?? 0);
      pieces.push(unknown);
      at += unknown.length;
      continue;
    }
    at += length;
    if (isHalfConsonant(unicode)) {
      // A half letter followed by the stem `k` is the full letter, e.g. `Dk` = क, `[+k` = ख़.
      const base = unicode.slice(0, -1);
      if (word[at] === AA_SIGN_KEY) {
        pieces.push(base);
        at += 1;
        continue;
      }
      if (word[at] === NUKTA_KEY && word[at + 1] === AA_SIGN_KEY) {
        pieces.push(base + NUKTA);
        at += 2;
        continue;
      }
    }
    const previous = pieces.at(-1);
    if (unicode.startsWith(VIRAMA) && previous?.endsWith(VIRAMA)) {
      // A half letter already carries its virama: `ºz` is ह्र, `D~` is क्.
      pieces[pieces.length - 1] = previous.slice(0, -1);
    }
    pieces.push(unicode);
  }
  return pieces;
}

/** The index just past the consonant cluster (C(़)(्C(़))*) that starts at `start`, or `start` if none does. */
function endOfCluster(chars: readonly string[], start: number): number {
  if (!isConsonant(chars[start])) return start;
  let end = start + 1;
  if (chars[end] === NUKTA) end += 1;
  while (chars[end] === VIRAMA && isConsonant(chars[end + 1])) {
    end += 2;
    if (chars[end] === NUKTA) end += 1;
  }
  return end;
}

/** The index where the consonant cluster that ends just before `end` begins, or -1 if none ends there. */
function startOfCluster(chars: readonly string[], end: number): number {
  let last = end - 1;
  if (chars[last] === NUKTA) last -= 1;
  if (!isConsonant(chars[last])) return -1;
  let start = last;
  for (;;) {
    let previous = start - 1;
    if (chars[previous] !== VIRAMA) return start;
    previous -= 1;
    if (chars[previous] === NUKTA) previous -= 1;
    if (!isConsonant(chars[previous])) return start;
    start = previous;
  }
}

/** Moves each ि typed before a consonant cluster to just after it, where Unicode stores it. */
function placeVowelSignI(chars: string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < chars.length; at++) {
    if (chars[at] !== PRE_BASE_I_MARK) {
      out.push(chars[at] as string);
      continue;
    }
    const end = endOfCluster(chars, at + 1);
    out.push(...chars.slice(at + 1, end), VOWEL_SIGN_I);
    at = end - 1;
  }
  return out;
}

/** Moves each reph typed after its syllable to before that syllable's consonant cluster. */
function placeReph(chars: string[]): string[] {
  const out: string[] = [];
  for (const char of chars) {
    if (char !== REPH_MARK) {
      out.push(char);
      continue;
    }
    let clusterEnd = out.length;
    while (clusterEnd > 0 && isDependentSign(out[clusterEnd - 1]) && out[clusterEnd - 1] !== NUKTA) clusterEnd -= 1;
    const start = startOfCluster(out, clusterEnd);
    if (start < 0) out.push(REPH);
    else out.splice(start, 0, REPH);
  }
  return out;
}

function convertWord(word: string): string {
  if (LATIN_ADDRESS.test(word)) return word;
  const chars = Array.from(readGlyphs(word).join(''));
  return placeReph(placeVowelSignI(chars)).join('');
}

/**
 * Converts text typed in the Kruti Dev 010 font to Unicode Devanagari (NFC). Characters the font
 * does not remap (ASCII digits, spaces, unknown symbols) pass through unchanged.
 */
export function krutiDevToUnicode(text: string): string {
  return text
    .split(/(\s+)/u)
    .map((part, index) => (index % 2 === 1 ? part : convertWord(part)))
    .join('')
    .normalize('NFC');
}
