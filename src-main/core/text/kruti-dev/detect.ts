/**
 * How sure we are that spreadsheet cells or pasted text hold Hindi typed in the Kruti Dev font,
 * with the reasons, so that a column is converted by default only when nothing argues against it.
 *
 * Each word is read three ways:
 *  - its characters: Kruti Dev draws on ASCII keys plus a few Latin-1 characters (see the mapping
 *    table); a letter outside that set (ü, ç, ñ inside a word, ş, ı, ơ, ư, Vietnamese tone
 *    letters, and the Ã/Ä/» of text decoded in the wrong code page) cannot come from the font;
 *  - its conversion: Latin words read through the table come out as broken Devanagari (a vowel
 *    sign with no consonant, a half letter at the end), real Kruti Dev words do not;
 *  - its key patterns (key-patterns.ts): sequences Hindi in Kruti Dev is full of and European
 *    spelling is not.
 * The Latin-1 letters the font uses for conjuncts but that are vowels in European names (é, ã,
 * ä, ô …) count for Kruti Dev only inside a word that is otherwise plainly Kruti Dev and has few
 * vowel letters; in `José`, `Renée` or `João` they are what they look like.
 */
import { krutiDevToUnicode } from './convert.js';
import { keyPatternPoints } from './key-patterns.js';
import { KRUTI_DEV_GLYPHS } from './mapping-table.js';
import { malformation } from './well-formed.js';

export type KrutiDevConfidence = 'high' | 'medium' | 'none';

/** Why a verdict was reached: how many cells (or pasted lines) showed each kind of evidence. */
export type KrutiDevReasonCode =
  /** Cells whose keys and conversion are plainly Kruti Dev. */
  | 'krutiDevCells'
  /** Cells with letters the font does not have (é in "José", ü, ç, ş, ơ …). */
  | 'latinLetterCells'
  /** Cells that read as English or other Latin-script words. */
  | 'latinWordCells'
  /** Cells that could be either. */
  | 'unclearCells'
  /** Cells already in Unicode Devanagari: nothing to convert there. */
  | 'devanagariCells';

export interface KrutiDevReason {
  code: KrutiDevReasonCode;
  count: number;
  /** One such cell, to show the user. */
  example: string;
}

export interface KrutiDevVerdict {
  confidence: KrutiDevConfidence;
  /** True only at high confidence: safe to convert without asking. */
  likely: boolean;
  /** Share of informative cells judged Kruti Dev. */
  score: number;
  reasons: KrutiDevReason[];
}

/** What one cell (or pasted line) is, read on its own. */
export type KrutiDevCellVerdict = 'kruti-dev' | 'latin-letters' | 'latin-words' | 'unclear' | 'devanagari' | 'uninformative';
type CellVerdict = KrutiDevCellVerdict;

/** Every character the font's keys use; anything else in a word is not Kruti Dev. */
const KRUTI_DEV_CHARACTERS = new Set(KRUTI_DEV_GLYPHS.flatMap((glyph) => Array.from(glyph.key)));
/** Typography a word processor adds to either kind of text; neither for nor against. */
const NEUTRAL_CHARACTERS = new Set(Array.from('‘’“”–—\u00A0'));
/** Latin-1 letters that are conjuncts in Kruti Dev but vowels in European languages. */
const AMBIGUOUS_VOWELS = /[àáâãäåéôÅ]/gu;
/** One of those right after a capital, as in `Häfner`, `Méndez`. */
const VOWEL_AFTER_CAPITAL = /[A-Z][àáâãäåéôÅ]/u;
/** European vowel letters; a capital only opening a word, as inside a Kruti Dev word it is a half letter. */
const LATIN_VOWELS = /[aeiouàáâãäåéôÅ]|^[AEIOU]/gu;
/** Letters of either script, counting the symbol keys Kruti Dev uses for letters (`;` = य, `'` = श्). */
const LETTERS = /[A-Za-zàáâãäåéôÅ;'"[{?/=|]/gu;
/**
 * UTF-8 read as Windows-1252: a lead byte (Â … ï) followed by a continuation byte (€ … ¿), as in
 * `Tuáº¥n` for Tuấn. The font's conjunct keys never stand in such pairs.
 */
const UTF8_READ_AS_1252 = /[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/u;

const HAS_LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;
const HAS_DEVANAGARI = /[\u0900-\u097F]/;
const CODE_CHARACTER = /[0-9_]/;
const LATIN_ADDRESS = /^\S+@\S+\.\S+$|^(?:https?:\/\/|www\.)\S+$/i;
/** Words run together, each with its capital: `LinkedIn`, `FedEx`. */
const PASCAL_CASE = /^(?:[A-Z][a-z]+){2,}$/u;
/** A word shaped like a name in Latin script: one capital, then lowercase letters only. */
const NAME_SHAPE = /^[A-Z][a-z]+$/;
/**
 * Names like `John Mathew` or `Kiran Bedi` have at least this share of vowel letters; capitalised
 * Kruti Dev words (`Hkkjr` = भारत, `Jh` = श्री) have far fewer, as a e i o u are consonants there.
 */
const NAME_VOWEL_SHARE = 0.3;
/** A single capitalised word is taken for a Latin name from this length on (`Mathew`, `Fernandes`). */
const MIN_SINGLE_NAME_LETTERS = 6;
/**
 * A login or file code made of two initials and a romanised surname (`dkjain`, `pkgupta`): two
 * consonant letters, then English syllables of consonants and vowels. Kruti Dev words that open
 * with two consonant keys go on with more keys English would not pronounce (`ljdkj` = सरकार).
 */
const INITIALS_AND_SURNAME = /^[b-df-hj-np-tv-z]{2}(?=[a-z]{4})(?:[b-df-hj-np-tv-z]{1,2}[aeiou]{1,2})+[b-df-hj-np-tv-z]?$/;
/** A word of at most three lowercase letters (`dso`, `dfo`, `dsp`): an office's short code as often as a Kruti Dev word. */
const SHORT_LOWERCASE_CODE = /^[a-z]{1,3}$/;
/** An abbreviation in capitals (`UDC`, `NABARD`); Kruti Dev words always mix in lowercase keys. */
const CAPITALS_ONLY = /^[A-Z]{2,}$/;

/** Points a cell's words must add up to before it counts as Kruti Dev. */
const CELL_THRESHOLD = 2;
/** Below this net score a cell is confidently Latin even without foreign letters. */
const LATIN_THRESHOLD = -3;
/** Kruti Dev words rarely have this share of European vowel letters (a e i o u are consonants there). */
const VOWEL_SHARE_LIMIT = 0.34;
/** At most this share of European vowels (one in four letters) is a mild sign of Kruti Dev on its own. */
const RARE_VOWEL_SHARE = 0.25;
/** A column is pre-ticked when at least this share of its informative cells is Kruti Dev, and none is Latin. */
const HIGH_SHARE = 0.8;
/** A column is offered (unticked) when at least this share of its informative cells is Kruti Dev. */
const MEDIUM_SHARE = 0.5;

/**
 * What a word's letters say before any pattern is weighed: 'foreign' when it has a letter the
 * font lacks; 'accented' when a Latin-1 vowel the font uses for a conjunct sits in a word that
 * reads as European (many vowels, no Kruti Dev patterns: `José`, `Renée`, `João`); 'unsure' when
 * such a vowel sits in a word that could be either (`inkséfr` = पदोन्नति).
 */
type LetterEvidence = 'foreign' | 'accented' | 'unsure' | null;

interface WordReading {
  letters: LetterEvidence;
  /** Points from key patterns, less the penalty for broken Devanagari. */
  points: number;
  /** Well formed, with few European vowels: a mild sign that counts once per cell. */
  fewVowels: boolean;
  malformed: boolean;
}

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function vowelShare(word: string): number {
  const letters = countOf(word, LETTERS);
  return letters === 0 ? 1 : countOf(word, LATIN_VOWELS) / letters;
}

function readWord(word: string): WordReading {
  const notJudged = (letters: LetterEvidence): WordReading => ({ letters, points: 0, fewVowels: false, malformed: false });
  if (Array.from(word).some((char) => char > '\u007F' && !KRUTI_DEV_CHARACTERS.has(char) && !NEUTRAL_CHARACTERS.has(char))) {
    return notJudged('foreign');
  }
  // ñ is the font's abbreviation sign (॰), written after a word, never inside one as in `Peña`.
  if (/ñ(?=.)/u.test(word) || UTF8_READ_AS_1252.test(word)) return notJudged('foreign');
  // After a capital (a half letter or a full one in Kruti Dev) a conjunct glyph makes no Hindi
  // syllable; in `Häfner` or `Méndez` it is the vowel after a name's capital.
  if (VOWEL_AFTER_CAPITAL.test(word)) return notJudged('accented');
  const plain = word.replace(AMBIGUOUS_VOWELS, '');
  let points = keyPatternPoints(word);
  if (plain !== word && (vowelShare(plain) >= VOWEL_SHARE_LIMIT || points < CELL_THRESHOLD)) {
    return notJudged(vowelShare(word) >= VOWEL_SHARE_LIMIT && points < CELL_THRESHOLD ? 'accented' : 'unsure');
  }
  if (CAPITALS_ONLY.test(word)) return { letters: null, points: -3, fewVowels: false, malformed: true };
  if (INITIALS_AND_SURNAME.test(word)) points = Math.min(points, 0);
  const malformed = malformation(krutiDevToUnicode(word), word.endsWith('~')) !== null;
  if (malformed) points -= 3;
  // A well-formed word of three or more letters with few European vowels is a mild sign of
  // Kruti Dev (`fyfid` = लिपिक); European words need their vowels.
  const fewVowels = !malformed && countOf(plain, LETTERS) >= 3 && vowelShare(plain) <= RARE_VOWEL_SHARE;
  return { letters: null, points, fewVowels, malformed };
}

/**
 * True when every word is a capitalised Latin name and together they have a name's share of
 * vowels: an unclear cell of this shape is a name typed in English, and must keep a column from
 * being converted without asking.
 */
function looksLikeLatinNames(words: readonly string[]): boolean {
  if (!words.every((word) => NAME_SHAPE.test(word))) return false;
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  // One short capitalised word is as often a Kruti Dev word (`Lokeh` = स्वामी) as a name.
  if (words.length === 1 && letters < MIN_SINGLE_NAME_LETTERS) return false;
  const vowels = words.reduce((sum, word) => sum + countOf(word, /[aeiou]/gu), 0);
  return vowels / letters >= NAME_VOWEL_SHARE;
}

/**
 * One cell judged on its own. The importer converts a cell of a ticked column only when this says
 * 'kruti-dev', so a Unicode Hindi or English cell in a Kruti Dev column is never garbled.
 */
export function judgeKrutiDevCell(cell: string): KrutiDevCellVerdict {
  const text = cell.trim();
  if (HAS_DEVANAGARI.test(text)) return 'devanagari';
  // Codes such as `UP32AB1234` or `user_xk12` mix letters with digits; Kruti Dev words never do.
  const words = text
    .split(/\s+/u)
    .filter((word) => HAS_LATIN_LETTER.test(word) && !LATIN_ADDRESS.test(word) && !CODE_CHARACTER.test(word))
    // Romanised text ends sentences with a full stop; Kruti Dev's `.` key is ण्, so a trailing
    // dot is treated as punctuation, not as evidence either way.
    .map((word) => word.replace(/[.,!?]+$/u, ''))
    .filter((word) => word !== '');
  if (words.length === 0) return 'uninformative';
  // Names run together in capitals (`LinkedIn`, `PeterEngland`) are read word by word, so their
  // inner capital is not taken for a Kruti Dev half letter.
  const readings = words.flatMap((word) => (PASCAL_CASE.test(word) ? (word.match(/[A-Z][a-z]+/gu) ?? [word]) : [word])).map(readWord);
  if (readings.some((reading) => reading.letters === 'foreign' || reading.letters === 'accented')) return 'latin-letters';
  if (readings.some((reading) => reading.letters === 'unsure')) return 'unclear';
  // Few vowels counts once: several short Latin words (`Benh vien Bach Mai`) can each have few.
  const points = readings.reduce((sum, reading) => sum + reading.points, 0) + (readings.some((reading) => reading.fewVowels) ? 1 : 0);
  const malformed = readings.filter((reading) => reading.malformed).length;
  // A cell that is only a short lowercase code is too little to go on: `dso` reads as के व, but is
  // far more often the District Supply Officer.
  const shortCode = words.length === 1 && SHORT_LOWERCASE_CODE.test(words[0] as string);
  // A long Kruti Dev sentence may hold a typing slip; a name or designation may not.
  if (!shortCode && points >= CELL_THRESHOLD && malformed <= Math.floor(words.length / 8)) return 'kruti-dev';
  if (points <= LATIN_THRESHOLD || (points < CELL_THRESHOLD && looksLikeLatinNames(words))) return 'latin-words';
  return 'unclear';
}

const REASON_BY_VERDICT: Record<Exclude<CellVerdict, 'uninformative'>, KrutiDevReasonCode> = {
  'kruti-dev': 'krutiDevCells',
  'latin-letters': 'latinLetterCells',
  'latin-words': 'latinWordCells',
  unclear: 'unclearCells',
  devanagari: 'devanagariCells',
};

/**
 * Judges a set of text samples (cells of one spreadsheet column, or the lines of one paste).
 * High confidence: most informative cells are plainly Kruti Dev and none is plainly Latin.
 * Medium: at least half are Kruti Dev, but something argues against converting blindly.
 */
export function detectKrutiDev(samples: readonly string[]): KrutiDevVerdict {
  const reasons = new Map<KrutiDevReasonCode, KrutiDevReason>();
  let informative = 0;
  // A column repeats the same designations and places many times; each distinct cell is read once.
  const verdicts = new Map<string, CellVerdict>();
  for (const sample of samples) {
    let verdict = verdicts.get(sample);
    if (verdict === undefined) {
      verdict = judgeKrutiDevCell(sample);
      verdicts.set(sample, verdict);
    }
    if (verdict === 'uninformative') continue;
    informative += 1;
    const code = REASON_BY_VERDICT[verdict];
    const reason = reasons.get(code);
    if (reason) reason.count += 1;
    else reasons.set(code, { code, count: 1, example: sample.trim() });
  }
  const count = (code: KrutiDevReasonCode) => reasons.get(code)?.count ?? 0;
  const krutiDev = count('krutiDevCells');
  const latin = count('latinLetterCells') + count('latinWordCells');
  const score = informative === 0 ? 0 : krutiDev / informative;
  const confidence: KrutiDevConfidence =
    krutiDev > 0 && score >= HIGH_SHARE && latin === 0 ? 'high' : krutiDev > 0 && score >= MEDIUM_SHARE ? 'medium' : 'none';
  return { confidence, likely: confidence === 'high', score, reasons: [...reasons.values()] };
}
