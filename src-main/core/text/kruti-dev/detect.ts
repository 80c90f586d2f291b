/**
 * Decides whether spreadsheet cells hold Kruti Dev typed Hindi or ordinary Latin text.
 *
 * Each word collects evidence. Kruti Dev Hindi is full of key patterns that English and romanised
 * Indian names almost never contain (श typed `'k`, reph `Z` after a letter, ि typed `f` before a
 * consonant key, the danda `A` glued to a word). Latin text, in turn, is full of patterns that the
 * font cannot produce as Hindi: a word that starts with a vowel sign (`she`, `Amit`, `with`), or two
 * vowel signs in a row (`sh` = े + ी, `kh` = ा + ी). A cell is Kruti Dev when the evidence for
 * it clearly outweighs the evidence against.
 */

interface Evidence {
  readonly pattern: RegExp;
  readonly weight: number;
}

const FOR_KRUTI_DEV: readonly Evidence[] = [
  // श ष ख घ ण ध भ थ क्ष: a symbol or capital half letter completed by the stem `k`.
  { pattern: /['"[{?./>]k|[FH]k/g, weight: 3 },
  // र typed `j` after a vowel-sign key (`esjk` = मेरा, `ukjk;.k` = नारायण), and ्र typed `z` in
  // ग्र and न्द्र: English never writes these pairs.
  { pattern: /[hkqswS]j|xz|Unz/g, weight: 2 },
  // The reph `Z` (anywhere) and the danda `A` (at the end) follow a letter of the same word.
  { pattern: /[a-z;'`][A-Za-z;'`]?(?:Z|A(?![a-z]))|[a-z]±/g, weight: 3 },
  // Word openings that English never has: a consonant key then a vowel-sign key (`dk` = का,
  // `lq` = सु, `ns` = दे, `nh` = दी), अ typed `v` before a consonant key, `ks` = ो straight after
  // the first letter.
  {
    pattern: /^(?:[bcdgjlnptxy;][kqS;]|[bcdgjlnxy;][sz]|[jlnxy;]h|v[^aeiouyrAEIOUY]|[A-Za-z;'"]k[sS])/g,
    weight: 2,
  },
  // ी typed `h` and ु typed `q` after consonant keys that English never puts before h or q.
  { pattern: /[jyv;'"]h|[dgjklnprtvxy;'"]q/g, weight: 2 },
  // Two ि signs one consonant apart (`lfefr` = समिति, `fufru` = नितिन).
  { pattern: /f[A-Za-z;'"/]f/g, weight: 1 },
  // A vowel sign key in capitals inside a lowercase word (`cSBd` = बैठक, `iVsy` = पटेल).
  { pattern: /[a-z][A-Z]/g, weight: 1 },
  // य typed `;` inside a word.
  { pattern: /[A-Za-z];[A-Za-z]/g, weight: 3 },
  // ि typed `f` before a consonant key that English never puts after f.
  { pattern: /f[bcdgjkmnpqvxzBCDEFGHIJKLMNOPQRSTUVWXYZ;'"[{=|/)]/g, weight: 2 },
  // The stem `k` (ा) after consonant keys that English hardly ever puts before k.
  { pattern: /[dgjptvxyBDGJMNPQTVXY]k/g, weight: 2 },
  // A word ending in य typed `;`, in ं after a vowel sign (`gSa` = हैं) or in ना typed `uk`.
  { pattern: /[A-Za-z];$|[qwS]a$|[A-Za-z]uk$/g, weight: 1 },
  // `uks` = नो, `ukS` = नौ, `ukj` = नार: English spells none of these.
  { pattern: /uk[sSj]/g, weight: 2 },
  // ण् typed `.` right before the next consonant key (`ik.Ms;` = पाण्डेय).
  { pattern: /[a-z]\.[A-Z]/g, weight: 1 },
  // Kruti Dev keys for half letters, conjuncts and signs that plain text does not use inside words.
  { pattern: /[A-Za-z][=~`%|\]]|[ÅØÙäôéÑàáâãº³¥¡¸¶ªÈ±]/g, weight: 2 },
];

const AGAINST_KRUTI_DEV: readonly Evidence[] = [
  // A Kruti Dev word cannot start with a vowel sign, anusvara, reph or danda.
  { pattern: /^[ahkqswzSWZA](?=.)/g, weight: 3 },
  // Two vowel signs in a row cannot follow one consonant (`ks` = ो and `kS` = ौ are one sign; a
  // `k` after a half letter is its stem, so `'kh` = शी is fine).
  { pattern: /[hsSqw][hkqswS]|(?<!['"[{?./>FH])k[hqw]|aa/g, weight: 3 },
];

const VOWEL = /[aeiouy]/i;
const LETTERS = /[A-Za-z]/g;
const HAS_LATIN_LETTER = /[A-Za-z]/;
const HAS_DEVANAGARI = /[\u0900-\u097F]/;
const CODE_CHARACTER = /[0-9_]/;
const LATIN_ADDRESS = /^\S+@\S+\.\S+$|^(?:https?:\/\/|www\.)\S+$/i;

/** A cell counts as Kruti Dev when its evidence reaches this many points. */
const CELL_THRESHOLD = 2;
/** A column is Kruti Dev when at least this share of its informative cells is. */
const COLUMN_THRESHOLD = 0.5;

function countMatches(word: string, evidence: readonly Evidence[]): number {
  let points = 0;
  for (const { pattern, weight } of evidence) points += (word.match(pattern)?.length ?? 0) * weight;
  return points;
}

function wordPoints(word: string): number {
  let points = countMatches(word, FOR_KRUTI_DEV) - countMatches(word, AGAINST_KRUTI_DEV);
  const letters = word.match(LETTERS)?.length ?? 0;
  // English words of three or more letters nearly always contain a vowel letter, unless they are
  // abbreviations in capitals; Kruti Dev words often do not (`cSBd` = बैठक).
  if (letters >= 3 && !VOWEL.test(word) && word !== word.toUpperCase()) points += 1;
  return points;
}

type CellVerdict = 'kruti-dev' | 'other' | 'uninformative';

function judgeCell(cell: string): CellVerdict {
  const text = cell.trim();
  if (HAS_DEVANAGARI.test(text)) return 'other';
  // Codes such as `UP32AB1234` or `user_xk12` mix letters with digits; Kruti Dev words never do.
  const words = text.split(/\s+/u).filter((word) => HAS_LATIN_LETTER.test(word) && !LATIN_ADDRESS.test(word) && !CODE_CHARACTER.test(word));
  if (words.length === 0) return 'uninformative';
  // Romanised text ends sentences with a full stop; Kruti Dev's `.` key is ण्, so a trailing dot
  // is treated as punctuation, not as evidence either way.
  const points = words.reduce((sum, word) => sum + wordPoints(word.replace(/[.,!?]+$/u, '')), 0);
  return points >= CELL_THRESHOLD ? 'kruti-dev' : 'other';
}

/**
 * Decides whether a set of text samples (cells of one spreadsheet column, or one pasted string) is
 * Kruti Dev typed text rather than English / romanised names / numbers / emails. `score` is the
 * share of informative samples (those with Latin letters or Devanagari) that look like Kruti Dev.
 */
export function detectKrutiDev(samples: readonly string[]): { likely: boolean; score: number } {
  let informative = 0;
  let krutiDev = 0;
  for (const sample of samples) {
    const verdict = judgeCell(sample);
    if (verdict === 'uninformative') continue;
    informative += 1;
    if (verdict === 'kruti-dev') krutiDev += 1;
  }
  const score = informative === 0 ? 0 : krutiDev / informative;
  return { likely: informative > 0 && score >= COLUMN_THRESHOLD, score };
}
