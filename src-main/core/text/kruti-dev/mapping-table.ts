/**
 * The Kruti Dev 010 glyph table: which key (or key sequence) the font draws as which Devanagari.
 *
 * Kruti Dev is a "clip font": a typist presses Latin keys and the font paints Hindi shapes over
 * them, following the Remington typewriter layout. The file therefore stores the keys, in the
 * order the shapes are painted on paper, not in Unicode's logical order. Two glyphs are painted in
 * a different place than Unicode stores them, so they map to placeholder marks that convert.ts
 * moves into place afterwards:
 *  - `f` (the ि sign) is painted to the LEFT of its consonant cluster, so it is typed first;
 *  - `Z` (the reph, र् on top) is painted at the top right of a syllable, so it is typed last.
 */

/** Placeholder for ि typed before its consonant cluster; never left in the output. */
export const PRE_BASE_I_MARK = '\uE000';
/** Placeholder for the reph (र्) typed after its syllable; never left in the output. */
export const REPH_MARK = '\uE001';

export interface KrutiGlyph {
  /** What is stored in the file. */
  readonly key: string;
  /** What the font shows, as Unicode (may contain a placeholder mark). */
  readonly unicode: string;
}

function glyphs(group: Readonly<Record<string, string>>): KrutiGlyph[] {
  return Object.entries(group).map(([key, unicode]) => ({ key, unicode }));
}

const INDEPENDENT_VOWELS = {
  v: 'अ',
  vk: 'आ',
  vks: 'ओ',
  vkS: 'औ',
  vkW: 'ऑ',
  b: 'इ',
  bZ: 'ई',
  'b±': 'ईं',
  m: 'उ',
  Å: 'ऊ',
  _: 'ऋ',
  ',': 'ए',
  ',s': 'ऐ',
};

const FULL_CONSONANTS = {
  d: 'क',
  x: 'ग',
  '³': 'ङ',
  p: 'च',
  N: 'छ',
  t: 'ज',
  '>': 'झ',
  '¥': 'ञ',
  V: 'ट',
  B: 'ठ',
  M: 'ड',
  '<': 'ढ',
  r: 'त',
  n: 'द',
  u: 'न',
  i: 'प',
  Q: 'फ',
  c: 'ब',
  e: 'म',
  ';': 'य',
  j: 'र',
  y: 'ल',
  G: 'ळ',
  o: 'व',
  l: 'स',
  g: 'ह',
};

/**
 * Half letters: the consonant without its vertical stem. A following `k` (the stem) completes the
 * letter; convert.ts applies that rule to every entry here, so only the letters whose full form has
 * no key of its own are listed again under BAR_COMPLETED_CONSONANTS.
 */
const HALF_CONSONANTS = {
  D: 'क्',
  '[': 'ख्',
  X: 'ग्',
  '?': 'घ्',
  P: 'च्',
  T: 'ज्',
  '.': 'ण्',
  R: 'त्',
  F: 'थ्',
  '/': 'ध्',
  U: 'न्',
  I: 'प्',
  '¶': 'फ्',
  C: 'ब्',
  H: 'भ्',
  E: 'म्',
  '¸': 'य्',
  Y: 'ल्',
  O: 'व्',
  "'": 'श्',
  '"': 'ष्',
  L: 'स्',
  '{': 'क्ष्',
  Ù: 'त्त्',
  º: 'ह्',
};

const BAR_COMPLETED_CONSONANTS = {
  '[k': 'ख',
  '?k': 'घ',
  '.k': 'ण',
  Fk: 'थ',
  '/k': 'ध',
  Hk: 'भ',
  "'k": 'श',
  '"k': 'ष',
  '{k': 'क्ष',
};

const CONJUNCT_LIGATURES = {
  '=': 'त्र',
  K: 'ज्ञ',
  J: 'श्र',
  ')': 'द्ध',
  Ø: 'क्र',
  ä: 'क्त',
  ô: 'क्क',
  é: 'न्न',
  '|': 'द्य',
  '}': 'द्व',
  Ñ: 'कृ',
  '#': 'रु',
  ':': 'रू',
  à: 'ह्न',
  á: 'ह्य',
  â: 'हृ',
  ã: 'ह्म',
};

const VOWEL_SIGNS_AND_MARKS = {
  k: 'ा',
  h: 'ी',
  f: PRE_BASE_I_MARK,
  q: 'ु',
  w: 'ू',
  '`': 'ृ',
  s: 'े',
  S: 'ै',
  ks: 'ो',
  kS: 'ौ',
  kW: 'ॉ',
  W: 'ॅ',
  a: 'ं',
  '¡': 'ँ',
  '%': 'ः',
  È: 'ीं',
  Z: REPH_MARK,
  // The reph and the anusvara share one glyph; the anusvara stays where it is typed.
  '±': `${REPH_MARK}ं`,
  z: '्र',
  ª: '्र',
  '~': '्',
  '+': '़',
};

const PUNCTUATION = {
  A: '।',
  ']': ',',
  '-': '.',
  '&': '-',
  '@': '/',
  '¼': '(',
  '½': ')',
  '•': 'ऽ',
  ñ: '॰',
};

/**
 * The ASCII digit keys draw ASCII digits in Kruti Dev 010 and pass through unchanged; the font's
 * Devanagari digits sit on these Windows-1252 characters (typed with Alt codes).
 */
const DEVANAGARI_DIGITS = {
  å: '०',
  ƒ: '१',
  '„': '२',
  '…': '३',
  '†': '४',
  '‡': '५',
  ˆ: '६',
  '‰': '७',
  Š: '८',
  '‹': '९',
};

export const KRUTI_DEV_GLYPHS: readonly KrutiGlyph[] = [
  ...glyphs(INDEPENDENT_VOWELS),
  ...glyphs(FULL_CONSONANTS),
  ...glyphs(HALF_CONSONANTS),
  ...glyphs(BAR_COMPLETED_CONSONANTS),
  ...glyphs(CONJUNCT_LIGATURES),
  ...glyphs(VOWEL_SIGNS_AND_MARKS),
  ...glyphs(PUNCTUATION),
  ...glyphs(DEVANAGARI_DIGITS),
];
