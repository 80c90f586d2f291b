import type { z } from 'zod';
import { TEXT_LIMITS, type FeedbackSource, type ListEntry, type feedbackEntryInputSchema } from '../contract/index.js';
import type { FieldChecker } from '../programmes/field-checker.js';

export type ParsedFeedbackEntry = z.output<typeof feedbackEntryInputSchema>;
export type CleanFeedbackEntry = Omit<ParsedFeedbackEntry, 'categoryId'> & { categoryId: string };

export interface FeedbackRules {
  categories: readonly ListEntry[];
  /** A directory person, or one this programme's log already names (they may have left since). */
  isKnownPerson: (id: string) => boolean;
}

/**
 * Cleans one feedback entry, reporting problems under `prefix` ('' for a single entry,
 * 'entries.12.' for the 13th line of a bulk paste) so every bad line can be pointed at.
 */
export function checkFeedbackEntry(
  check: FieldChecker,
  prefix: string,
  input: ParsedFeedbackEntry,
  rules: FeedbackRules,
): CleanFeedbackEntry {
  return {
    source: checkSource(check, `${prefix}source`, input.source, rules),
    categoryId: check.choice(`${prefix}categoryId`, input.categoryId, rules.categories) ?? '',
    text: check.text(`${prefix}text`, input.text, TEXT_LIMITS.long, true),
    channel: input.channel,
    receivedOn: check.date(`${prefix}receivedOn`, input.receivedOn),
    followUp: {
      status: input.followUp.status,
      response: check.text(`${prefix}followUp.response`, input.followUp.response, TEXT_LIMITS.long),
    },
    inReport: input.inReport,
  };
}

function checkSource(check: FieldChecker, path: string, source: FeedbackSource, rules: FeedbackRules): FeedbackSource {
  switch (source.kind) {
    case 'person':
      if (!rules.isKnownPerson(source.personId)) check.add(`${path}.personId`, 'field.invalidChoice');
      return source;
    case 'unit':
      return { kind: 'unit', name: check.line(`${path}.name`, source.name, TEXT_LIMITS.line, true) };
    case 'anonymous':
      return source;
  }
}
