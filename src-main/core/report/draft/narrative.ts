import type { ReportBlock, ReportDoc } from '../../contract/index.js';
import { isPresent } from '../../attendance/counts.js';
import type { ReportFacts, SpeechFacts } from '../facts.js';
import { endsSentence, joinList, oneLine, sentence, withoutEnding } from '../text/report-strings.js';
import { attendanceGroups, buildDataBlock } from './data-blocks.js';
import { bulletList, dataBlock, doc, heading, orderedList, paragraph } from './nodes.js';
import { Phrases } from './phrases.js';
import { signatureOf } from './signature.js';

const THEMES_PER_CATEGORY = 5;

/** The narrative प्रतिवेदन, in the order of the seed report: what, who, what was said, what came of it. */
export function narrativeBody(facts: ReportFacts, refreshedAt: string): ReportDoc {
  const say = new Phrases(facts);
  const [first, ...laterSessions] = facts.sessions;
  const opening = [
    say.opening(),
    ...(first === undefined ? [] : [...say.roles(0, first), say.activities(0, first)]),
  ];
  const hasAttendance = facts.members.some((member) => isPresent(member.status));
  const hasFeedback = facts.feedback.total > 0;

  return doc([
    heading(1, facts.title),
    paragraphOf(opening),
    paragraphOf(attendanceSentences(say)),
    ...speechParagraphs(say, (speech) => (speech.sessionIndex ?? 0) === 0),
    facts.purpose === '' ? null : paragraph(sentence(say.strings.purpose, { kind: say.kind, purpose: say.complete(facts.purpose) })),
    ...contentBlocks(say),
    // Each later session in turn: who held its roles, what happened, then who spoke in it.
    ...laterSessions.flatMap((session, index) => [
      paragraphOf([...say.roles(index + 1, session), say.activities(index + 1, session)]),
      ...speechParagraphs(say, (speech) => speech.sessionIndex === index + 1),
    ]),
    paragraphOf(feedbackSentences(say)),
    ...outcomeBlocks(say),
    facts.occasion === ''
      ? null
      : paragraph(say.phraseOrSentence(say.strings.occasion, say.strings.occasionSentence, 'occasion', facts.occasion)),
    ...(hasAttendance || hasFeedback
      ? [
          heading(2, say.strings.appendix),
          hasAttendance ? dataBlock(buildDataBlock('attendanceByCategory', facts, refreshedAt)) : null,
          hasFeedback ? dataBlock(buildDataBlock('feedbackByCategory', facts, refreshedAt)) : null,
        ]
      : []),
    signatureOf(facts),
  ]);
}

export function paragraphOf(sentences: ReadonlyArray<string | null>): ReportBlock | null {
  const text = sentences.filter((part): part is string => part !== null && part !== '').join(' ');
  return text === '' ? null : paragraph(text);
}

/** Who took part: the typed summary of groups, and the counts from the check-in desk. */
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
  const groups = attendanceGroups(facts).filter((group) => group.present > 0);
  const present = groups.reduce((sum, group) => sum + group.present, 0);
  if (present === 0) return sentences;
  const named = groups.filter((group) => group.categoryId !== null);
  if (named.length === 0 || (groups.length === 1 && named.length === 1)) {
    sentences.push(say.plural(strings.attendance, 'total', present, {}));
  } else {
    const list = joinList(
      groups.map((group) => sentence(strings.attendance.group, { count: say.number(group.present), category: group.name })),
      strings,
    );
    sentences.push(say.plural(strings.attendance, 'byGroup', present, { groups: list }));
  }
  return sentences;
}

/** One paragraph per speech (of the sessions `included` picks), with the documents the speaker cited. */
export function speechParagraphs(say: Phrases, included: (speech: SpeechFacts) => boolean = () => true): ReportBlock[] {
  const { facts, strings } = say;
  return facts.speeches.filter(included).flatMap((speech, position) => {
    const session = speech.sessionIndex === null ? undefined : facts.sessions[speech.sessionIndex];
    const later = speech.sessionIndex !== null && speech.sessionIndex > 0 && session !== undefined;
    const values = {
      in: later ? sentence(strings.sessionIn, { session: session.name }) : '',
      speaker: say.person(speech.speaker),
      // "समापन सत्र में … ने कार्यशाला को संबोधित किया", not the session's name twice.
      subject: say.kind,
      summary: speech.summary === '' ? '' : say.complete(speech.summary),
    };
    const template = speech.summary === '' ? strings.speech.noSummary : position === 0 ? strings.speech.first : strings.speech.next;
    const block = paragraphOf([sentence(template, values), say.citations(speech.citations)]);
    return block === null ? [] : [block];
  });
}

export function contentBlocks(say: Phrases): Array<ReportBlock | null> {
  const points = say.facts.contentPoints;
  const [only] = points;
  if (only === undefined) return [];
  if (points.length === 1) return [paragraph(say.phraseOrSentence(say.strings.content.one, say.strings.content.oneSentence, 'point', only))];
  return [paragraph(sentence(say.strings.content.many, { kind: say.kind })), bulletList(points.map(oneLine))];
}

/** "… को 20 टिप्पणियाँ प्राप्त हुईं।" and what each category of them said. */
export function feedbackSentences(say: Phrases): string[] {
  const { facts, strings } = say;
  if (facts.feedback.total === 0) return [];
  const received =
    facts.organiser === ''
      ? say.plural(strings.feedback, 'receivedNoRecipient', facts.feedback.total, {})
      : say.plural(strings.feedback, 'received', facts.feedback.total, { recipient: facts.organiser });
  const themeTemplates: Record<string, string> = strings.feedback.themes;
  const themes = facts.feedback.categories.flatMap((category) => {
    const texts = category.texts.map(withoutEnding).filter((text) => text !== '');
    if (texts.length === 0) return [];
    const shown = texts.slice(0, THEMES_PER_CATEGORY).join(strings.feedback.themeSeparator);
    const list = texts.length > THEMES_PER_CATEGORY ? sentence(strings.feedback.more, { themes: shown }) : shown;
    const template = (category.id === null ? undefined : themeTemplates[category.id]) ?? strings.feedback.themes.other;
    return [sentence(template, { themes: list, category: category.name || say.kind })];
  });
  return [received, ...themes];
}

export function outcomeBlocks(say: Phrases): Array<ReportBlock | null> {
  const outcomes = say.facts.outcomes;
  const [only] = outcomes;
  if (only === undefined) return [];
  if (outcomes.length === 1) return [paragraph(sentence(say.strings.outcomes.one, { kind: say.kind, outcome: say.complete(only) }))];
  return [paragraph(sentence(say.strings.outcomes.many, { kind: say.kind })), orderedList(outcomes.map(oneLine))];
}

