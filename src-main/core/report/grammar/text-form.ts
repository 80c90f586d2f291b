/**
 * What kind of Hindi a secretary typed, read from its last word, so a sentence can be built
 * around it instead of glued to it: "… ने <deed>।", "… ने कहा कि <statement>।", "<noun
 * phrase> की पुष्टि की गई।", or, when the text cannot be placed in a sentence safely (one
 * word, English, a question, a quotation), the words themselves in quotation marks.
 */
export type TextForm = 'deed' | 'statement' | 'noun' | 'quote';

/**
 * Past forms of verbs that take "ने": a summary ending in one says what the speaker did
 * ("… पर प्रकाश डाला", "… का आह्वान किया", "… समझाई").
 */
const DEED_VERBS = new Set(
  [
    'किया किए किये की कीं',
    'दिया दिए दिये दी दीं',
    'डाला डाले डाली डालीं',
    'कहा कही कहे',
    'बताया बताए बताये बताई बतायी बताईं',
    'समझाया समझाए समझाये समझाई समझायी समझाईं',
    'रखा रखे रखी रखीं',
    'सुझाया सुझाए सुझाई सुझाईं',
    'गिनाया गिनाए गिनाई गिनाईं',
    'सराहा सराहे सराही',
    'कराया कराए कराई कराईं',
    'दिलाया दिलाए दिलाई',
    'जताया जताए जताई',
    'दोहराया दोहराए दोहराई',
    'उठाया उठाए उठाई उठाईं',
    'लिया लिए ली लीं',
    'सुनाया सुनाए सुनाई सुनाईं',
    'पढ़ा पढ़े पढ़ी',
    'निभाया निभाई',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The past of causative verbs (सिखाया, दिखाए, बनाईं) that the list does not name; no common
 * noun ends so, unlike "-ाई" (कार्रवाई, पढ़ाई), which is left to the list.
 */
const CAUSATIVE_PAST = /\S{2,}(?:ाया|ाए|ाये|ाईं)$/u;

/**
 * Endings of every other finite verb: present, future, subjunctive, passive and intransitive
 * past. A text ending in one is a whole clause with its own subject ("… आवश्यक है", "…
 * आयोजित किया जाए", "कार्यशाला उपयोगी रही"), so it follows "कहा कि" or "… कि".
 */
const STATEMENT_WORDS = new Set(
  [
    'है हैं था थे थी थीं हो हों होगा होगी होंगे होंगी',
    'चाहिए चाहिये',
    'सकता सकती सकते सकें सके',
    'जाए जाएँ जाएं जाये जायें जाएगा जाएगी जाएँगे जाएंगे जाएँगी जायेगा जायेगी जायेंगे',
    'गया गए गये गई गयी गईं',
    'रहा रहे रही रहीं',
    'हुआ हुए हुई हुईं',
    'आया आए आये आई आयी आईं',
    'मिला मिले मिली मिलीं',
    'लगा लगे लगी लगीं',
    'बढ़ा बढ़े बढ़ी',
    'होता होती होते',
    'करें करे करते करता करती',
    'पहुँचता पहुँचती पहुँचते पहुंचता पहुंचती पहुंचते',
    'जाता जाती जाते',
    'रहता रहती रहते',
    'चुका चुके चुकी',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Notes that end in the noun or participle of a phrase verb ("… पर बल", "शोध-पत्र प्रस्तुत"):
 * the verb a report adds to make them what the speaker did.
 */
export const PHRASE_VERBS: Readonly<Record<string, string>> = {
  बल: 'दिया',
  ज़ोर: 'दिया',
  जोर: 'दिया',
  धन्यवाद: 'दिया',
  आह्वान: 'किया',
  आग्रह: 'किया',
  अनुरोध: 'किया',
  स्वागत: 'किया',
  प्रस्तुत: 'किया',
  प्रेरित: 'किया',
  संबोधित: 'किया',
  सम्मानित: 'किया',
};

/** The note with the verb its last word needs ("… पर बल" → "… पर बल दिया"), or null when it needs none. */
export function withPhraseVerb(text: string): string | null {
  const bare = bareText(text);
  const words = bare.split(' ');
  const verb = words.length > 1 ? PHRASE_VERBS[words[words.length - 1] ?? ''] : undefined;
  return verb === undefined ? null : `${bare} ${verb}`;
}

/** A habitual participle ending; alone it could be a noun (क्षमता, एकता), so it needs a word before it that only verbs take. */
const HABITUAL = /(?:ता|ती|ते|तीं)$/u;
const VERB_LEADS = new Set(['नहीं', 'न', 'भी', 'ही', 'तो']);
/** Habitual forms of common verbs, which no noun shares. */
const HABITUAL_VERBS = new Set(
  'दिखता दिखती दिखते खुलता खुलती खुलते चलता चलती चलते पड़ता पड़ती पड़ते बनता बनती बनते आता आती आते लगता लगती लगते समझता समझती समझते जानता जानती जानते सकता सकती सकते मानता मानती मानते'.split(' '),
);

/**
 * Adjectives that end many short comments ("बहुत उपयोगी", "अच्छा प्रयास सराहनीय"): without a
 * verb they are neither a clause nor a noun phrase a sentence can take, so they are quoted.
 */
const BARE_ADJECTIVES = new Set(
  'उपयोगी अच्छा अच्छी अच्छे बढ़िया सार्थक आवश्यक ज़रूरी जरूरी महत्वपूर्ण लाभदायक लाभप्रद सराहनीय उत्कृष्ट ज्ञानवर्धक रोचक सफल प्रभावी उत्तम प्रभावशाली सुंदर सरल स्पष्ट'.split(' '),
);

const DEVANAGARI = /[\u0900-\u097F]/u;
const LATIN = /[A-Za-z]/u;
/** Trailing marks a typed text may end with; the sentence adds its own. */
const TRAILING = /[\s।॥.,;:!]+$/u;

/** The words of a text as a reader sees them, without closing punctuation. */
export function bareText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(TRAILING, '').trim();
}

/** True for text typed mostly in Latin letters (English, or Kruti Dev not converted). */
export function isMostlyLatin(text: string): boolean {
  const letters = [...text].filter((char) => DEVANAGARI.test(char) || LATIN.test(char));
  const latin = letters.filter((char) => LATIN.test(char)).length;
  return letters.length > 0 && latin * 2 > letters.length;
}

/**
 * How a typed text can enter a Hindi sentence. Only its last word decides, so a long summary
 * reads the same way as a short one; anything that cannot be placed safely is quoted.
 */
export function textForm(text: string): TextForm {
  const trimmed = text.trim();
  const bare = bareText(trimmed);
  if (bare === '' || isMostlyLatin(bare) || /[?"“”'‘’]$/u.test(trimmed.replace(/[\s।.]+$/u, ''))) return 'quote';
  const words = bare.split(' ');
  const last = (words[words.length - 1] ?? '').replace(/[)"'”’]+$/u, '');
  // Text with a subject of its own ("विभागों ने … किया") is a clause about someone else, never the speaker's deed.
  if (words.length > 2 && words.slice(1).includes('ने') && (DEED_VERBS.has(last) || CAUSATIVE_PAST.test(last))) return 'statement';
  if (DEED_VERBS.has(last) || CAUSATIVE_PAST.test(last)) return words.length > 1 ? 'deed' : 'quote';
  if (STATEMENT_WORDS.has(last)) return words.length > 1 ? 'statement' : 'quote';
  const before = words[words.length - 2] ?? '';
  // "… ठीक से नहीं दिखते", "… उपलब्ध नहीं": a habitual verb after नहीं/भी/ही, or a clause ending in नहीं.
  if (words.length > 1 && (last === 'नहीं' || (HABITUAL.test(last) && VERB_LEADS.has(before)) || HABITUAL_VERBS.has(last))) return 'statement';
  if (words.length < 2 || BARE_ADJECTIVES.has(last) || PHRASE_VERBS[last] !== undefined) return 'quote';
  // A noun phrase never holds "ने": text with a subject of its own ("विभागों ने … बढ़ाया") is a clause whose verb the lists do not know.
  if (words.includes('ने')) return 'statement';
  return 'noun';
}

/**
 * A summary typed as several sentences, split where a danda, question or exclamation mark
 * ends one, or a full stop after a word of four letters or more: "डॉ.", "आर. के.", "सं." and
 * "का.ज्ञा." are abbreviations, not the ends of sentences.
 */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/gu, ' ')
    .split(/(?<=[।॥?!])\s+|(?<=(?:^|\s)[^\s.]{4,}\.)\s+/u)
    .map((part) => part.trim())
    .filter((part) => bareText(part) !== '');
}

/**
 * A noun phrase as it stands before a postposition: the genitive that governs its head takes
 * the oblique, "बैंक का प्रशिक्षण केंद्र" + में → "बैंक के प्रशिक्षण केंद्र में". Only the last
 * "का" changes, and only when no other postposition follows it: in "भवन का कक्ष संख्या 5 में
 * स्थित सभागार" the "का" belongs to a phrase already closed by "में". A masculine noun's own
 * oblique ending (कमरा → कमरे) is not guessed; a secretary who writes one sees it in the draft.
 */
export function oblique(phrase: string): string {
  const words = obliquePlural(phrase).split(' ');
  for (let index = words.length - 2; index >= 1; index -= 1) {
    const word = words[index];
    if (word === 'का') {
      words[index] = 'के';
      return words.join(' ');
    }
    if (word !== undefined && POSTPOSITIONS.has(word)) return words.join(' ');
  }
  return words.join(' ');
}

/** A plural head noun in the oblique: "कठिनाइयाँ" → "कठिनाइयों", "सुविधाएँ" → "सुविधाओं", "बातें" → "बातों". */
function obliquePlural(phrase: string): string {
  return phrase.replace(/(?:याँ|यां)$/u, 'यों').replace(/(?:एँ|एं)$/u, 'ओं').replace(/(?<=\S)ें$/u, 'ों');
}

const POSTPOSITIONS = new Set(['के', 'की', 'में', 'पर', 'से', 'को', 'ने', 'तक', 'द्वारा', 'लिए']);

/** True if the phrase already names the place or word, so it is not added twice ("…, सीहोर, सीहोर"). */
export function mentions(phrase: string, word: string): boolean {
  const wanted = word.trim();
  return wanted !== '' && phrase.includes(wanted);
}

/**
 * Words to be printed inside quotation marks: as typed, without quotation marks of their own,
 * and ending with their own mark (a danda, full stop, question or exclamation mark).
 */
export function asQuotation(text: string, stop: string): string {
  const words = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^["“'‘]+/u, '')
    .replace(/[\s।॥.]*["”'’]+[\s।॥.]*$/u, '')
    .trim();
  return /[।॥.!?]$/u.test(words) ? words : `${words}${stopFor(words, stop)}`;
}

/**
 * The mark that ends typed words: a full stop after English, a danda after Hindi, whatever the
 * report's language (`stop` decides only for text that is neither, such as numbers).
 */
export function stopFor(words: string, stop: string): string {
  if (isMostlyLatin(words)) return '.';
  return DEVANAGARI.test(words) ? '।' : stop;
}
