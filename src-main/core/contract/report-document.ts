import { z } from 'zod';

/**
 * A report's body: the subset of TipTap's (ProseMirror's) JSON that the editor produces and
 * the PDF and DOCX writers understand. It is data, never HTML: every writer escapes its text,
 * so nothing a secretary types or pastes can become markup or a script in an output.
 * Unknown attributes are stripped at the boundary; unknown node types are refused.
 */

export const REPORT_TEXT_MAX = 200_000;
export const REPORT_LINK_MAX = 2_000;

const textValue = z.string().max(REPORT_TEXT_MAX);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The one rule for links in a report, used by the editor, the paste filter, the PDF and the
 * Word file: only web and e-mail addresses are links, in the form the URL parser gives them.
 * Anything else (javascript:, data:, file:, a relative path) returns null and its words stay
 * plain text, since a reader's click on it could only do harm or nothing.
 */
export function safeReportLink(href: string): string | null {
  try {
    const url = new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export const reportMarkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('strike') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: z.string().max(REPORT_LINK_MAX) }) }),
]);
export type ReportMark = z.infer<typeof reportMarkSchema>;

export const reportTextSchema = z.object({
  type: z.literal('text'),
  text: textValue.min(1),
  marks: z.array(reportMarkSchema).max(10).optional(),
});
export type ReportText = z.infer<typeof reportTextSchema>;

export const reportInlineSchema = z.discriminatedUnion('type', [reportTextSchema, z.object({ type: z.literal('hardBreak') })]);
export type ReportInline = z.infer<typeof reportInlineSchema>;

/**
 * Tables the report can keep up to date from the record. The rows are a snapshot taken when
 * the block was inserted or last refreshed, so a finalised report never changes by itself.
 */
export const DATA_BLOCK_SOURCES = ['attendanceByCategory', 'attendanceByOrganisation', 'feedbackByCategory', 'presentMembers', 'absentMembers'] as const;
export const dataBlockSourceSchema = z.enum(DATA_BLOCK_SOURCES);
export type DataBlockSource = z.infer<typeof dataBlockSourceSchema>;

export const dataBlockAttrsSchema = z.object({
  source: dataBlockSourceSchema,
  caption: textValue,
  columns: z.array(textValue).min(1).max(20),
  rows: z.array(z.array(textValue).max(20)).max(100_000),
  /** What the table says when the record has no rows for it. */
  emptyText: textValue.default(''),
  refreshedAt: z.string().max(100),
});
export type DataBlockAttrs = z.infer<typeof dataBlockAttrsSchema>;

/** The secretary's signature: name and date are filled in when the report is finalised. */
export const signatureAttrsSchema = z.object({
  name: textValue.default(''),
  designation: textValue.default(''),
  place: textValue.default(''),
  date: textValue.default(''),
});
export type SignatureAttrs = z.infer<typeof signatureAttrsSchema>;

const headingLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const cellSpan = z.number().int().min(1).max(50);

export type ReportBlock =
  | { type: 'paragraph'; content?: ReportInline[] }
  | { type: 'heading'; attrs: { level: 1 | 2 | 3 }; content?: ReportInline[] }
  | { type: 'bulletList'; content: ReportListItem[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: ReportListItem[] }
  | { type: 'blockquote'; content: ReportBlock[] }
  | { type: 'horizontalRule' }
  | { type: 'table'; content: ReportTableRow[] }
  | { type: 'dataBlock'; attrs: DataBlockAttrs }
  | { type: 'signatureBlock'; attrs: SignatureAttrs };
export interface ReportListItem {
  type: 'listItem';
  content: ReportBlock[];
}
export interface ReportTableCell {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number };
  content: ReportBlock[];
}
export interface ReportTableRow {
  type: 'tableRow';
  content: ReportTableCell[];
}

const inlineContent = z.array(reportInlineSchema).max(100_000).optional();

export const reportBlockSchema: z.ZodType<ReportBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), content: inlineContent }),
    z.object({ type: z.literal('heading'), attrs: z.object({ level: headingLevel }), content: inlineContent }),
    z.object({ type: z.literal('bulletList'), content: z.array(reportListItemSchema).max(10_000) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0).max(1_000_000).optional() }).optional(),
      content: z.array(reportListItemSchema).max(10_000),
    }),
    z.object({ type: z.literal('blockquote'), content: z.array(reportBlockSchema).max(10_000) }),
    z.object({ type: z.literal('horizontalRule') }),
    z.object({ type: z.literal('table'), content: z.array(reportTableRowSchema).max(100_000) }),
    z.object({ type: z.literal('dataBlock'), attrs: dataBlockAttrsSchema }),
    z.object({ type: z.literal('signatureBlock'), attrs: signatureAttrsSchema }),
  ]),
);

export const reportListItemSchema: z.ZodType<ReportListItem> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(reportBlockSchema).max(10_000) }),
);

export const reportTableCellSchema: z.ZodType<ReportTableCell> = z.lazy(() =>
  z.object({
    type: z.enum(['tableCell', 'tableHeader']),
    attrs: z.object({ colspan: cellSpan.optional(), rowspan: cellSpan.optional() }).optional(),
    content: z.array(reportBlockSchema).max(10_000),
  }),
);

export const reportTableRowSchema: z.ZodType<ReportTableRow> = z.lazy(() =>
  z.object({ type: z.literal('tableRow'), content: z.array(reportTableCellSchema).max(50) }),
);

export const reportDocSchema = z.object({ type: z.literal('doc'), content: z.array(reportBlockSchema).max(100_000) });
export type ReportDoc = z.infer<typeof reportDocSchema>;
