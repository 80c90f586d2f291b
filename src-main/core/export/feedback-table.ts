import type { FeedbackEntry, Lists } from '../contract/index.js';
import type { ExportStrings } from './output-strings.js';

/** A Date holds a wall-clock value stored as UTC: a day is UTC midnight, a local time its UTC twin. */
export type Cell = string | number | Date | null;

export interface Table {
  header: string[];
  rows: Cell[][];
}

export interface FeedbackTableLookups {
  lists: Lists;
  personName: (personId: string) => string | null;
}

/** The feedback log as a table: one row per comment, numbered, with Hindi labels for every code. */
export function feedbackTable(entries: readonly FeedbackEntry[], lookups: FeedbackTableLookups, strings: ExportStrings): Table {
  const labels = strings.feedback;
  const categoryNames = new Map(lookups.lists.feedbackCategories.map((category) => [category.id, category.name]));
  const header = [
    labels.columns.number,
    labels.columns.receivedOn,
    labels.columns.category,
    labels.columns.source,
    labels.columns.channel,
    labels.columns.text,
    labels.columns.followUpStatus,
    labels.columns.followUpResponse,
  ];
  const rows = entries.map((entry, index): Cell[] => [
    index + 1,
    entry.receivedOn === null ? null : calendarDate(entry.receivedOn),
    entry.categoryId === null ? labels.noCategory : (categoryNames.get(entry.categoryId) ?? labels.noCategory),
    sourceLabel(entry, lookups, strings),
    labels.channel[entry.channel],
    entry.text,
    labels.followUp[entry.followUp.status],
    entry.followUp.response,
  ]);
  return { header, rows };
}

function sourceLabel(entry: FeedbackEntry, lookups: FeedbackTableLookups, strings: ExportStrings): string {
  switch (entry.source.kind) {
    case 'anonymous':
      return strings.feedback.anonymous;
    case 'unit':
      return entry.source.name;
    case 'person':
      return lookups.personName(entry.source.personId) ?? strings.feedback.unknownPerson;
  }
}

/** A 'YYYY-MM-DD' day as a Date at UTC midnight, so spreadsheets show that same day everywhere. */
function calendarDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
