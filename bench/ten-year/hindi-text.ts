const WORDS = (
  'समिति की बैठक में सभी सदस्यों ने भाग लिया और राजभाषा के प्रयोग पर विस्तार से चर्चा हुई ' +
  'कार्यशाला का उद्घाटन मुख्य अतिथि ने दीप प्रज्वलित कर किया प्रशिक्षण सत्र में प्रतिभागियों को ' +
  'हिंदी टिप्पण और आलेखन का अभ्यास कराया गया अध्यक्ष महोदय ने धन्यवाद ज्ञापन प्रस्तुत किया ' +
  'क्षेत्रीय कार्यालय के अधिकारियों ने प्रगति रिपोर्ट पढ़ी तिमाही लक्ष्य निर्धारित किए गए ' +
  'ज़िला इकाई सहकारी संस्था प्रशासनिक शब्दावली अनुवाद प्रतिवेदन संकल्प प्रस्ताव अनुमोदन ' +
  'उपस्थित पदाधिकारी कर्मचारी शुद्ध ज्ञान श्रमिक पार्टी सम्मेलन निर्णय सर्वसम्मति से पारित हुआ'
).split(' ');

/** A small, fast, seedable generator, so the same seed always gives the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hindiSentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'समिति');
  return `${picked.join(' ')}।`;
}

/** About 3 bytes per Devanagari letter in UTF-8, 1 per space: measured on this vocabulary. */
const BYTES_PER_CHAR = 2.6;
let corpus = '';

/**
 * Hindi prose of roughly `bytes` UTF-8 bytes. Long texts are cut from one shared corpus at a
 * varying offset, which keeps generating two gigabytes of reports fast.
 */
export function hindiProse(random: () => number, bytes: number): string {
  const chars = Math.round(bytes / BYTES_PER_CHAR);
  if (corpus.length < chars * 2) {
    const corpusRandom = seededRandom(7);
    const parts: string[] = [];
    let length = 0;
    while (length < chars * 2 + 1000) {
      const sentence = hindiSentence(corpusRandom, 8 + Math.floor(corpusRandom() * 12));
      parts.push(sentence);
      length += sentence.length + 1;
    }
    corpus = parts.join(' ');
  }
  const start = Math.floor(random() * (corpus.length - chars));
  return corpus.slice(start, start + chars);
}
