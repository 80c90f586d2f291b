import type { ReportBlock, ReportDoc } from '../../contract/index.js';
import { isPresent } from '../../attendance/counts.js';
import type { ReportFacts } from '../facts.js';
import { oblique, textForm } from '../grammar/text-form.js';
import { endsSentence, joinList, oneLine, sentence, withoutEnding } from '../text/report-strings.js';
import { attendanceGroups, buildDataBlock, organisationGroups } from './data-blocks.js';
import { feedbackSentences } from './feedback-text.js';
import { bulletList, dataBlock, doc, heading, orderedList, paragraph } from './nodes.js';
import { Phrases } from './phrases.js';
import { sessionParagraphs } from './session-text.js';
import { signatureOf } from './signature.js';

const ORGANISATIONS_IN_A_SENTENCE = 4;

/**
 * The narrative प्रतिवेदन in the order of the style guide: the opening sentence; each session
 * in turn; who took part; purpose and content; the comments; outcomes; the occasion; the
 * appendix tables and the signature.
 */
export function narrativeBody(facts: ReportFacts, refreshedAt: string): ReportDoc {
  const say = new Phrases(facts);
  const hasAttendance = facts.members.some((member) => isPresent(member.status));
  const hasFeedback = facts.feedback.total > 0;
  const opening = say.opening();
  const sessions = sessionParagraphs(say);

  return doc([
    heading(1, facts.title),
    paragraphOf([opening]),
    ...sessions.map(paragraphOf),
    paragraphOf(attendanceSentences(say)),
    purposeBlock(say),
    ...contentBlocks(say),
    paragraphOf(feedbackSentences(say)),
    ...outcomeBlocks(say),
    occasionBlock(say),
    ...(hasAttendance || hasFeedback
      ? [
          heading(2, say.strings.appendix),
          hasAttendance ? dataBlock(buildDataBlock('attendanceByCategory', facts, refreshedAt)) : null,
          hasAttendance && organisationGroups(facts).filter((group) => group.named).length > 1 ? dataBlock(buildDataBlock('attendanceByOrganisation', facts, refreshedAt)) : null,
          hasFeedback ? dataBlock(buildDataBlock('feedbackByCategory', facts, refreshedAt)) : null,
        ]
      : []),
    signatureOf(facts),
  ]);
}

export function paragraphOf(sentences: ReadonlyArray<string | null>): ReportBlock | null {
  // An English sentence may begin with a role ("the chief guest …"); it starts with a capital all the same.
  const text = sentences
    .filter((part): part is string => part !== null && part !== '')
    .map((part) => part.replace(/^[a-z]/u, (letter) => letter.toUpperCase()))
    .join(' ');
  return text === '' ? null : paragraph(text);
}

/**
 * Who took part: the typed summary of groups, then the count with its groups ("कुल 38
 * प्रतिभागियों ने भाग लिया: शाखा प्रबंधक 24 तथा लेखापाल 14।"), and by organisation when people
 * came from more than one.
 */
export function attendanceSentences(say: Phrases): string[] {
  const { facts, strings } = say;
  const sentences: string[] = [];
  if (facts.attendeeSummary !== '') {
    // A list of groups ("नेता; सदस्य") becomes one sentence; a sentence the secretary wrote stays as written.
    const groups = facts.attendeeSummary.split(/\s*[;\n]\s*/).map(withoutEnding).filter((group) => group !== '');
    sentences.push(
      endsSentence(oneLine(facts.attendeeSummary)) && groups.length === 1
        ? say.complete(facts.attendeeSummary)
        : sentence(strings.attendance.summary, { kind: say.kind, groups: joinList(groups, strings) }),
    );
  }
  const count = participationSentence(say);
  if (count === '') return sentences;
  sentences.push(count);
  // People with no organisation given are counted, but a sentence cannot say where they came from.
  const organisations = organisationGroups(facts).filter((group) => group.present > 0 && group.named);
  // Beyond four organisations a sentence would read as a list; the appendix table has them all.
  if (organisations.length > ORGANISATIONS_IN_A_SENTENCE) {
    sentences.push(sentence(strings.attendance.byOrganisationMany, { count: say.number(organisations.length) }));
  } else if (organisations.length > 1) {
    const list = say.also(organisations.map((group) => sentence(strings.attendance.organisationGroup, { count: say.number(group.present), organisation: group.name })));
    sentences.push(sentence(strings.attendance.byOrganisation, { groups: list }));
  }
  return sentences;
}

/** "प्रशिक्षण में कुल 38 प्रतिभागियों ने भाग लिया: शाखा प्रबंधक 24 तथा लेखापाल 14।", or '' when nobody was marked present. */
export function participationSentence(say: Phrases): string {
  const { facts, strings } = say;
  const groups = attendanceGroups(facts).filter((group) => group.present > 0);
  const present = groups.reduce((sum, group) => sum + group.present, 0);
  if (present === 0) return '';
  const named = groups.filter((group) => group.categoryId !== null);
  // A committee's members "उपस्थित रहे"; a workshop's participants "ने भाग लिया".
  const [total, byGroup] = say.isMeeting ? ['meetingTotal', 'meetingByGroup'] : ['total', 'byGroup'];
  if (named.length === 0 || (groups.length === 1 && named.length === 1)) return say.plural(strings.attendance, total, present, {});
  const list = say.also(groups.map((group) => sentence(strings.attendance.group, { count: say.number(group.present), category: group.name })));
  return say.plural(strings.attendance, byGroup, present, { groups: list });
}

/** "कार्यशाला का उद्देश्य … था।" for a phrase; a purpose written as sentences keeps its words after a colon. */
function purposeBlock(say: Phrases): ReportBlock | null {
  const purpose = say.facts.purpose;
  if (purpose === '') return null;
  const form = say.facts.language === 'hi' ? textForm(oneLine(purpose)) : 'quote';
  return form === 'noun'
    ? paragraph(sentence(say.strings.purpose.phrase, { kind: say.kind, purpose: say.inner(purpose) }))
    : paragraph(sentence(say.strings.purpose.sentence, { kind: say.kind, purpose: say.complete(purpose) }));
}

export function contentBlocks(say: Phrases): Array<ReportBlock | null> {
  const points = say.facts.contentPoints;
  const [only] = points;
  if (only === undefined) return [];
  if (points.length === 1) {
    const form = say.facts.language === 'hi' ? textForm(oneLine(only)) : 'quote';
    return [
      paragraph(
        form === 'noun'
          ? sentence(say.strings.content.one, { kind: say.kind, point: oblique(say.inner(only)) })
          : sentence(say.strings.content.oneSentence, { kind: say.kind, point: say.complete(only) }),
      ),
    ];
  }
  return [paragraph(sentence(say.strings.content.many, { kind: say.kind })), bulletList(points.map(oneLine))];
}

/** "<कार्यक्रम> के परिणाम एवं निर्णय निम्नानुसार रहे:" and the list, each item a sentence. */
export function outcomeBlocks(say: Phrases): Array<ReportBlock | null> {
  const outcomes = say.facts.outcomes;
  if (outcomes.length === 0) return [];
  return [paragraph(sentence(say.strings.outcomes.heading, { kind: say.kind })), orderedList(outcomes.map((outcome) => say.complete(outcome)))];
}

/**
 * The occasion, stated and never judged: "यह कार्यशाला हिंदी दिवस के अवसर पर आयोजित की गई।",
 * or "… के अंतर्गत …" when the occasion is a series or campaign. An occasion the secretary
 * wrote as a sentence stays as written.
 */
function occasionBlock(say: Phrases): ReportBlock | null {
  const typed = oneLine(say.facts.occasion);
  if (typed === '') return null;
  const form = say.facts.language === 'hi' ? textForm(typed) : 'noun';
  if (form === 'deed' || form === 'statement') return paragraph(say.complete(typed));
  const text = say.strings.occasion;
  // "हिंदी पखवाड़े के अंतर्गत।" typed as the occasion: the words before the postposition are the occasion.
  const trailing = /\s+के\s+(अंतर्गत|अवसर पर|उपलक्ष्य में)$/u.exec(say.inner(typed));
  const occasion = trailing === null ? say.inner(typed) : say.inner(typed).slice(0, trailing.index);
  const series = trailing?.[1] === 'अंतर्गत' || text.seriesWords.split(' ').some((word) => word !== '' && occasion.includes(word));
  const template = series ? (say.kindIsFeminine ? text.seriesFeminine : text.seriesMasculine) : say.kindIsFeminine ? text.feminine : text.masculine;
  return paragraph(sentence(template, { kind: say.kind, occasion: oblique(occasion) }));
}
