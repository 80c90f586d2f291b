import { z } from 'zod';
import {
  feedbackEntrySchema,
  programmeSchema,
  programmeSummarySchema,
  type Holder,
  type ProgrammeCounts,
  type ProgrammeSummary,
} from '../contract/index.js';
import type { CollectionSpec } from '../db/types.js';

/** Removed feedback stays in the file as a tombstone so "undo" can bring it back. */
export const storedFeedbackEntrySchema = feedbackEntrySchema.extend({ removedAt: z.string().nullable() });
export type StoredFeedbackEntry = z.output<typeof storedFeedbackEntrySchema>;

/**
 * One programme's file: the record with its sessions, roles, speeches and feedback log, so a
 * change to one programme rewrites only its own file (attendance will join it later).
 */
export const storedProgrammeSchema = programmeSchema.omit({ counts: true }).extend({
  feedback: z.array(storedFeedbackEntrySchema),
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
  return {
    sessions: programme.sessions.length,
    speakers: new Set(programme.speeches.map((speech) => holderKey(speech.speaker))).size,
    feedback,
    feedbackByCategory,
  };
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
  schemaVersion: 1,
  migrations: [],
  schema: storedProgrammeSchema,
  summarize: summarizeProgramme,
  summarySchema: programmeSummarySchema,
};
