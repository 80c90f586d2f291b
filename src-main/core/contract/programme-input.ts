import type { FeedbackEntry, FeedbackEntryInput } from './feedback.js';
import type { Programme, ProgrammeInput } from './programmes.js';

/**
 * What to send to programmes:update for a programme as programmes:get returned it. The input
 * schemas are strict, so read-only fields (id, counts, order, timestamps) must be left out.
 */
export function programmeToInput(programme: Programme): ProgrammeInput {
  const { id: _id, counts: _counts, createdAt: _createdAt, updatedAt: _updatedAt, removedAt: _removedAt, speeches, ...rest } = programme;
  return { ...rest, speeches: speeches.map(({ order: _order, ...speech }) => speech) };
}

/** What to send to feedback:update for an entry as feedback:list returned it. */
export function feedbackEntryToInput(entry: FeedbackEntry): FeedbackEntryInput {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = entry;
  return rest;
}
