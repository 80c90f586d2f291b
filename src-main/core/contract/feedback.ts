import { z } from 'zod';
import { idString, rawDate, rawText } from './limits.js';

export const feedbackSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: idString }).strict(),
  z.object({ kind: z.literal('unit'), name: rawText }).strict(),
  z.object({ kind: z.literal('anonymous') }).strict(),
]);
export type FeedbackSource = z.output<typeof feedbackSourceSchema>;

export const feedbackChannelSchema = z.enum(['written', 'oral']);
export const followUpStatusSchema = z.enum(['open', 'inProgress', 'done']);

export const followUpSchema = z
  .object({ status: followUpStatusSchema.default('open'), response: rawText.default('') })
  .strict();

export const feedbackEntryInputSchema = z
  .object({
    source: feedbackSourceSchema.default({ kind: 'anonymous' }),
    categoryId: idString.nullable().default(null),
    text: rawText,
    channel: feedbackChannelSchema.default('written'),
    receivedOn: rawDate.nullable().default(null),
    followUp: followUpSchema.default({ status: 'open', response: '' }),
    /**
     * Whether a drafted report quotes this comment: true or false when the secretary chose,
     * null for the default (the first three of its category, in the order they were recorded).
     */
    inReport: z.boolean().nullable().default(null),
  })
  .strict();
export type FeedbackEntryInput = z.input<typeof feedbackEntryInputSchema>;

export const feedbackEntrySchema = feedbackEntryInputSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeedbackEntry = z.output<typeof feedbackEntrySchema>;

/** One bulk paste is at most this many lines; the renderer sends longer pastes in parts. */
export const FEEDBACK_BATCH_MAX = 1000;

export const feedbackListOutputSchema = z.object({
  /** Active entries in the order they were recorded. */
  items: z.array(feedbackEntrySchema),
  total: z.number().int(),
  countsByCategory: z.record(z.string(), z.number().int()),
});

export const feedbackRefSchema = z.object({ programmeId: idString, id: idString }).strict();
