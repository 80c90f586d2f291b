import type { FeedbackEntry } from './feedback.js';

/** How many comments of each category a drafted report quotes when the secretary has not chosen. */
export const COMMENTS_QUOTED_PER_CATEGORY = 3;

/**
 * The comments a drafted report quotes: those the secretary marked, and otherwise the first
 * three of each category in the order they were recorded. Shared by the report's draft and the
 * feedback screen, so the tick a secretary sees is the choice the draft makes.
 *
 * @param entries the programme's active comments, in the order they were recorded
 * @returns the ids of the comments the report quotes
 */
export function commentsQuotedInReport(entries: ReadonlyArray<Pick<FeedbackEntry, 'id' | 'categoryId' | 'inReport'>>): Set<string> {
  const seenPerCategory = new Map<string | null, number>();
  const quoted = new Set<string>();
  for (const entry of entries) {
    const position = seenPerCategory.get(entry.categoryId) ?? 0;
    seenPerCategory.set(entry.categoryId, position + 1);
    if (entry.inReport ?? position < COMMENTS_QUOTED_PER_CATEGORY) quoted.add(entry.id);
  }
  return quoted;
}
