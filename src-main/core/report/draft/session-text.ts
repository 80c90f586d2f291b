import { VOTE_OF_THANKS_ROLE_ID, isOpeningRitual } from '../../contract/index.js';
import type { PersonFacts } from '../grammar/people-text.js';
import { oblique, textForm } from '../grammar/text-form.js';
import type { ProceedingFacts, RoleFacts, SessionFacts, SpeechFacts } from '../facts.js';
import { joinList, sentence } from '../text/report-strings.js';
import type { Phrases } from './phrases.js';
import { speechSentences } from './speech-text.js';

/** A paragraph longer than this many sentences is continued in a new one at the next speech. */
const SENTENCES_PER_PARAGRAPH = 6;

type Sentence = { text: string; namesSession: boolean; startsSpeech: boolean };

/**
 * The sessions in order, each as the paragraphs a report gives it: the roles that frame it,
 * then what happened in the order it happened, the vote of thanks last. With one session its
 * roles belong to the programme ("कार्यशाला की अध्यक्षता …"); with several each session is
 * named once, and a session on a later day says which day it was.
 */
export function sessionParagraphs(say: Phrases): string[][] {
  const { facts } = say;
  const several = facts.sessions.length > 1;
  const firstDate = [...facts.dates].sort()[0] ?? '';
  let previousDate = firstDate;
  const paragraphs = facts.sessions.flatMap((session) => {
    const laterDay = session.date !== '' && session.date !== previousDate && session.date > firstDate ? laterDayText(say, session.date) : '';
    if (session.date !== '') previousDate = session.date;
    return split(say, sessionSentences(say, session, several), laterDay, several && session.name !== '' ? sentence(say.strings.session.in, { session: oblique(session.name) }) : '');
  });
  const loose = facts.speeches.filter((speech) => speech.sessionIndex === null);
  const looseSentences = loose.map((speech) => speechSentences(say, speech, ''));
  return [...paragraphs, ...looseSentences.filter((part) => part.length > 0)];
}

/** "दूसरे दिन, 9 अगस्त 2024 को," for a session on the programme's second day. */
function laterDayText(say: Phrases, date: string): string {
  const days = [...new Set(say.facts.dates)].sort();
  const position = days.indexOf(date) + 1;
  if (position < 2) return '';
  const ordinals: Record<string, string> = say.strings.dayOrdinal;
  const ordinal = sentence(ordinals[String(position)] ?? say.strings.dayOrdinal.other, { count: say.number(position) });
  return sentence(say.strings.session.laterDay, { ordinal, date: say.date([date]) });
}

/** A session's sentences as plain text, for templates that place them themselves (the minutes). */
export function sessionSentenceTexts(say: Phrases, session: SessionFacts): string[] {
  return sessionSentences(say, session, false).map((entry) => entry.text);
}

function sessionSentences(say: Phrases, session: SessionFacts, several: boolean): Sentence[] {
  const text = say.strings.session;
  // "पहले दिन का सत्र" stands before "की अध्यक्षता" and "में" in the oblique: "पहले दिन के सत्र की …".
  const subjectName = several ? oblique(session.name) || text.this : say.kind;
  const speakers = new Set(session.proceedings.flatMap((item) => (item.kind === 'speech' ? [item.speech.speaker.key] : [])));
  const sentences: Sentence[] = presidingSentences(say, session, subjectName, speakers);
  let named = sentences.some((entry) => entry.namesSession);
  const subject = () => (named && several ? text.this : subjectName);

  const items = session.proceedings;
  let index = 0;
  let afterRituals = false;
  while (index < items.length) {
    const item = items[index] as ProceedingFacts;
    if (item.kind === 'activity') {
      const run = takeRun(items, index, (next) => next.kind === 'activity' && isRitual(next) === isRitual(item));
      index += run.length;
      const activities = run.flatMap((entry) => (entry.kind === 'activity' ? [entry] : []));
      if (isRitual(item)) {
        sentences.push({ text: sentence(text.rituals, { subject: subject(), rituals: joinList(activities.map(activityName), say.strings) }), namesSession: true, startsSpeech: false });
        named = true;
        afterRituals = true;
        continue;
      }
      const clauses = joinList(activities.map((activity) => activityClause(say, activity)), say.strings);
      const where = named ? (several ? text.this : say.kind) : subjectName;
      sentences.push({ text: then(say, afterRituals, sentence(text.activities, { in: sentence(text.in, { session: where }), activities: clauses })), namesSession: true, startsSpeech: false });
      named = true;
    } else if (item.kind === 'role') {
      index += 1;
      const holders = item.role.roleId === 'role-speaker' ? item.role.holders.filter((holder) => !speakers.has(holder.key)) : item.role.holders;
      if (holders.length === 0) continue;
      const last = index === items.length && sentences.length > 0 && item.role.roleId === VOTE_OF_THANKS_ROLE_ID;
      const roleText = roleSentence(say, { ...item.role, holders }, subject());
      const usesSubject = /\{\{subject\}\}/u.test(roleTemplate(say, item.role.roleId, holders));
      // The compere and convener ran the whole session, so their sentence never says "तत्पश्चात्".
      const framing = item.role.roleId === 'role-compere' || item.role.roleId === 'role-convener';
      sentences.push({ text: last ? `${text.finally} ${roleText}` : then(say, afterRituals && !framing, roleText), namesSession: usesSubject, startsSpeech: false });
      named ||= usesSubject;
    } else {
      index += 1;
      const spoken = speechSentences(say, item.speech, presidingTitle(say, session, item.speech));
      spoken.forEach((part, at) => sentences.push({ text: at === 0 ? then(say, afterRituals, part) : part, namesSession: false, startsSpeech: at === 0 }));
    }
    afterRituals = false;
  }
  return sentences;
}

/**
 * The chair and guests of a session, the chair's sentence joined to the first guest's with
 * "तथा" as reports write it. A key speaker who also spoke is left to the speech's sentence,
 * which names the role, so nobody is introduced twice.
 */
function presidingSentences(say: Phrases, session: SessionFacts, subject: string, speakers: ReadonlySet<string>): Sentence[] {
  const roles = session.presiding
    .map((role) => (role.roleId === 'role-key-speaker' ? { ...role, holders: role.holders.filter((holder) => !speakers.has(holder.key)) } : role))
    .filter((role) => role.holders.length > 0);
  const texts = roles.map((role) => roleSentence(say, role, subject));
  const [chairRole] = roles;
  const [first, second, ...rest] = texts;
  if (first === undefined || chairRole === undefined) return [];
  const chairs = chairRole.roleId === 'role-chair';
  const joined =
    chairs && second !== undefined
      ? sentence(say.strings.presidingJoin, { first: first.replace(/[।.]$/u, ''), second })
      : first;
  const remaining = chairs && second !== undefined ? rest : [second, ...rest].filter((entry): entry is string => entry !== undefined);
  return [{ text: joined, namesSession: chairs, startsSpeech: false }, ...remaining.map((entry) => ({ text: entry, namesSession: false, startsSpeech: false }))];
}

function roleTemplate(say: Phrases, roleId: string, holders: readonly PersonFacts[]): string {
  const templates: Record<string, string> = say.strings.roles;
  const female = holders.length > 0 && holders.every((holder) => holder.gender === 'female');
  return (female ? templates[`${roleId}_female`] : undefined) ?? templates[roleId] ?? say.strings.roles.other;
}

/** One role's sentence: "उद्घाटन सत्र की अध्यक्षता बैंक के अध्यक्ष श्री … ने की।" */
export function roleSentence(say: Phrases, role: RoleFacts, subject: string): string {
  return sentence(roleTemplate(say, role.roleId, role.holders), {
    names: say.people.list(role.holders, (items) => joinList(items, say.strings)),
    role: role.roleName,
    subject,
  });
}

/** The role a speaker presides over this session with, so their speech is introduced by it. */
export function presidingTitle(say: Phrases, session: SessionFacts, speech: SpeechFacts): string {
  const titles: Record<string, string> = say.strings.people.roleTitles;
  const role = session.presiding.find((entry) => entry.holders.some((holder) => holder.key === speech.speaker.key));
  return role === undefined ? '' : (titles[role.roleId] ?? '');
}

function isRitual(item: ProceedingFacts): boolean {
  return item.kind === 'activity' && isOpeningRitual(item.activityId, item.name || item.text);
}

function activityName(activity: Extract<ProceedingFacts, { kind: 'activity' }>): string {
  return activity.name !== '' ? activity.name : activity.text;
}

/** "प्रश्नोत्तरी प्रतियोगिता आयोजित की गई": the clause an activity of the list makes, or "<पाठ> का आयोजन किया गया". */
function activityClause(say: Phrases, activity: Extract<ProceedingFacts, { kind: 'activity' }>): string {
  const clauses: Record<string, string> = say.strings.activities;
  const own = activity.activityId === null ? undefined : clauses[activity.activityId];
  if (own !== undefined) {
    return activity.text === '' ? own : sentence(say.strings.activities.withNote, { clause: own, note: activity.text });
  }
  // An activity typed as a whole clause ("प्रतिभागियों ने टिप्पण का अभ्यास किया") is its own clause.
  const form = say.facts.language === 'hi' ? textForm(activityName(activity)) : 'noun';
  if (form === 'deed' || form === 'statement') return say.inner(activityName(activity));
  return sentence(say.strings.activities.other, { activity: oblique(activityName(activity)) });
}

/** "तत्पश्चात् …" for what came right after the opening rituals. */
function then(say: Phrases, afterRituals: boolean, text: string): string {
  if (!afterRituals) return text;
  // English continues the sentence after "Then,": "Then, in the workshop, …".
  const rest = say.facts.language === 'en' ? text.replace(/^[A-Z](?=[a-z])/u, (letter) => letter.toLowerCase()) : text;
  return `${say.strings.session.then} ${rest}`;
}

function takeRun<T>(items: readonly T[], from: number, belongs: (item: T) => boolean): T[] {
  const run: T[] = [];
  for (let index = from; index < items.length && belongs(items[index] as T); index += 1) run.push(items[index] as T);
  return run;
}

/**
 * Groups a session's sentences into paragraphs: the first opens with the later day and, when
 * its first sentence does not name the session, with "<सत्र> में"; a long session continues in
 * a new paragraph at a speech.
 */
function split(say: Phrases, sentences: readonly Sentence[], laterDay: string, sessionIn: string): string[][] {
  const [first, ...rest] = sentences;
  if (first === undefined) return [];
  const prefixed = laterDay !== '' || (!first.namesSession && sessionIn !== '');
  // English runs on after "On the second day," and "In the session,": "…, the closing session was chaired …".
  const firstText = prefixed && say.facts.language === 'en' ? first.text.replace(/^[A-Z](?=[a-z])/u, (letter) => letter.toLowerCase()) : first.text;
  const opener = [laterDay, first.namesSession ? '' : sessionIn, firstText].filter((part) => part !== '').join(' ');
  const paragraphs: string[][] = [[opener]];
  for (const entry of rest) {
    const current = paragraphs[paragraphs.length - 1] as string[];
    if (entry.startsSpeech && current.length >= SENTENCES_PER_PARAGRAPH) paragraphs.push([entry.text]);
    else current.push(entry.text);
  }
  return paragraphs;
}
