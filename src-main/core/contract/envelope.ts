import { z } from 'zod';
import { errorCodeSchema } from './errors.js';

/** One problem with one input field, shown beside that field in the form. */
export const fieldIssueSchema = z.object({
  field: z.string(),
  code: errorCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  details: z
    .object({
      fields: z.array(fieldIssueSchema).optional(),
      path: z.string().optional(),
      duplicates: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
      message: z.string().optional(),
      /** Values the message names, such as a limit or the row and column of a bad cell. */
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };
