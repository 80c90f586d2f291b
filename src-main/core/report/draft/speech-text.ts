import type { SummaryStyle } from '../../contract/index.js';
import type { SpeechFacts } from '../facts.js';
import { asQuotation, bareText, oblique, sentencesOf, textForm, withPhraseVerb, type TextForm } from '../grammar/text-form.js';
import { sentence } from '../text/report-strings.js';
import type { Phrases } from './phrases.js';

/**
 * A summary that names its own speaker as the subject near its start ("अध्यक्ष ने …" from the
 * chair, "समापन पर अध्यक्ष ने …", "उन्होंने …"): the summary with that subject and its "ने"
 * taken out, so the sentence can put the speaker's name in their place. Null when the subject
 * is someone else ("विभागों ने …"), whose clause then keeps its own subject after "कहा कि".
 */
function withoutOwnSubject(summary: string, speech: SpeechFacts, say: Phrases, roleTitle: string): string | null {
  const pronoun = /^उन्होंने\s+/u.exec(summary);
  if (pronoun !== null) return summary.slice(pronoun[0].length);
  const words = summary.split(/\s+/u);
  const at = words.indexOf('ने');
  if (at < 1 || at > 4) return null;
  // Only words that name this speaker: another role word ("अध्यक्ष ने जो सुझाव दिए …" said by a guest) names someone else.
  const own = new Set([roleTitle, speech.speaker.designation, speech.speaker.name, say.people.titled(speech.speaker)].map((word) => word.trim()).filter((word) => word !== ''));
  for (let length = Math.min(3, at); length >= 1; length -= 1) {
    if (own.has(words.slice(at - length, at).join(' '))) return [...words.slice(0, at - length), ...words.slice(at + 1)].join(' ');
  }
  return null;
}

/** The vowel signs a past verb ends with (किया, की, किए, कीं); a noun phrase like "… का महत्व" has none. */
const PAST_LIKE_ENDING = /(?:ा|ी|े|ीं|ए|ाँ)$/u;

/** Pronouns that open a sentence which already names who spoke. */
const OWN_SUBJECT = /^(?:उन्होंने|उनके|उनका|उनकी|वे|वह|इन्होंने)\s/u;

const FORM_OF_STYLE: Record<Exclude<SummaryStyle, 'auto'>, TextForm> = { did: 'deed', said: 'statement', quote: 'quote' };

/**
 * The sentences of one speech, built around its summary the way the summary was written:
 * "… ने <what they did>।", "… ने कहा कि <what they said>।", or their words in quotation
 * marks. A summary of several sentences gives the first to the speaker and each later one to
 * "उन्होंने". `roleTitle` is the role the speaker holds in this session ("मुख्य अतिथि"), which
 * the sentence carries instead of a second introduction.
 */
export function speechSentences(say: Phrases, speech: SpeechFacts, roleTitle: string): string[] {
  const text = say.strings.speech;
  const speaker = say.people.mention(speech.speaker, { roleTitle });
  const withRole = roleTitle !== '';
  const summary = withoutLeadingSaid(speech.summary);
  const parts = speech.style === 'quote' ? [summary.replace(/\s+/gu, ' ').trim()].filter((part) => part !== '') : sentencesOf(summary);
  const [typedFirst, ...rest] = parts;
  // A note like "हिंदी के प्रयोग पर बल" gets the verb that makes it a deed: "… पर बल दिया".
  const first = typedFirst === undefined || say.facts.language !== 'hi' || speech.style === 'quote' ? typedFirst : (withPhraseVerb(typedFirst) ?? typedFirst);
  const citations = say.citations(speech.citations);
  if (first === undefined) return [sentence(text.noSummary, { speaker, subject: say.kind }), ...(citations === null ? [] : [citations])];

  const firstForm = formOf(say, first, speech.style);
  const ownSubject = say.facts.language === 'hi' && speech.style === 'auto' ? withoutOwnSubject(first, speech, say, roleTitle) : null;
  const opening = (() => {
    // "अध्यक्ष ने … शुभकामनाएँ दीं और कहा कि …": the summary names its speaker by role; the sentence names them instead.
    if (ownSubject !== null) return `${sentence(withRole ? text.deedWithRole : text.deed, { speaker, summary: say.inner(ownSubject) })}${say.stop}`;
    switch (firstForm) {
      case 'deed':
        return `${sentence(withRole ? text.deedWithRole : text.deed, { speaker, summary: say.inner(first) })}${say.stop}`;
      case 'statement':
        return `${sentence(withRole ? text.statementWithRole : text.statement, { speaker, summary: say.inner(first) })}${say.stop}`;
      case 'noun':
        return sentence(text.noun, { speaker, summary: oblique(say.inner(first)) });
      case 'quote':
        return sentence(text.quote, { speaker, summary: asQuotation(first, say.stop) });
    }
  })();
  const later = rest.map((part) => {
    // A later sentence the secretary began with its own subject ("उन्होंने बताया कि …") stands as written.
    if (say.facts.language === 'hi' && OWN_SUBJECT.test(part)) return say.complete(part);
    switch (formOf(say, part, 'auto')) {
      case 'deed':
        return `${sentence(text.moreDeed, { summary: say.inner(part) })}${say.stop}`;
      case 'statement':
        return `${sentence(text.moreStatement, { summary: say.inner(part) })}${say.stop}`;
      case 'noun':
        return sentence(text.moreNoun, { summary: oblique(say.inner(part)) });
      case 'quote':
        return sentence(text.moreQuote, { summary: asQuotation(part, say.stop) });
    }
  });
  return [opening, ...later, ...(citations === null ? [] : [citations])];
}

/**
 * The form a summary's sentence takes. The secretary's choice is kept, except that a summary
 * that cannot stand in a sentence at all (one word, English, a question) is always quoted, and
 * an English report quotes every Hindi summary, since its sentences cannot take Hindi clauses.
 */
function formOf(say: Phrases, text: string, style: SummaryStyle): TextForm {
  const detected = textForm(text);
  if (say.facts.language !== 'hi' || detected === 'quote') return 'quote';
  if (style === 'auto') return detected;
  // A choice the summary's words cannot carry ("… ने <a statement>") would break the sentence, so the words win.
  const chosen = FORM_OF_STYLE[style];
  // "What they did" also fits a summary whose verb the lists do not know but which ends like a past form.
  const fits =
    chosen === 'quote' ||
    chosen === detected ||
    (chosen === 'deed' && detected === 'noun' && PAST_LIKE_ENDING.test(bareText(text)) && !text.includes(' ने '));
  return fits ? chosen : detected;
}

/** "कहा कि …" typed at the start of a summary is the sentence's own "ने कहा कि", not a second one. */
function withoutLeadingSaid(summary: string): string {
  return summary.trim().replace(/^(?:उन्होंने\s+)?कहा\s+कि\s+/u, '');
}

