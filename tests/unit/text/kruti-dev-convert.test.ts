import { describe, expect, it } from 'vitest';
import { krutiDevToUnicode } from '../../../src-main/core/text/kruti-dev/index.js';
import { KRUTI_DEV_GLYPHS, PRE_BASE_I_MARK, REPH_MARK } from '../../../src-main/core/text/kruti-dev/mapping-table.js';

/**
 * Kruti Dev input → the Devanagari a reader sees in that font. Each row was checked glyph by glyph;
 * together the rows use every key of the mapping table (asserted below).
 */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  // Names and designations from committee lists.
  ["jes'k dqekj 'kekZ", 'रमेश कुमार शर्मा'],
  ['usgk xqIrk', 'नेहा गुप्ता'],
  ['fnYyh', 'दिल्ली'],
  ['[k.M fodkl vf/kdkjh', 'खण्ड विकास अधिकारी'],
  ['xzke iapk;r', 'ग्राम पंचायत'],
  ['lfpo', 'सचिव'],
  ['v/;{k', 'अध्यक्ष'],
  ['dks"kk/;{k', 'कोषाध्यक्ष'],
  ['lnL;', 'सदस्य'],
  ['mik/;{k', 'उपाध्यक्ष'],
  ['lquhrk nsoh', 'सुनीता देवी'],
  ["jkts'k ;kno", 'राजेश यादव'],
  ['iwtk oekZ', 'पूजा वर्मा'],
  ['vfer flag', 'अमित सिंह'],
  ['fiz;k iVsy', 'प्रिया पटेल'],
  ["lqjs'k pUnz feJ", 'सुरेश चन्द्र मिश्र'],
  ["dfork tks'kh", 'कविता जोशी'],
  ['eksgu yky', 'मोहन लाल'],
  ["jkds'k frokjh", 'राकेश तिवारी'],
  ['foØe pkSgku', 'विक्रम चौहान'],
  ['nhid JhokLro', 'दीपक श्रीवास्तव'],
  ['vatyh lDlsuk', 'अंजली सक्सेना'],
  ['eukst ik.Ms;', 'मनोज पाण्डेय'],
  ['y{eh ukjk;.k', 'लक्ष्मी नारायण'],
  ['ujsUnz flag jkor', 'नरेन्द्र सिंह रावत'],
  ['lat; nqcs', 'संजय दुबे'],
  ['iadt f=ikBh', 'पंकज त्रिपाठी'],
  ["f'kokuh pkS/kjh", 'शिवानी चौधरी'],
  ['Hkwisanz Bkdqj', 'भूपेंद्र ठाकुर'],
  ['/kesZUnz izlkn', 'धर्मेन्द्र प्रसाद'],
  ['f{kfrt vxzoky', 'क्षितिज अग्रवाल'],
  ['T;ksfr jkuh', 'ज्योति रानी'],
  ["gjh'k pan", 'हरीश चंद'],
  ["vkse izdk'k", 'ओम प्रकाश'],
  ["eqds'k jkBkSM+", 'मुकेश राठौड़'],
  ["fufru 'kqDyk", 'नितिन शुक्ला'],
  ['vkjrh esgrk', 'आरती मेहता'],
  ["Kku izdk'k", 'ज्ञान प्रकाश'],
  ['Jh Ñ".k', 'श्री कृष्ण'],
  ['lHkkifr', 'सभापति'],
  ["ftyk/kh'k", 'जिलाधीश'],
  ['deZpkjh', 'कर्मचारी'],
  ['jkT; ljdkj', 'राज्य सरकार'],
  // Sentences from minutes.
  ['cSBd esa lHkh lnL; mifLFkr FksA', 'बैठक में सभी सदस्य उपस्थित थे।'],
  ['izLrko ikfjr fd;k x;kA', 'प्रस्ताव पारित किया गया।'],
  ['vxyh cSBd lkseokj dks gksxhA', 'अगली बैठक सोमवार को होगी।'],
  ['dk;Zokgh dh iqf"V dh xbZA', 'कार्यवाही की पुष्टि की गई।'],
  ['vk;ksftr', 'आयोजित'],
  ['fdlku', 'किसान'],
  ['Hkkjr', 'भारत'],
  ['?kj', 'घर'],
  ['Fkkuk', 'थाना'],
  ["x.ks'k", 'गणेश'],
  ['[ksy', 'खेल'],
  ['le;', 'समय'],
  ['iq=h', 'पुत्री'],
  ['<ksy', 'ढोल'],
  ['Nk=', 'छात्र'],
  ["'kq) ty", 'शुद्ध जल'],
  ['fu.kZ;', 'निर्णय'],
  ['izfrf"Br', 'प्रतिष्ठित'],
  ['f}rh;', 'द्वितीय'],
  ['fo|kFkhZ', 'विद्यार्थी'],
  ['vkfnokfl;ksa', 'आदिवासियों'],
  ["Jherh dkS'kY;k nsoh", 'श्रीमती कौशल्या देवी'],
  ["iz'kklfud vf/kdkjh", 'प्रशासनिक अधिकारी'],
  ['gLrk{kj', 'हस्ताक्षर'],
  ['Lohd`r', 'स्वीकृत'],
  ['fVIi.kh', 'टिप्पणी'],
  ['iath;u la[;k', 'पंजीयन संख्या'],
  ['fØ;kUo;u', 'क्रियान्वयन'],
  // Independent vowels.
  ['vkt', 'आज'],
  ['vksj', 'ओर'],
  ['vkSj', 'और'],
  ['vkWfQl', 'ऑफिस'],
  ['bl', 'इस'],
  ["bZ'oj", 'ईश्वर'],
  ['b±V', 'ईंट'],
  ['Åij', 'ऊपर'],
  ['_f"k', 'ऋषि'],
  [',d', 'एक'],
  [',slk', 'ऐसा'],
  // Rarer letters and half letters.
  ['x³~xk', 'गङ्गा'],
  ['i¥~p', 'पञ्च'],
  ['dkseG', 'कोमळ'],
  ['>aMk', 'झंडा'],
  ['le>kSrk', 'समझौता'],
  ['¶ySV', 'फ्लैट'],
  ['vCnqy', 'अब्दुल'],
  [';ksX;', 'योग्य'],
  ['fo?u', 'विघ्न'],
  ['cPpk', 'बच्चा'],
  ['lR;', 'सत्य'],
  ['rF;', 'तथ्य'],
  ['lH;', 'सभ्य'],
  ['lEeku', 'सम्मान'],
  ['dk¸kZ', 'कार्य'],
  ['O;fDr', 'व्यक्ति'],
  ["v'o", 'अश्व'],
  ['ºzkl', 'ह्रास'],
  ['[+kku', 'ख़ान'],
  ['lM+d', 'सड़क'],
  // Conjunct ligatures.
  ["mÙkj izns'k", 'उत्तर प्रदेश'],
  ["'kfä", 'शक्ति'],
  ['pôk', 'चक्का'],
  ['izlé', 'प्रसन्न'],
  ['fo|ky;', 'विद्यालय'],
  ['}kjk', 'द्वारा'],
  ['Ñf"k', 'कृषि'],
  ['#i;s', 'रुपये'],
  [':i', 'रूप'],
  ['fpà', 'चिह्न'],
  ['cká', 'बाह्य'],
  ['ân;', 'हृदय'],
  ['czã', 'ब्रह्म'],
  ['jk"Vªh;', 'राष्ट्रीय'],
  ['Vªd', 'ट्रक'],
  // Vowel signs and marks.
  ['d`i;k', 'कृपया'],
  ['MkWDVj', 'डॉक्टर'],
  ['gk¡', 'हाँ'],
  ['xk¡o', 'गाँव'],
  ['vr%', 'अतः'],
  ['dk;ks±', 'कार्यों'],
  ['ugÈ', 'नहीं'],
  // Punctuation and digits.
  ["jke] 'kke", 'राम, शाम'],
  ['Mk- vacsMdj', 'डा. अंबेडकर'],
  ['ekpZ&vizSy', 'मार्च-अप्रैल'],
  ['1@2', '1/2'],
  ['¼tuojh½', '(जनवरी)'],
  ['lks•ga', 'सोऽहं'],
  ['Mkñ', 'डा॰'],
  ['ƒ„…†‡', '१२३४५'],
  ['ˆ‰Š‹å', '६७८९०'],
];

describe('krutiDevToUnicode', () => {
  it.each([
    ["dk;Z'kkyk", 'कार्यशाला'],
    ['lfefr dh cSBd', 'समिति की बैठक'],
    ['{ks=h; izfrfuf/k', 'क्षेत्रीय प्रतिनिधि'],
    ["'kq) Kku Jfed ikVhZ", 'शुद्ध ज्ञान श्रमिक पार्टी'],
    ['i=koyh dk voyksdu fd;k x;kA', 'पत्रावली का अवलोकन किया गया।'],
    ['esjk uke usgy gSA', 'मेरा नाम नेहल है।'],
  ])('converts the reference sentence %s', (input, expected) => {
    expect(krutiDevToUnicode(input)).toBe(expected);
  });

  it('has at least 100 checked words', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(100);
  });

  it.each(WORDS)('converts %s', (input, expected) => {
    expect(krutiDevToUnicode(input)).toBe(expected.normalize('NFC'));
  });

  it('is exercised on every key of the mapping table', () => {
    const inputs = WORDS.map(([input]) => input);
    const untested = KRUTI_DEV_GLYPHS.filter((glyph) => !inputs.some((input) => input.includes(glyph.key))).map((glyph) => glyph.key);
    expect(untested).toEqual([]);
  });

  it('has one meaning per key', () => {
    const keys = KRUTI_DEV_GLYPHS.map((glyph) => glyph.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('moves ि past a whole consonant cluster, including a nukta', () => {
    expect(krutiDevToUnicode('fLFkfr')).toBe('स्थिति');
    expect(krutiDevToUnicode('fQ+Yeh')).toBe('फ़िल्मी'.normalize('NFC'));
    expect(krutiDevToUnicode('f=')).toBe('त्रि');
  });

  it('puts the reph before the cluster and its vowel signs, whichever sign is typed', () => {
    expect(krutiDevToUnicode('fufeZr')).toBe('निर्मित');
    expect(krutiDevToUnicode(')Z')).toBe('र्द्ध');
    expect(krutiDevToUnicode('dk;ZdrkZvksa')).toBe('कार्यकर्ताओं');
  });

  it('completes any half letter with the stem k', () => {
    expect(krutiDevToUnicode('Lkkr')).toBe('सात');
    expect(krutiDevToUnicode('Dkye')).toBe('कलम');
    expect(krutiDevToUnicode('Ddk')).toBe('क्का');
    expect(krutiDevToUnicode('D~')).toBe('क्');
  });

  it('returns NFC and never leaks a placeholder mark', () => {
    for (const [input] of WORDS) {
      const output = krutiDevToUnicode(input);
      expect(output).toBe(output.normalize('NFC'));
      expect(output).not.toContain(PRE_BASE_I_MARK);
      expect(output).not.toContain(REPH_MARK);
    }
    expect(krutiDevToUnicode('f')).toBe('ि');
    expect(krutiDevToUnicode('Z')).toBe('र्');
  });

  it('keeps ASCII digits, whitespace, unknown characters and e-mail addresses as they are', () => {
    expect(krutiDevToUnicode('9876543210')).toBe('9876543210');
    expect(krutiDevToUnicode('  jke\tlhrk\n')).toBe('  राम\tसीता\n');
    expect(krutiDevToUnicode('jke 😀 €')).toBe('राम 😀 €');
    expect(krutiDevToUnicode('ramesh.sharma@gmail.com')).toBe('ramesh.sharma@gmail.com');
    expect(krutiDevToUnicode('')).toBe('');
  });
});
