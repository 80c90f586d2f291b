/**
 * Whether one converted word is Devanagari a Hindi typist could have produced.
 *
 * Latin text read through the Kruti Dev table mostly comes out broken: `Ramesh` starts with a half
 * letter and an anusvara on it (`त्ं…`), `She` starts with a vowel sign, `Shah` puts two vowel signs
 * on one consonant. Real Kruti Dev words, typed on the font's keyboard, do not.
 */

const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const DANDA = '\u0964';

const isConsonant = (char: string) => (char >= '\u0915' && char <= '\u0939') || (char >= '\u0958' && char <= '\u095F');
const isIndependentVowel = (char: string) => char >= '\u0904' && char <= '\u0914';
/** ा … ौ, ॅ, ॉ, ृ: signs that need a consonant (or consonant + nukta) right before them. */
const isVowelSign = (char: string) => char >= '\u093E' && char <= '\u094C';
/** ँ ं ः: sit on a syllable, never on a bare half letter or another of their kind. */
const isSyllableMark = (char: string) => char >= '\u0900' && char <= '\u0903';

/** The first problem found in `word` (already converted), or null when it is well formed. */
export function malformation(word: string, typedWithFinalHalant: boolean): string | null {
  const chars = Array.from(word);
  for (let at = 0; at < chars.length; at++) {
    const char = chars[at] as string;
    const previous = at === 0 ? '' : (chars[at - 1] as string);
    const afterConsonant = isConsonant(previous) || (previous === NUKTA && at >= 2 && isConsonant(chars[at - 2] as string));
    if (isVowelSign(char) && !afterConsonant) return 'vowelSignWithoutConsonant';
    if (char === NUKTA && !isConsonant(previous)) return 'nuktaWithoutConsonant';
    if (char === VIRAMA && !afterConsonant) return 'halantWithoutConsonant';
    if (isSyllableMark(char) && (at === 0 || previous === VIRAMA || isSyllableMark(previous))) return 'markWithoutSyllable';
    if (char === DANDA && at !== chars.length - 1) return 'dandaInsideWord';
    if (isIndependentVowel(char) && previous === VIRAMA) return 'vowelAfterHalfLetter';
  }
  // A half letter left at the end (`Ramesh` → …श्) is a Latin word's consonant, not Hindi;
  // Sanskrit words that do end in a halant are typed with the halant key `~`.
  if (chars.at(-1) === VIRAMA && !typedWithFinalHalant) return 'halfLetterAtEnd';
  return null;
}
