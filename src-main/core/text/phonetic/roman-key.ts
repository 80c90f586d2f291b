/**
 * The common simplified alphabet: every word, whether typed in Latin letters or spelt from
 * Devanagari, is reduced by the same rules, so the two meet. A key uses a–z only (digits never
 * reach here) and keeps the distinctions that tell Hindi names apart while dropping the ones that
 * Roman spellings and hurried typing do not keep.
 */

const VOWEL = /[aeiou]/;

/**
 * Everything except the final "a". The order matters: digraphs are undone before vowels are
 * merged, so "ow" is read as a vowel before "w" becomes "v".
 */
export function romanStem(latin: string): string {
  let s = latin;
  // Chowdhary/Choudhary/Chaudhary: one diphthong (औ).
  s = s.replace(/o[wu]/g, 'au');
  // Laxmi = Lakshmi; क़ = k; ज़ = j (Zakir/Jakir); फ़ = फ (Fatima typed without the nukta); व = w/v.
  // Block (ब्लॉक): English "ck".
  s = s.replace(/ck/g, 'k');
  s = s.replace(/x/g, 'ks').replace(/q/g, 'k').replace(/z/g, 'j').replace(/f/g, 'ph').replace(/w/g, 'v');
  // Aspiration is dropped (kh/k, th/t, bh/b…) and sh = s (श, ष, स): Roman spellings mark
  // neither reliably (Thakur ठ but Tiwari त; Srivastava/Shrivastav) and typists swap them.
  s = s.replace(/([kgcjtdpbsr])h+/g, '$1');
  s = s.replace(/ee/g, 'i').replace(/oo/g, 'u');
  // Doubled consonants and long vowels are written either way (Bhatt/Bhat, kaarya/karya).
  s = s.replace(/([bcdgjklmnprstvy])\1+/g, '$1').replace(/([aiu])\1+/g, '$1');
  // Jaipur (जयपुर), Vijai (विजय), Dubey (दुबे).
  s = s.replace(/ay(?![aeiou])/g, 'ai').replace(/ey(?![aeiou])/g, 'e');
  // Verma (वर्मा), Sehgal (सहगल): Roman spellings write the inherent vowel "e" before r and h.
  s = s.replace(/e([rh])(?![aeiou])/g, 'a$1');
  // ऋ after a consonant is spelt "ri" or "ru" (Krishna/Krushna, Prithvi/Pruthvi).
  s = s.replace(/([^aeiou])ru/g, '$1ri');
  // Tiwary, Chaudhary: a final y after a consonant is the vowel ई.
  s = s.replace(/([^aeiou])y$/, '$1i');
  // Kishore (किशोर): an English silent e.
  s = s.replace(/ore$/, 'or');
  return s;
}

/**
 * The final "a" after a consonant is dropped, for Roman and Devanagari alike: शर्मा ("sharmaa")
 * and "Sharma" both end in the consonant, as does प्रतिवेदन. A word that would be left without a
 * vowel keeps it (झा, "jha").
 */
export function finishKey(stem: string): string {
  let key = stem;
  if (/[^aeiou]a$/.test(key) && VOWEL.test(key.slice(0, -1))) key = key.slice(0, -1);
  return key.replace(/ay$/, 'ai').replace(/ey$/, 'e');
}

/**
 * Roman spellings often break a final cluster ending in n or m with a vowel: कृष्ण is written
 * Krishna and Krishan, रत्न Ratan, धर्म Dharam. Returns that spelling when the key ends so.
 */
export function epentheticVariant(key: string): string | null {
  const match = /^(.*[aeiou].*[^aeiou])([nm])$/.exec(key);
  if (match === null) return null;
  return `${match[1] ?? ''}a${match[2] ?? ''}`;
}
