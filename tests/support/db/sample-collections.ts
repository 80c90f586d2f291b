import { z } from 'zod';
import type { CollectionSpec } from '../../../src-main/core/db/types.js';

const meetingSchema = z.object({ title: z.string(), attendees: z.array(z.string()) });
export type Meeting = z.infer<typeof meetingSchema>;
const meetingSummarySchema = z.object({ title: z.string(), count: z.number().int() });
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** A small collection for behaviour tests: meetings, summarised by title and head count. */
export const meetingsCollection: CollectionSpec<Meeting, MeetingSummary> = {
  name: 'meetings',
  schemaVersion: 1,
  migrations: [],
  schema: meetingSchema,
  summarize: (meeting) => ({ title: meeting.title, count: meeting.attendees.length }),
  summarySchema: meetingSummarySchema,
};

/** The same collection one schema version later: version 1 stored the attendees as one comma-separated string. */
export const meetingsCollectionV2: CollectionSpec<Meeting, MeetingSummary> = {
  ...meetingsCollection,
  schemaVersion: 2,
  migrations: [
    (data) => {
      const old = z.object({ title: z.string(), attendees: z.string() }).parse(data);
      return { title: old.title, attendees: old.attendees === '' ? [] : old.attendees.split(',') };
    },
  ],
};

/** The on-disk form of one meeting's shard, as the store writes it. */
export function meetingFileText(meeting: unknown, schemaVersion = 1): string {
  return `${JSON.stringify({ schemaVersion, data: meeting })}\n`;
}
