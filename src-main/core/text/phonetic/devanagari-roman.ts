/**
 * Devanagari → a plain Roman spelling (ITRANS-like, lower case), written so that the Roman key
 * reducer can treat it exactly like what a person types in Latin letters. Nukta letters, the
 * inherent vowel (schwa) and nasal signs are resolved here, where the script still tells us
 * which is which; everything else is decided once, in the reducer.
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n',
  च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n',
  ट: 't', ठ: 'th', ड: 'd', ढ: 'dh', ण: 'n',
  त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n',
  प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm',
  य: 'y', र: 'r', ल: 'l', ळ: 'l', व: 'v',
  श: 'sh', ष: 'sh', स: 's', ह: 'h',
};

/** Nukta letters as they are spelt in Latin letters; ड़ and ढ़ are handled by `flap`. */
const NUKTA_CONSONANTS: Readonly<Record<string, string>> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', फ: 'f', य: 'y' };

const INDEPENDENT_VOWELS: Readonly<Record<string, string>> = {
  अ: 'a', आ: 'aa', इ: 'i', ई: 'ii', उ: 'u', ऊ: 'uu', ऋ: 'ri', ॠ: 'ri', ऌ: 'li',
  ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e', ऎ: 'e', ऒ: 'o', ॲ: 'e',
};

const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  'ा': 'aa', 'ि': 'i', 'ी': 'ii', 'ु': 'u', 'ू': 'uu', 'ृ': 'ri', 'ॄ': 'ri', 'ॢ': 'li', 'ॣ': 'li',
  'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e', 'ॆ': 'e', 'ॊ': 'o',
};

const NUKTA = '\u093C';
const VIRAMA = '\u094D';
const NASAL_SIGNS = new Set(['\u0900', '\u0901', '\u0902']);
const VISARGA = '\u0903';
const LABIALS = new Set(['p', 'ph', 'b', 'bh', 'm', 'v', 'f']);

type VowelKind = 'schwa' | 'sign' | 'none';

interface Syllable {
  /** Consonants before the vowel; more than one is a conjunct. */
  onset: string[];
  kind: VowelKind;
  /** The vowel when kind is 'sign' (a matra or an independent vowel). */
  vowel: string;
  nasal: boolean;
  visarga: boolean;
}

/**
 * How ड़ and ढ़ are read: 'r' as Roman spellings write them (Garhwal, Gaur), 'd' as the same
 * word typed without the nukta reads. The index keeps both so either spelling finds the word.
 */
export type FlapReading = 'r' | 'd';

/** Which inherent vowels inside the word are dropped, the way Hindi speech drops them. */
export type SchwaReading = 'kept' | 'dropped-left-to-right' | 'dropped-right-to-left';

export function hasFlapConsonant(word: string): boolean {
  return /[डढ]\u093C/u.test(word.normalize('NFD'));
}

function parseSyllables(word: string, flap: FlapReading): Syllable[] {
  const syllables: Syllable[] = [];
  const chars = [...word.normalize('NFD')];
  for (let at = 0; at < chars.length; at += 1) {
    const char = chars[at] ?? '';
    const current = syllables.at(-1);
    const base = CONSONANTS[char];
    if (base !== undefined) {
      let roman = base;
      if (chars[at + 1] === NUKTA) {
        at += 1;
        if (char === 'ड') roman = flap === 'r' ? 'r' : 'd';
        else if (char === 'ढ') roman = flap === 'r' ? 'rh' : 'dh';
        else roman = NUKTA_CONSONANTS[char] ?? base;
      }
      if (current !== undefined && current.kind === 'none' && !current.nasal && !current.visarga) {
        // After a virama the consonant joins a conjunct; ज्ञ is said (and spelt) "gy" in Hindi.
        if (char === 'ञ' && current.onset.at(-1) === 'j') current.onset.splice(-1, 1, 'g', 'y');
        else current.onset.push(roman);
        current.kind = 'schwa';
      } else {
        syllables.push({ onset: [roman], kind: 'schwa', vowel: '', nasal: false, visarga: false });
      }
      continue;
    }
    const independent = INDEPENDENT_VOWELS[char];
    if (independent !== undefined) {
      syllables.push({ onset: [], kind: 'sign', vowel: independent, nasal: false, visarga: false });
      continue;
    }
    if (current === undefined) continue;
    const sign = VOWEL_SIGNS[char];
    if (sign !== undefined && current.kind === 'schwa') {
      current.kind = 'sign';
      current.vowel = sign;
    } else if (char === VIRAMA && current.kind === 'schwa') {
      current.kind = 'none';
    } else if (NASAL_SIGNS.has(char)) {
      current.nasal = true;
    } else if (char === VISARGA) {
      current.visarga = true;
    }
    // A stray nukta, a zero-width joiner or an avagraha changes nothing a reader would say.
  }
  return syllables;
}

/** Whether syllable `at` still carries its inherent vowel, given the ones already dropped. */
function carriesVowel(syllables: readonly Syllable[], at: number, dropped: ReadonlySet<number>): boolean {
  const syllable = syllables[at];
  if (syllable === undefined || syllable.kind === 'none' || dropped.has(at)) return false;
  // The last inherent vowel of a word is silent (राम is "raam"), except in a one-syllable word.
  const isFinalSchwa = syllable.kind === 'schwa' && at === syllables.length - 1 && at > 0 && !syllable.nasal && !syllable.visarga;
  return !isFinalSchwa;
}

/**
 * The usual schwa-deletion rule of Hindi: an inherent vowel between two single consonants that
 * each sit next to a sounded vowel (V C a C V) is not said: कमला is "kamlaa", सरदार "sardaar".
 * It goes wrong on some compounds, which is why both directions and the full spelling are kept.
 */
function droppableSchwa(syllables: readonly Syllable[], at: number, dropped: ReadonlySet<number>): boolean {
  const syllable = syllables[at];
  if (syllable === undefined || at === 0 || at >= syllables.length - 1) return false;
  if (syllable.kind !== 'schwa' || syllable.nasal || syllable.visarga || syllable.onset.length !== 1) return false;
  const next = syllables[at + 1];
  if (next === undefined || next.onset.length !== 1) return false;
  return carriesVowel(syllables, at - 1, dropped) && carriesVowel(syllables, at + 1, dropped);
}

function droppedSchwas(syllables: readonly Syllable[], reading: SchwaReading): Set<number> {
  const dropped = new Set<number>();
  if (reading === 'kept') return dropped;
  const order = syllables.map((_, at) => at);
  if (reading === 'dropped-right-to-left') order.reverse();
  for (const at of order) if (droppableSchwa(syllables, at, dropped)) dropped.add(at);
  return dropped;
}

function nasalBefore(next: Syllable | undefined): string {
  const consonant = next?.onset[0];
  if (consonant === undefined) return 'n';
  if (LABIALS.has(consonant)) return 'm';
  // सिंह is said and spelt "singh": before ह the anusvara is the velar nasal.
  return consonant === 'h' ? 'ng' : 'n';
}

/**
 * Spells one Devanagari word in plain Roman letters. Every inherent vowel that is said is written
 * "a" (so is the word-final one: the reducer drops a final "a" for both scripts alike).
 */
export function devanagariToRoman(word: string, schwa: SchwaReading = 'kept', flap: FlapReading = 'r'): string {
  const syllables = parseSyllables(word, flap);
  const dropped = droppedSchwas(syllables, schwa);
  let roman = '';
  syllables.forEach((syllable, at) => {
    roman += syllable.onset.join('');
    if (syllable.kind === 'sign') roman += syllable.vowel;
    else if (syllable.kind === 'schwa' && !dropped.has(at)) roman += 'a';
    if (syllable.nasal) roman += nasalBefore(syllables[at + 1]);
    if (syllable.visarga) roman += 'h';
  });
  return roman;
}
