/**
 * Key sequences that Kruti Dev Hindi is full of and English or European words almost never
 * contain (श typed `'k`, reph `Z` after a letter, ि typed `f` before a consonant key, the danda
 * `A` glued to a word). They were written from the font's keyboard chart and checked against
 * office lists in both scripts; each match is worth `weight` points for Kruti Dev.
 *
 * The Latin-1 letters Kruti Dev uses for conjuncts that are vowels in European languages
 * (é = न्न, ã = ह्म, ä = क्त, ô = क्क …) are deliberately not evidence here: in a French or
 * Portuguese name they are just vowels, so detect.ts weighs them separately.
 */

interface Evidence {
  readonly pattern: RegExp;
  readonly weight: number;
}

export const KRUTI_DEV_KEY_PATTERNS: readonly Evidence[] = [
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
    pattern: /^(?:[bcdgjlnptxy;][kqS;]|[bcdgjlnxy;][sz]|[jlnxy;]h(?!a)|v[^aeiouyrAEIOUY]|[A-Za-z;'"]k[sS])/g,
    weight: 2,
  },
  // ी typed `h` and ु typed `q` after consonant keys that English never puts before h or q.
  // (Not `jh` after a vowel or n, as in the romanised Ojha, Manjhi, Jhunjhunu, nor before `a`,
  // as in jhadu or jhanda: Hindi has hardly a word with रीं.)
  // (Not `q` before `u`: European spelling writes q only so, as in Marquez or banquete.)
  { pattern: /(?<![aeiounAEIOU])jh(?!a)|[yv;'"]h|[dgjklnprtuvxy;'"]q(?!u)/g, weight: 2 },
  // प्र typed `iz` opening a word, ्रा typed `zk`, and य typed `;` after a half-letter symbol
  // (`izk/;kid` = प्राध्यापक): English has no such pairs.
  { pattern: /^iz(?![aiu]|l[aeiu])|zk|['"[{?./];/g, weight: 2 },
  // अनु / अनी typed `vuq` / `vuh`, and a consonant key before ि opening a word (`dfork` = कविता).
  { pattern: /^vu[hqkwsSf]|^[bcdgjlnrtxy;'"]f[A-Za-z'"[{?./;]/g, weight: 2 },
  // `x` (ग) before a consonant key European spelling never puts after x (`uxj` = नगर); not l, y,
  // m, n … as in Huxley, Roxy, Oxnard.
  { pattern: /x[jqrz;]/g, weight: 2 },
  // Two ि signs one consonant apart (`lfefr` = समिति, `fufru` = नितिन), worth more when that
  // consonant is not a vowel in English (as the i of fifty and fifth is).
  { pattern: /f[A-Za-z;'"/]f/g, weight: 1 },
  { pattern: /f[b-df-hj-np-z;'"/]f/g, weight: 1 },
  // सिंह typed `flag` closing a word: the commonest surname of Hindi lists.
  { pattern: /fla[gd]$/g, weight: 2 },
  // श्री typed `Jh` opening a word (`JhokLro` = श्रीवास्तव, `Jheku` = श्रीमान, `Jherh` = श्रीमती),
  // but not Jha, Jhelum or Jhunjhunu, nor the Jhon that Indian lists often write for John.
  { pattern: /^Jh(?![aeiouy])|^Jho[kS]|^Jhe[kr]/g, weight: 2 },
  // स्त typed `Lr` after a vowel-sign key (`jkLrk` = रास्ता, `JhokLro` = श्रीवास्तव).
  { pattern: /[kshqwS]Lr/g, weight: 2 },
  // Words opening with वे typed `os` before त or र (`osru` = वेतन), and with a consonant key, the
  // anusvara `a` and दी typed `nh` (`lanhi` = संदीप): English words never open so.
  { pattern: /^os[rj]|^[bcdgjlnprtvxy;]anh/g, weight: 2 },
  // नी, मी and पू opening a word (`uhye` = नीलम, `ehuk` = मीना, `iwue` = पूनम), and फू typed `Qw`:
  // English words do not open with uh, eh or iw followed by more letters, nor write Qw.
  { pattern: /^[eu]h[a-z]|^iw[a-z]|Qw/g, weight: 2 },
  // A vowel sign key in capitals inside a lowercase word (`cSBd` = बैठक, `iVsy` = पटेल), but not
  // the second capital of a name such as McDonald, DeSouza or LeBlanc.
  { pattern: /(?<!^[A-Z][a-z]{0,2})[a-z][A-Z]/g, weight: 1 },
  // A word that opens in lowercase and then has a half-letter capital (`lEesyu` = सम्मेलन): Latin
  // spelling keeps capitals to the first letter of a name.
  // (Not e or i before a capital, as in the brand names eBay, iPhone, eOffice.)
  { pattern: /^(?![ei][A-Z])[a-z;'"]+[A-Z][a-z]/g, weight: 1 },
  // श्र typed `J` after a lowercase key (`feJ` = मिश्र, `vkJe` = आश्रम).
  { pattern: /(?<!^[A-Z][a-z]{0,2})[a-z]J/g, weight: 1 },
  // य typed `;` inside a word.
  { pattern: /[A-Za-z];[A-Za-z]/g, weight: 3 },
  // ि typed `f` before a consonant key that English never puts after f.
  { pattern: /f[bcdgjkmnpqvxzBCDEFGHIJKLMNOPQRSTUVWXYZ;'"[{=|/)]/g, weight: 2 },
  // The stem `k` (ा) after consonant keys that English hardly ever puts before k.
  // (`yk` = ला not after a capital, as in the surname Dyke; no `keit`, the German -igkeit; no `dk`
  // or `tk` inside a capitalised word, as in the surnames Gadkari and Bhatkal.)
  { pattern: /(?:[gjpvxBDGJKMNPQTVXY]|(?<!^[A-Z][a-z]*)[dt]|(?<![A-Z])y)k(?!eit)/g, weight: 2 },
  // A word ending in य typed `;`, in ं after a vowel sign (`gSa` = हैं) or in ना typed `uk`.
  { pattern: /[A-Za-z];$|[qwS]a$|[A-Za-z]uk$/g, weight: 1 },
  // `uks` = नो, `ukS` = नौ, `ukj` = नार: English spells none of these.
  { pattern: /uk[sSj]/g, weight: 2 },
  // ण् typed `.` right before the next consonant key (`ik.Ms;` = पाण्डेय).
  { pattern: /[a-z]\.[A-Z]/g, weight: 1 },
  // Kruti Dev keys for half letters, conjuncts and signs that plain text does not use inside words.
  { pattern: /[A-Za-z][=~`%|\]]|[ØÙÑº³¥¡¸¶ªÈ±]/g, weight: 2 },
];

export function keyPatternPoints(word: string): number {
  let points = 0;
  for (const { pattern, weight } of KRUTI_DEV_KEY_PATTERNS) points += (word.match(pattern)?.length ?? 0) * weight;
  return points;
}
