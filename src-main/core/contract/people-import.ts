import { z } from 'zod';
import { idString } from './limits.js';

/** Directory fields a spreadsheet column can fill. 'category' takes category names, created if new. */
export const importFieldSchema = z.enum(['title', 'name', 'gender', 'designation', 'organisation', 'category', 'phone', 'email', 'notes']);
export type ImportField = z.infer<typeof importFieldSchema>;
export const IMPORT_FIELDS = importFieldSchema.options;

/** Which column (0-based) fills each field; a field left out stays empty. */
export const columnMappingSchema = z.partialRecord(importFieldSchema, z.number().int().min(0).max(10_000));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const importColumnSchema = z.object({
  index: z.number().int(),
  /** Spreadsheet letter: A, B, … AA. */
  letter: z.string(),
  header: z.string(),
  /** The column's text may be typed in the Kruti Dev font: the conversion is offered. */
  krutiDev: z.boolean(),
  /**
   * 'high': plainly Kruti Dev and no cell plainly Latin, so the conversion starts ticked;
   * 'medium': offered unticked, with the reasons; 'none': not offered.
   */
  krutiDevConfidence: z.enum(['high', 'medium', 'none']),
  /** How many cells showed each kind of evidence, with one example cell each. */
  krutiDevReasons: z.array(
    z.object({
      code: z.enum(['krutiDevCells', 'latinLetterCells', 'latinWordCells', 'unclearCells', 'devanagariCells']),
      count: z.number().int(),
      example: z.string(),
    }),
  ),
  /** The first few non-empty cells as they are in the file. */
  samples: z.array(z.string()),
  /** The same cells converted from Kruti Dev, when krutiDev is true. */
  convertedSamples: z.array(z.string()),
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** A file read and understood, waiting for the user to map its columns. Nothing is saved yet. */
export const importPreviewSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** How a CSV's bytes were decoded ('utf-8', 'utf-16le-bom', 'windows-1252'…); null for XLSX. */
  encoding: z.string().nullable(),
  sheetName: z.string().nullable(),
  rowCount: z.number().int(),
  columns: z.array(importColumnSchema),
  /** Remembered from the last import of a file with the same headers, else guessed from header names. */
  mapping: columnMappingSchema,
  /** The first rows as they are in the file. */
  previewRows: z.array(z.array(z.string())),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const duplicateChoiceSchema = z.enum(['skip', 'merge', 'add']);
export type DuplicateChoice = z.infer<typeof duplicateChoiceSchema>;

export const importPlanInputSchema = z
  .object({
    importId: idString,
    mapping: columnMappingSchema,
    /** Columns to convert from Kruti Dev to Unicode. */
    krutiDevColumns: z.array(z.number().int().min(0).max(10_000)).max(500).default([]),
  })
  .strict();

export const importRowIssueSchema = z.object({
  /** The row number the user sees in Excel. */
  row: z.number().int(),
  column: z.string(),
  header: z.string(),
  field: importFieldSchema,
  /** An errors-namespace key such as 'field.invalidPhone'. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportRowIssue = z.infer<typeof importRowIssueSchema>;

/** A cell of a column ticked for Kruti Dev that did not look like Kruti Dev, so it was kept as it was. */
export const importKrutiDevKeptSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  header: z.string(),
  field: importFieldSchema,
});
export type ImportKrutiDevKept = z.infer<typeof importKrutiDevKeptSchema>;

export const importDuplicateSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  /** 'inFile' when an earlier row of the same file is the same person. */
  reason: z.enum(['namePhone', 'email', 'inFile']),
  existingId: z.string().nullable(),
  existingName: z.string(),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

export const importPreviewPersonSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  designation: z.string(),
  organisation: z.string(),
  category: z.string(),
  phone: z.string(),
  email: z.string(),
});

export const importAnalysisSchema = z.object({
  rowCount: z.number().int(),
  /** Rows that would be added as they are (no problem, no duplicate). */
  ready: z.number().int(),
  invalid: z.array(importRowIssueSchema),
  /** Rows with at least one problem (a row may have several issues). */
  invalidRows: z.number().int(),
  duplicates: z.array(importDuplicateSchema),
  /** Category names in the file that are not categories yet; the import creates them. */
  newCategories: z.array(z.string()),
  /** Cells of ticked Kruti Dev columns left unconverted because they did not look like Kruti Dev. */
  krutiDevKept: z.array(importKrutiDevKeptSchema),
  /** The first rows as they would be saved (converted, cleaned). */
  preview: z.array(importPreviewPersonSchema),
});
export type ImportAnalysis = z.infer<typeof importAnalysisSchema>;

export const importCommitInputSchema = importPlanInputSchema.extend({
  duplicates: duplicateChoiceSchema,
  /**
   * Off by default: a file with bad rows is refused whole. On, the listed bad rows are left
   * out and every other row is imported, still in one all-or-nothing save.
   */
  skipInvalid: z.boolean().default(false),
});

export const importCommitOutputSchema = z.object({
  batchId: z.string(),
  added: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
});

export const importUndoOutputSchema = z.object({ removed: z.number().int(), restored: z.number().int() });

/** Progress of reading or saving a large file, pushed while the channel call is running. */
export const importProgressSchema = z.object({
  phase: z.enum(['reading', 'checking', 'saving']),
  fraction: z.number().min(0).max(1),
});

/** Largest file the importer reads; bigger ones are refused with a Hindi message before reading. */
export const IMPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;
