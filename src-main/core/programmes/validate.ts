import type { z } from 'zod';
import {
  TEXT_LIMITS,
  type programmeInputSchema,
  type Holder,
  type Lists,
  type ProgrammeDay,
  type Session,
  type Speech,
} from '../contract/index.js';
import { FieldChecker } from './field-checker.js';
import type { StoredProgramme } from './document.js';

export type ParsedProgrammeInput = z.output<typeof programmeInputSchema>;

/** The parts of a programme a form edits; everything but its id, feedback, attendance and timestamps. */
export type ProgrammeContent = Omit<StoredProgramme, 'id' | 'feedback' | 'attendance' | 'createdAt' | 'updatedAt' | 'removedAt'>;

export interface ProgrammeRules {
  lists: Lists;
  /** True for people in the directory who may be named as holders now. */
  isActivePerson: (id: string) => boolean;
  /**
   * People the stored programme already names. They stay valid even if they have left the
   * directory since, or an old programme could never be edited again.
   */
  knownPersonIds: ReadonlySet<string>;
  citationExists: (id: string) => boolean;
  newId: () => string;
}

/**
 * Cleans a programme as sent by the form and checks every rule, reporting all problems at once
 * under their field paths. Throws AppError('validation.failed'); returns the content to store.
 */
export function validateProgramme(input: ParsedProgrammeInput, rules: ProgrammeRules): ProgrammeContent {
  const check = new FieldChecker();
  const days = checkDays(check, input.days);
  const dayDates = new Set(days.map((day) => day.date));
  const sessions = input.sessions.map((session, index) => checkSession(check, `sessions.${index}`, session, dayDates, rules));
  refuseRepeats(check, sessions.map((session) => session.id), (index) => `sessions.${index}.id`);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const speeches = checkSpeeches(check, input.speeches, sessionIds, rules);

  const content: ProgrammeContent = {
    title: check.line('title', input.title, TEXT_LIMITS.title, true),
    kindId: check.choice('kindId', input.kindId, rules.lists.programmeKinds),
    organiser: check.line('organiser', input.organiser, TEXT_LIMITS.line),
    organiserShort: check.line('organiserShort', input.organiserShort, TEXT_LIMITS.line),
    sponsor: check.line('sponsor', input.sponsor, TEXT_LIMITS.line),
    sponsorRelation: input.sponsorRelation,
    venue: check.line('venue', input.venue, TEXT_LIMITS.line),
    city: check.line('city', input.city, TEXT_LIMITS.line),
    days: [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    referenceNumber: check.line('referenceNumber', input.referenceNumber, TEXT_LIMITS.line),
    purpose: check.text('purpose', input.purpose, TEXT_LIMITS.long),
    contentPoints: checkPoints(check, 'contentPoints', input.contentPoints),
    occasion: check.text('occasion', input.occasion, TEXT_LIMITS.long),
    outcomes: checkPoints(check, 'outcomes', input.outcomes),
    attendeeSummary: check.text('attendeeSummary', input.attendeeSummary, TEXT_LIMITS.long),
    agenda: checkAgenda(check, input.agenda),
    status: input.status,
    sessions,
    speeches,
  };
  check.finish();
  return content;
}

type DayInput = ParsedProgrammeInput['days'][number];
type SessionInput = ParsedProgrammeInput['sessions'][number];
type SpeechInput = ParsedProgrammeInput['speeches'][number];

function checkDays(check: FieldChecker, input: readonly DayInput[]): ProgrammeDay[] {
  if (input.length === 0) check.add('days', 'field.required');
  const days = input.map((day, index): ProgrammeDay => {
    const startTime = check.time(`days.${index}.startTime`, day.startTime);
    const endTime = check.time(`days.${index}.endTime`, day.endTime);
    check.timeRange(`days.${index}.endTime`, startTime, endTime);
    return { date: check.date(`days.${index}.date`, day.date, true) ?? '', partOfDay: day.partOfDay, startTime, endTime };
  });
  refuseRepeats(check, days.map((day) => day.date), (index) => `days.${index}.date`);
  return days;
}

function checkSession(
  check: FieldChecker,
  path: string,
  input: SessionInput,
  dayDates: ReadonlySet<string>,
  rules: ProgrammeRules,
): Session {
  const date = check.date(`${path}.date`, input.date, true);
  if (date !== null && !dayDates.has(date)) check.add(`${path}.date`, 'field.outsideProgrammeDays');
  const startTime = check.time(`${path}.startTime`, input.startTime);
  const endTime = check.time(`${path}.endTime`, input.endTime);
  check.timeRange(`${path}.endTime`, startTime, endTime);

  const roles = input.roles.map((role, index) => {
    const rolePath = `${path}.roles.${index}`;
    check.choice(`${rolePath}.roleId`, role.roleId, rules.lists.roles);
    if (role.holders.length === 0) check.add(`${rolePath}.holders`, 'field.holderRequired');
    const holders = role.holders.map((holder, at) => checkHolder(check, `${rolePath}.holders.${at}`, holder, rules));
    return { roleId: role.roleId, holders };
  });
  refuseRepeats(check, roles.map((role) => role.roleId), (index) => `${path}.roles.${index}.roleId`);

  const activities = input.activities.map((activity, index) => {
    const activityPath = `${path}.activities.${index}`;
    check.choice(`${activityPath}.activityId`, activity.activityId, rules.lists.activities, false);
    const text = check.text(`${activityPath}.text`, activity.text, TEXT_LIMITS.point, activity.activityId === null);
    return { id: activity.id ?? rules.newId(), activityId: activity.activityId, text };
  });
  refuseRepeats(check, activities.map((activity) => activity.id), (index) => `${path}.activities.${index}.id`);

  return {
    id: input.id ?? rules.newId(),
    name: check.line(`${path}.name`, input.name, TEXT_LIMITS.line, true),
    date: date ?? '',
    startTime,
    endTime,
    roles,
    activities,
    // Repeated keys are kept once; keys of items that no longer exist are harmless, since the order skips them.
    proceedings: [...new Set(input.proceedings)],
  };
}

function checkSpeeches(
  check: FieldChecker,
  input: readonly SpeechInput[],
  sessionIds: ReadonlySet<string>,
  rules: ProgrammeRules,
): Speech[] {
  const orderWithinSession = new Map<string | null, number>();
  const speeches = input.map((speech, index): Speech => {
    const path = `speeches.${index}`;
    if (speech.sessionId !== null && !sessionIds.has(speech.sessionId)) check.add(`${path}.sessionId`, 'field.invalidChoice');
    // A body can chair a programme but cannot give a speech.
    if (speech.speaker.kind === 'body') check.add(`${path}.speaker`, 'field.invalidChoice');
    speech.citationIds.forEach((id, at) => {
      if (!rules.citationExists(id)) check.add(`${path}.citationIds.${at}`, 'field.invalidChoice');
    });
    const order = (orderWithinSession.get(speech.sessionId) ?? 0) + 1;
    orderWithinSession.set(speech.sessionId, order);
    return {
      id: speech.id ?? rules.newId(),
      sessionId: speech.sessionId,
      order,
      speaker: checkHolder(check, `${path}.speaker`, speech.speaker, rules),
      designationAtTime: check.line(`${path}.designationAtTime`, speech.designationAtTime, TEXT_LIMITS.line),
      organisationAtTime: check.line(`${path}.organisationAtTime`, speech.organisationAtTime, TEXT_LIMITS.line),
      summary: check.text(`${path}.summary`, speech.summary, TEXT_LIMITS.long),
      summaryStyle: speech.summaryStyle,
      citationIds: [...new Set(speech.citationIds)],
    };
  });
  refuseRepeats(check, speeches.map((speech) => speech.id), (index) => `speeches.${index}.id`);
  return speeches;
}

function checkHolder(check: FieldChecker, path: string, holder: Holder, rules: ProgrammeRules): Holder {
  switch (holder.kind) {
    case 'person':
      if (!rules.isActivePerson(holder.personId) && !rules.knownPersonIds.has(holder.personId)) {
        check.add(`${path}.personId`, 'field.invalidChoice');
      }
      return { kind: 'person', personId: holder.personId };
    case 'typed':
      return {
        kind: 'typed',
        title: check.line(`${path}.title`, holder.title, TEXT_LIMITS.line),
        name: check.line(`${path}.name`, holder.name, TEXT_LIMITS.line, true),
        gender: holder.gender,
        designation: check.line(`${path}.designation`, holder.designation, TEXT_LIMITS.line),
        organisation: check.line(`${path}.organisation`, holder.organisation, TEXT_LIMITS.line),
      };
    case 'body':
      return { kind: 'body', name: check.line(`${path}.name`, holder.name, TEXT_LIMITS.line, true) };
  }
}

/** A meeting's agenda: each item needs its subject; a blank row is dropped. */
function checkAgenda(check: FieldChecker, items: ParsedProgrammeInput['agenda']): ProgrammeContent['agenda'] {
  return items
    .map((item, index) => ({
      subject: check.text(`agenda.${index}.subject`, item.subject, TEXT_LIMITS.point),
      discussion: check.text(`agenda.${index}.discussion`, item.discussion, TEXT_LIMITS.long),
      decision: check.text(`agenda.${index}.decision`, item.decision, TEXT_LIMITS.long),
    }))
    .filter((item, index) => {
      if (item.subject !== '') return true;
      if (item.discussion !== '' || item.decision !== '') check.add(`agenda.${index}.subject`, 'field.required');
      return false;
    });
}

/** Content points and outcomes: one line each in the form; blank rows are dropped. */
function checkPoints(check: FieldChecker, path: string, points: readonly string[]): string[] {
  return points
    .map((point, index) => check.text(`${path}.${index}`, point, TEXT_LIMITS.point))
    .filter((point) => point !== '');
}

function refuseRepeats(check: FieldChecker, values: readonly string[], pathOf: (index: number) => string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (value === '') return;
    if (seen.has(value)) check.add(pathOf(index), 'field.duplicate');
    seen.add(value);
  });
}

/** Every person a programme names, so later edits keep accepting them (see ProgrammeRules). */
export function personIdsIn(programme: Pick<StoredProgramme, 'sessions' | 'speeches' | 'feedback'>): Set<string> {
  const ids = new Set<string>();
  const note = (holder: Holder) => {
    if (holder.kind === 'person') ids.add(holder.personId);
  };
  for (const session of programme.sessions) for (const role of session.roles) role.holders.forEach(note);
  for (const speech of programme.speeches) note(speech.speaker);
  for (const entry of programme.feedback) if (entry.source.kind === 'person') ids.add(entry.source.personId);
  return ids;
}
