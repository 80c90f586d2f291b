/**
 * Types Unicode Hindi the way a Kruti Dev 010 typist would, to make test text in the legacy font.
 *
 * It is written from the Remington keyboard chart, not from the app's mapping table, so that a
 * test comparing the two catches a mistake in either. It covers what office words and names
 * need: half letters, the common conjunct glyphs, ि typed before its cluster, the reph typed
 * after its syllable, nukta, anusvara and the danda.
 */

const FULL: Record<string, string> = {
  क: 'd', ख: '[k', ग: 'x', घ: '?k', च: 'p', छ: 'N', ज: 't', झ: '>', ञ: '¥', ट: 'V', ठ: 'B', ड: 'M', ढ: '<', ण: '.k',
  त: 'r', थ: 'Fk', द: 'n', ध: '/k', न: 'u', प: 'i', फ: 'Q', ब: 'c', भ: 'Hk', म: 'e', य: ';', र: 'j', ल: 'y', ळ: 'G',
  व: 'o', श: "'k", ष: '"k', स: 'l', ह: 'g',
};

/** Consonants whose half form has a key; the others are typed full with the halant key `~`. */
const HALF: Record<string, string> = {
  क: 'D', ख: '[', ग: 'X', घ: '?', च: 'P', ज: 'T', ण: '.', त: 'R', थ: 'F', ध: '/', न: 'U', प: 'I', फ: '¶', ब: 'C',
  भ: 'H', म: 'E', य: '¸', ल: 'Y', व: 'O', श: "'", ष: '"', स: 'L', ह: 'º',
};

/** Whole clusters the font draws as one glyph, longest first. */
const LIGATURES: ReadonlyArray<readonly [string, string, string]> = [
  // [cluster, full key, half key ('' when it has none)]
  ['क्ष', '{k', '{'],
  ['त्र', '=', ''],
  ['ज्ञ', 'K', ''],
  ['श्र', 'J', ''],
  ['द्ध', ')', ''],
  ['द्य', '|', ''],
  ['द्व', '}', ''],
  ['क्र', 'Ø', ''],
  ['क्त', 'ä', ''],
  ['न्न', 'é', ''],
  ['त्त', 'Ùk', 'Ù'],
];

const MATRA: Record<string, string> = { 'ा': 'k', 'ी': 'h', 'ु': 'q', 'ू': 'w', 'ृ': '`', 'े': 's', 'ै': 'S', 'ो': 'ks', 'ौ': 'kS', 'ॉ': 'kW', 'ॅ': 'W' };
const INDEPENDENT: Record<string, string> = { अ: 'v', आ: 'vk', इ: 'b', ई: 'bZ', उ: 'm', ऊ: 'Å', ऋ: '_', ए: ',', ऐ: ',s', ओ: 'vks', औ: 'vkS', ऑ: 'vkW' };
const SIGN: Record<string, string> = { 'ं': 'a', 'ँ': '¡', 'ः': '%' };
const VIRAMA = '्';
const NUKTA = '़';

const isConsonant = (char: string | undefined) => char !== undefined && char >= 'क' && char <= 'ह';

/** Keys for one consonant cluster (without matra), e.g. ['स','्','त'] → 'Lr'. */
function clusterKeys(cluster: string): string {
  let keys = '';
  let at = 0;
  while (at < cluster.length) {
    const ligature = LIGATURES.find(([letters]) => cluster.startsWith(letters, at));
    const isLast = (length: number) => at + length >= cluster.length;
    if (ligature) {
      const [letters, full, half] = ligature;
      const last = isLast(letters.length);
      keys += last ? full : half !== '' ? half : `${full}~`;
      at += letters.length + (last ? 0 : 1);
      continue;
    }
    const letter = cluster[at] as string;
    const nukta = cluster[at + 1] === NUKTA;
    const length = nukta ? 2 : 1;
    // C + ् + र at the end of a cluster is the subscript ्र key `z` (`ª` under ट and ड).
    if (cluster[at + length] === VIRAMA && cluster[at + length + 1] === 'र' && isLast(length + 2)) {
      keys += (FULL[letter] ?? letter) + (nukta ? '+' : '') + (letter === 'ट' || letter === 'ड' ? 'ª' : 'z');
      at += length + 2;
      continue;
    }
    if (isLast(length)) {
      const full = FULL[letter] ?? letter;
      // A nukta sits on the letter, before the stem of a bar-completed letter (`[+k` = ख़).
      keys += nukta ? (full.endsWith('k') && full.length === 2 ? `${full[0]}+k` : `${full}+`) : full;
      at += length;
      continue;
    }
    const half = HALF[letter];
    keys += half !== undefined ? half + (nukta ? '+' : '') : `${FULL[letter] ?? letter}${nukta ? '+' : ''}~`;
    at += length + 1;
  }
  return keys;
}

function syllableKeys(word: string, start: number): { keys: string; end: number } {
  let at = start;
  let cluster = '';
  while (isConsonant(word[at])) {
    cluster += word[at];
    at += 1;
    if (word[at] === NUKTA) cluster += word[at++];
    if (word[at] === VIRAMA && isConsonant(word[at + 1])) cluster += word[at++];
    else break;
  }
  let reph = false;
  if (cluster.startsWith('र्') && cluster.length > 2) {
    reph = true;
    cluster = cluster.slice(2);
  }
  let keys: string;
  const matra = word[at];
  if (cluster === 'र' && (matra === 'ु' || matra === 'ू')) {
    keys = matra === 'ु' ? '#' : ':';
    at += 1;
  } else if (matra === 'ि') {
    keys = `f${clusterKeys(cluster)}`;
    at += 1;
  } else if (matra !== undefined && MATRA[matra] !== undefined) {
    keys = clusterKeys(cluster) + MATRA[matra];
    at += 1;
  } else {
    keys = clusterKeys(cluster);
    // A halant left at the end of a word is typed with its own key.
    if (word[at] === VIRAMA) {
      keys += '~';
      at += 1;
    }
  }
  if (reph) keys += 'Z';
  return { keys, end: at };
}

/** Kruti Dev 010 keys for one word or phrase of Unicode Hindi. */
export function unicodeToKrutiDev(text: string): string {
  // NFC stores क़ and its kin as letter + nukta, which is how the font types them too.
  const word = text.normalize('NFC');
  let out = '';
  let at = 0;
  while (at < word.length) {
    const char = word[at] as string;
    if (isConsonant(char)) {
      const { keys, end } = syllableKeys(word, at);
      out += keys;
      at = end;
    } else if (INDEPENDENT[char] !== undefined) {
      out += INDEPENDENT[char];
      at += 1;
    } else if (SIGN[char] !== undefined) {
      out += SIGN[char];
      at += 1;
    } else if (char === '।') {
      out += 'A';
      at += 1;
    } else {
      out += char;
      at += 1;
    }
  }
  return out;
}
