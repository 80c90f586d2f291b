import type { FeedbackSource } from '../../../src-main/core/contract/index.js';

export type SourceKind = FeedbackSource['kind'];
export const SOURCE_KINDS: readonly SourceKind[] = ['anonymous', 'unit', 'person'];
export const CHANNELS = ['written', 'oral'] as const;
export type FeedbackChannel = (typeof CHANNELS)[number];
export const FOLLOW_UP_STATUSES = ['open', 'inProgress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface SourceDraft {
  kind: SourceKind;
  unitName: string;
  personId: string;
}

export const ANONYMOUS: SourceDraft = { kind: 'anonymous', unitName: '', personId: '' };

/** The source to send, or null while a person is still to be picked. */
export function sourceFromDraft(draft: SourceDraft): FeedbackSource | null {
  switch (draft.kind) {
    case 'anonymous':
      return { kind: 'anonymous' };
    case 'unit':
      return { kind: 'unit', name: draft.unitName };
    case 'person':
      return draft.personId === '' ? null : { kind: 'person', personId: draft.personId };
  }
}

/** Splits a paste into one entry per non-blank line, each trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
