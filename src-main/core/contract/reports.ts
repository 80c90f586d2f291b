import { z } from 'zod';
import { idString } from './limits.js';
import { dataBlockAttrsSchema, dataBlockSourceSchema, reportDocSchema } from './report-document.js';

/** What a draft is generated as: a narrative प्रतिवेदन, formal minutes (कार्यवृत्त) or a news brief. */
export const REPORT_TEMPLATES = ['narrative', 'minutes', 'brief'] as const;
export const reportTemplateSchema = z.enum(REPORT_TEMPLATES);
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

export const reportStatusSchema = z.enum(['draft', 'final']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const REPORT_TITLE_MAX = 300;

export const reportSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  template: reportTemplateSchema,
  title: z.string(),
  body: reportDocSchema,
  status: reportStatusSchema,
  /** Goes up by one with every saved change; a save names the version it was based on. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When and as which revision the report was last finalised; null while never finalised. */
  finalisedAt: z.string().nullable(),
  finalRevision: z.number().int().nullable(),
  removedAt: z.string().nullable(),
});
export type Report = z.output<typeof reportSchema>;

export const reportSummarySchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  template: reportTemplateSchema,
  title: z.string(),
  status: reportStatusSchema,
  updatedAt: z.string(),
  finalisedAt: z.string().nullable(),
  removedAt: z.string().nullable(),
});
export type ReportSummary = z.output<typeof reportSummarySchema>;

/**
 * A kept state of the report. "generated": the draft as Sachiv wrote it; "auto": what the
 * draft held at the end of a burst of editing; "named": kept on request under a name; "final":
 * the finalised text; "beforeRestore": the draft just before an older revision was brought
 * back; "overwritten": a draft that a save made from an older copy (another window) replaced.
 */
export const revisionKindSchema = z.enum(['generated', 'auto', 'named', 'final', 'beforeRestore', 'overwritten']);
export type RevisionKind = z.infer<typeof revisionKindSchema>;

export const revisionSummarySchema = z.object({
  number: z.number().int(),
  kind: revisionKindSchema,
  name: z.string(),
  savedAt: z.string(),
  /** Letters of text in the revision, so the list can show how big each one is. */
  letters: z.number().int(),
});
export type RevisionSummary = z.output<typeof revisionSummarySchema>;

/** `version` is the draft version the revision captured, so a retried step never keeps it twice. */
export const revisionSchema = revisionSummarySchema.extend({ version: z.number().int(), title: z.string(), body: reportDocSchema });
export type Revision = z.output<typeof revisionSchema>;

/** The current draft or a kept revision, for comparing. */
export const revisionRefSchema = z.union([z.literal('draft'), z.number().int().min(1)]);
export type RevisionRef = z.infer<typeof revisionRefSchema>;

/** One block of the comparison: its text on each side, split into kept, removed and added pieces. */
export const comparePieceSchema = z.object({ change: z.enum(['same', 'removed', 'added']), text: z.string() });
export const compareRowSchema = z.object({
  left: z.array(comparePieceSchema),
  right: z.array(comparePieceSchema),
  changed: z.boolean(),
});
export const reportCompareSchema = z.object({ rows: z.array(compareRowSchema), changedRows: z.number().int() });
export type ReportCompare = z.output<typeof reportCompareSchema>;

export const reportsListInputSchema = z
  .object({ programmeId: idString.nullable().default(null), includeRemoved: z.boolean().default(false) })
  .strict();

export const reportSaveInputSchema = z
  .object({
    id: idString,
    /** The version the editor's text was based on; a save over a newer version is refused. */
    baseVersion: z.number().int().min(0),
    title: z.string().max(100_000),
    body: reportDocSchema,
  })
  .strict();

export const reportSaveOutputSchema = z.object({ version: z.number().int(), updatedAt: z.string() });

export const reportExportInputSchema = z.object({ id: idString, format: z.enum(['pdf', 'docx']) }).strict();
export const reportExportOutputSchema = z.object({ path: z.string(), pages: z.number().int().nullable() }).nullable();

export const dataBlockInputSchema = z.object({ id: idString, source: dataBlockSourceSchema }).strict();
export { dataBlockAttrsSchema };

/** The report printed exactly as the PDF export prints it, for the preview screen to draw. */
export const reportPreviewSchema = z.object({ pdfBase64: z.string(), pages: z.number().int() });
