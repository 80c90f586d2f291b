import { z } from 'zod';
import type { CollectionSpec } from '../../src-main/core/db/types.js';

// The bench's own stand-ins for the programmes and reports domains, shaped like the issue
// describes them: one file per event (sessions, invitations, attendance, feedback) and one
// file per report (its draft and revisions).

const benchProgrammeSchema = z.object({
  id: z.string(),
  title: z.string(),
  venue: z.string(),
  startsOn: z.string(),
  sessions: z.array(z.object({ id: z.string(), title: z.string(), startsAt: z.string() })),
  invitations: z.array(z.string()),
  attendance: z.array(z.object({ personId: z.string(), sessionId: z.string(), at: z.string() })),
  feedback: z.array(z.object({ personId: z.string(), rating: z.number().int().min(1).max(5), comment: z.string() })),
});
export type BenchProgramme = z.infer<typeof benchProgrammeSchema>;

const programmeSummarySchema = z.object({
  title: z.string(),
  startsOn: z.string(),
  attendance: z.number().int(),
  feedback: z.number().int(),
});

export const benchProgrammes: CollectionSpec<BenchProgramme, z.infer<typeof programmeSummarySchema>> = {
  name: 'bench-programmes',
  schemaVersion: 1,
  migrations: [],
  schema: benchProgrammeSchema,
  summarize: (programme) => ({
    title: programme.title,
    startsOn: programme.startsOn,
    attendance: programme.attendance.length,
    feedback: programme.feedback.length,
  }),
  summarySchema: programmeSummarySchema,
};

// A report's draft and its revisions live in two files: the draft is autosaved every few
// seconds while the secretary types, and rewriting ten revisions of 20-50 KB with it would make
// every autosave cost ten times what changed. Revisions are written only when one is made.

const benchReportSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  title: z.string(),
  draft: z.string(),
  updatedAt: z.string(),
  revisionCount: z.number().int().nonnegative(),
});
export type BenchReport = z.infer<typeof benchReportSchema>;

const reportSummarySchema = z.object({ title: z.string(), programmeId: z.string(), updatedAt: z.string(), revisions: z.number().int() });

export const benchReports: CollectionSpec<BenchReport, z.infer<typeof reportSummarySchema>> = {
  name: 'bench-reports',
  schemaVersion: 1,
  migrations: [],
  schema: benchReportSchema,
  summarize: (report) => ({
    title: report.title,
    programmeId: report.programmeId,
    updatedAt: report.updatedAt,
    revisions: report.revisionCount,
  }),
  summarySchema: reportSummarySchema,
};

const benchReportHistorySchema = z.object({
  reportId: z.string(),
  revisions: z.array(z.object({ at: z.string(), text: z.string() })),
});
export type BenchReportHistory = z.infer<typeof benchReportHistorySchema>;

const historySummarySchema = z.object({ revisions: z.number().int() });

/** Opened only when a report's history is looked at, so it costs nothing at start-up. */
export const benchReportHistories: CollectionSpec<BenchReportHistory, z.infer<typeof historySummarySchema>> = {
  name: 'bench-report-histories',
  schemaVersion: 1,
  migrations: [],
  schema: benchReportHistorySchema,
  summarize: (history) => ({ revisions: history.revisions.length }),
  summarySchema: historySummarySchema,
};
