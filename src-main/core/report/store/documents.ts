import { z } from 'zod';
import { reportSchema, reportSummarySchema, revisionSchema, type Report, type ReportSummary } from '../../contract/index.js';
import type { CollectionSpec } from '../../db/types.js';

/**
 * A report's own file holds its current draft and is rewritten by every autosave, so it stays
 * small. Whether the draft has changed since the last kept revision and when it was last saved
 * decide when an editing burst ends and becomes a revision.
 */
export const storedReportSchema = reportSchema.extend({
  /** True when the draft holds edits that no revision has kept yet. */
  unkeptEdits: z.boolean(),
  /** When the draft was last saved by the editor (an autosave), or null. */
  lastEditAt: z.string().nullable(),
});
export type StoredReport = z.output<typeof storedReportSchema>;

export const reportsCollection: CollectionSpec<StoredReport, ReportSummary> = {
  name: 'reports',
  schemaVersion: 1,
  migrations: [],
  schema: storedReportSchema,
  summarize: summarizeReport,
  summarySchema: reportSummarySchema,
  // A notice about a damaged file names the item as the secretary knows it.
  titleOf: (summary) => summary.title,
};

export function summarizeReport(report: StoredReport): ReportSummary {
  return {
    id: report.id,
    programmeId: report.programmeId,
    template: report.template,
    title: report.title,
    status: report.status,
    updatedAt: report.updatedAt,
    finalisedAt: report.finalisedAt,
    removedAt: report.removedAt,
  };
}

/**
 * A report's kept revisions live in a second file, written only when a revision is added
 * (the end of an editing burst, a named revision, finalising, a restore), never by an autosave.
 */
export const storedRevisionsSchema = z.object({ reportId: z.string(), revisions: z.array(revisionSchema) });
export type StoredRevisions = z.output<typeof storedRevisionsSchema>;

export const revisionsSummarySchema = z.object({ count: z.number().int() });

export const reportRevisionsCollection: CollectionSpec<StoredRevisions, z.output<typeof revisionsSummarySchema>> = {
  name: 'report-revisions',
  schemaVersion: 1,
  migrations: [],
  schema: storedRevisionsSchema,
  summarize: (stored) => ({ count: stored.revisions.length }),
  summarySchema: revisionsSummarySchema,
};

export function publicReport(stored: StoredReport): Report {
  const { unkeptEdits: _unkept, lastEditAt: _lastEdit, ...report } = stored;
  return report;
}
