import { z } from 'zod';
import type { DocumentSpec } from '../db/types.js';

const demoProgrammeRecordSchema = z.object({
  id: z.string(),
  /** What the demo itself put in: entries the user adds later are not the demo's to count. */
  feedback: z.number().int(),
  attendanceMarks: z.number().int(),
  /**
   * The SHA-256 of the programme's file when the load finished. Only a programme whose file is
   * still exactly this is discarded for good on removal; one the user changed is removed the
   * usual, restorable way. Missing in records of older builds, which are treated as changed.
   */
  digest: z.string().optional(),
});

/**
 * Exactly what the demo added, written as it is added: the people's ids before they are saved,
 * every other id as soon as it exists. 'loading' means a load began and has not finished (or
 * was cut short by a crash), so whatever the record names must still be cleaned up.
 */
export const demoRecordSchema = z.object({
  state: z.enum(['none', 'loading', 'loaded']),
  startedAt: z.string().nullable(),
  loadedAt: z.string().nullable(),
  /** The moment of the one commit that saved the demo's people, and their ids. */
  peopleSavedAt: z.string().nullable(),
  personIds: z.array(z.string()),
  /** Categories the demo added; a category the user already had is not listed. */
  categoryIds: z.array(z.string()),
  citationIds: z.array(z.string()),
  programmes: z.array(demoProgrammeRecordSchema),
  reportIds: z.array(z.string()),
});
export type DemoRecord = z.infer<typeof demoRecordSchema>;

export function emptyDemoRecord(): DemoRecord {
  return {
    state: 'none',
    startedAt: null,
    loadedAt: null,
    peopleSavedAt: null,
    personIds: [],
    categoryIds: [],
    citationIds: [],
    programmes: [],
    reportIds: [],
  };
}

/** `demo.json` in the data folder. */
export const demoRecordDocument: DocumentSpec<DemoRecord> = {
  name: 'demo',
  schemaVersion: 1,
  migrations: [],
  schema: demoRecordSchema,
  defaults: emptyDemoRecord,
};
