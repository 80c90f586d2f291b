import { z } from 'zod';
import {
  attendeeSchema,
  feedbackEntrySchema,
  programmeSchema,
  programmeSummarySchema,
  type Holder,
  type ProgrammeCounts,
  type ProgrammeSummary,
} from '../contract/index.js';
import { countAttendance } from '../attendance/counts.js';
import { PROGRAMME_SCOPE } from '../contract/index.js';
import type { CollectionSpec } from '../db/types.js';

/** Removed feedback stays in the file as a tombstone so "undo" can bring it back. */
export const storedFeedbackEntrySchema = feedbackEntrySchema.extend({ removedAt: z.string().nullable() });
export type StoredFeedbackEntry = z.output<typeof storedFeedbackEntrySchema>;

/** Someone taken off the list stays as a tombstone so "undo" can bring them back with their marks. */
export const storedAttendeeSchema = attendeeSchema.extend({ removedAt: z.string().nullable() });
export type StoredAttendee = z.output<typeof storedAttendeeSchema>;

export const storedAttendanceSchema = z.object({
  quorum: z.number().int().nullable(),
  attendees: z.array(storedAttendeeSchema),
});
export type StoredAttendance = z.output<typeof storedAttendanceSchema>;

export function emptyAttendance(): StoredAttendance {
  return { quorum: null, attendees: [] };
}

/**
 * One programme's file: the record with its sessions, roles, speeches, feedback log and
 * attendance, so a change to one programme (a check-in every few seconds at a live event)
 * rewrites only its own file.
 */
export const storedProgrammeSchema = programmeSchema.omit({ counts: true }).extend({
  feedback: z.array(storedFeedbackEntrySchema),
  attendance: storedAttendanceSchema,
});
export type StoredProgramme = z.output<typeof storedProgrammeSchema>;

export function holderKey(holder: Holder): string {
  switch (holder.kind) {
    case 'person':
      return `person:${holder.personId}`;
    case 'typed':
      return `typed:${holder.name.toLowerCase()}`;
    case 'body':
      return `body:${holder.name.toLowerCase()}`;
  }
}

export function countProgramme(programme: StoredProgramme): ProgrammeCounts {
  const feedbackByCategory: Record<string, number> = {};
  let feedback = 0;
  for (const entry of programme.feedback) {
    if (entry.removedAt !== null || entry.categoryId === null) continue;
    feedback += 1;
    feedbackByCategory[entry.categoryId] = (feedbackByCategory[entry.categoryId] ?? 0) + 1;
  }
  const attendance = countAttendance(programme.attendance.attendees, PROGRAMME_SCOPE, sessionIdsOf(programme));
  return {
    sessions: programme.sessions.length,
    speakers: new Set(programme.speeches.map((speech) => holderKey(speech.speaker))).size,
    feedback,
    feedbackByCategory,
    invited: attendance.invited,
    present: attendance.present,
  };
}

export function sessionIdsOf(programme: Pick<StoredProgramme, 'sessions'>): Set<string> {
  return new Set(programme.sessions.map((session) => session.id));
}

export function summarizeProgramme(programme: StoredProgramme): ProgrammeSummary {
  const days = [...programme.days]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ date, partOfDay, startTime, endTime }) => ({ date, partOfDay, startTime, endTime }));
  const dates = days.map((day) => day.date);
  return {
    id: programme.id,
    title: programme.title,
    kindId: programme.kindId,
    organiser: programme.organiser,
    venue: programme.venue,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    days,
    status: programme.status,
    counts: countProgramme(programme),
    roleIds: unique(programme.sessions.flatMap((session) => session.roles.map((role) => role.roleId))),
    activityIds: unique(
      programme.sessions.flatMap((session) => session.activities.flatMap((activity) => activity.activityId ?? [])),
    ),
    citationIds: unique(programme.speeches.flatMap((speech) => speech.citationIds)),
    feedbackCategoryIds: unique(programme.feedback.flatMap((entry) => entry.categoryId ?? [])),
    createdAt: programme.createdAt,
    updatedAt: programme.updatedAt,
    removedAt: programme.removedAt,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export const programmesCollection: CollectionSpec<StoredProgramme, ProgrammeSummary> = {
  name: 'programmes',
  schemaVersion: 3,
  migrations: [addEmptyAttendance, addReportFacts],
  schema: storedProgrammeSchema,
  summarize: summarizeProgramme,
  summarySchema: programmeSummarySchema,
  // A notice about a damaged file names the item as the secretary knows it.
  titleOf: (summary) => summary.title,
};

/** 1 → 2: programmes recorded before attendance existed start with nobody on the list. */
export function addEmptyAttendance(data: unknown): unknown {
  const programme = z.looseObject({}).parse(data);
  return { ...programme, attendance: emptyAttendance() };
}

/**
 * 2 → 3: the facts a report's grammar needs arrive empty (sponsor, city, the organiser's short
 * form, agenda items, each speaker's organisation and summary style, each comment's choice for
 * the report), and every activity gets an id so a session's order of proceedings can name it.
 * The id is derived from its session and place, so migrating the same file twice agrees.
 */
export function addReportFacts(data: unknown): unknown {
  const programme = z.looseObject({}).parse(data);
  const sessions = z.array(z.looseObject({ id: z.string(), activities: z.array(z.looseObject({})).default([]) })).parse(programme['sessions'] ?? []);
  const speeches = z.array(z.looseObject({})).parse(programme['speeches'] ?? []);
  const feedback = z.array(z.looseObject({})).parse(programme['feedback'] ?? []);
  return {
    organiserShort: '',
    sponsor: '',
    sponsorRelation: 'aegis',
    city: '',
    agenda: [],
    ...programme,
    sessions: sessions.map((session) => ({
      proceedings: [],
      ...session,
      activities: session.activities.map((activity, index) => ({ id: `${session.id}-activity-${index + 1}`, ...activity })),
    })),
    speeches: speeches.map((speech) => ({ organisationAtTime: '', summaryStyle: 'auto', ...speech })),
    feedback: feedback.map((entry) => ({ inReport: null, ...entry })),
  };
}
