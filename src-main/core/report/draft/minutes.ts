import { VOTE_OF_THANKS_ROLE_ID, type ReportBlock, type ReportDoc } from '../../contract/index.js';
import type { ProceedingFacts, ReportFacts, RoleFacts } from '../facts.js';
import { numericDate } from '../text/numbers.js';
import { oneLine, sentence } from '../text/report-strings.js';
import { buildDataBlock, unmarkedInvitees } from './data-blocks.js';
import { paragraphOf } from './narrative.js';
import { dataBlock, doc, heading, labelled, orderedList, paragraph } from './nodes.js';
import { Phrases } from './phrases.js';
import { sessionSentenceTexts } from './session-text.js';
import { speechSentences } from './speech-text.js';
import { chairSignatureOf, signatureOf } from './signature.js';

/**
 * कार्यवृत्त as section 2 of the style guide lays it out: the organiser's name, number and
 * date; the opening sentence with time, place and chair; who was present and absent (never
 * claiming an absence that was not recorded); the agenda with each item's discussion and
 * decision; the close with who gave the vote of thanks; the signatures.
 */
export function minutesBody(facts: ReportFacts, refreshedAt: string): ReportDoc {
  const say = new Phrases(facts);
  const text = say.strings.minutes;
  const organiser = facts.organiser || facts.organisation.name;
  const dates = facts.dates.map((date) => numericDate(date, facts.digits)).filter((date) => date !== '');
  const headerLine = [
    facts.referenceNumber === '' ? '' : sentence(text.reference, { reference: facts.referenceNumber }),
    dates.length === 0 ? '' : sentence(text.date, { date: dates.join(', ') }),
  ].filter((part) => part !== '');
  const chairs = facts.sessions.flatMap((session) => session.roles.filter((role) => role.roleId === 'role-chair')).slice(0, 1);
  const unmarked = unmarkedInvitees(facts);

  return doc([
    organiser === '' ? null : heading(1, organiser),
    headerLine.length === 0 ? null : paragraph(headerLine.length === 2 ? sentence(text.headerLine, { first: headerLine[0] ?? '', second: headerLine[1] ?? '' }) : (headerLine[0] ?? '')),
    labelled(text.heading, `— ${sentence(text.subject, { subject: facts.title })}`),
    paragraph(openingSentence(say, dates[0] ?? '', chairs[0])),
    paragraphOf(proceedingSentences(say)),
    dataBlock(buildDataBlock('presentMembers', facts, refreshedAt)),
    dataBlock(buildDataBlock('absentMembers', facts, refreshedAt)),
    unmarked === 0
      ? null
      : paragraph(say.plural(text, 'unmarked', unmarked, { member: memberWord(say, 'one'), members: memberWord(say, 'other') })),
    ...agendaBlocks(say),
    paragraphOf([closingSentence(say)]),
    signatureOf(facts),
    say.isMeeting && chairs[0]?.holders[0] !== undefined ? chairSignatureOf(facts, say.people.titled(chairs[0].holders[0])) : null,
  ]);
}

/** "<बैठक> दिनांक 05.11.2024 को प्रातः 11:00 बजे <स्थान> में <अध्यक्ष> की अध्यक्षता में आयोजित की गई।" */
function openingSentence(say: Phrases, date: string, chair: RoleFacts | undefined): string {
  const { facts } = say;
  const text = say.strings.minutes;
  // A title that already says what the programme was ("… की मासिक बैठक") is its own subject.
  const what = say.titleNamesKind ? facts.title : sentence(text.what, { title: facts.title, kind: say.kind });
  const place = say.place();
  const firstStart = facts.sessions[0]?.startTime ?? facts.startTime;
  return sentence(say.kindIsFeminine ? text.openingFeminine : text.openingMasculine, {
    what,
    date: date === '' ? '' : sentence(text.onDate, { date }),
    time: say.clock(firstStart),
    where: place === '' ? '' : sentence(say.strings.opening.where, { venue: place }),
    chair: chair === undefined ? '' : sentence(text.chair, { chair: say.people.list(chair.holders, (items) => say.also(items)) }),
  });
}

/**
 * Guests, rituals, activities and roles where they happened; the chair is in the opening, the
 * vote of thanks in the close and the speeches under the discussion, so none is said twice.
 */
function proceedingSentences(say: Phrases): string[] {
  // A speaker whose speech is minuted under the discussion is not also said to have spoken here.
  const speakers = new Set(say.facts.speeches.map((speech) => speech.speaker.key));
  const kept = (item: ProceedingFacts): ProceedingFacts[] => {
    if (item.kind === 'activity') return [item];
    if (item.kind !== 'role' || item.role.roleId === VOTE_OF_THANKS_ROLE_ID) return [];
    const holders = item.role.roleId === 'role-speaker' ? item.role.holders.filter((holder) => !speakers.has(holder.key)) : item.role.holders;
    return holders.length === 0 ? [] : [{ kind: 'role', role: { ...item.role, holders } }];
  };
  return say.facts.sessions.flatMap((session) =>
    sessionSentenceTexts(say, {
      ...session,
      presiding: session.presiding.filter((role) => role.roleId !== 'role-chair'),
      proceedings: session.proceedings.flatMap(kept),
    }),
  );
}

/** The agenda, each item with its discussion and its decision; without one, what the record has. */
function agendaBlocks(say: Phrases): Array<ReportBlock | null> {
  const { facts } = say;
  const text = say.strings.minutes;
  const speeches = facts.speeches.map((speech) => paragraphOf(speechSentences(say, speech, '')));
  if (facts.agenda.length > 0) {
    const items = facts.agenda.map((item) => {
      const details = [
        item.discussion === '' ? '' : sentence(text.discussion, { text: say.complete(item.discussion) }),
        item.decision === '' ? '' : sentence(text.decision, { text: say.complete(item.decision) }),
      ].filter((part) => part !== '');
      return details.length === 0 ? oneLine(item.subject) : sentence(text.agendaItem, { subject: say.inner(item.subject), details: details.join(' ') });
    });
    return [
      paragraph(text.agendaHeading),
      orderedList(items),
      ...(speeches.length === 0 ? [] : [heading(2, text.discussionHeading), ...speeches]),
      ...(facts.outcomes.length === 0 ? [] : [heading(2, text.decisionsHeading), orderedList(facts.outcomes.map((outcome) => say.complete(outcome)))]),
    ];
  }
  const agenda = facts.contentPoints.length > 0 ? facts.contentPoints : facts.purpose === '' ? [] : [facts.purpose];
  return [
    ...(agenda.length === 0 ? [] : [paragraph(text.agendaHeading), orderedList(agenda.map(oneLine))]),
    ...(speeches.length === 0 ? [] : [heading(2, text.discussionHeading), ...speeches]),
    ...(facts.outcomes.length === 0 ? [] : [heading(2, text.decisionsHeading), orderedList(facts.outcomes.map((outcome) => say.complete(outcome)))]),
  ];
}

/** "बैठक दोपहर 12:30 बजे सदस्य सचिव श्रीमती रेखा तिवारी द्वारा धन्यवाद ज्ञापन के साथ समाप्त हुई।" */
function closingSentence(say: Phrases): string {
  const { facts } = say;
  const text = say.strings.minutes;
  const thanks = facts.sessions.flatMap((session) => session.roles.filter((role) => role.roleId === VOTE_OF_THANKS_ROLE_ID)).at(-1);
  const lastEnd = [...facts.sessions].reverse().find((session) => session.endTime !== null)?.endTime ?? facts.endTime;
  const time = say.clock(lastEnd);
  const feminine = say.kindIsFeminine;
  if (thanks !== undefined) {
    const person = say.people.list(thanks.holders, (items) => say.also(items));
    return sentence(feminine ? text.closingWithThanksFeminine : text.closingWithThanksMasculine, { kind: say.kind, time, person });
  }
  return time === '' ? '' : sentence(feminine ? text.closingFeminine : text.closingMasculine, { kind: say.kind, time });
}

function memberWord(say: Phrases, count: 'one' | 'other'): string {
  const words: Record<string, string> = say.strings.minutes.member;
  return words[`${say.isMeeting ? 'meeting' : 'other'}_${count}`] ?? '';
}
