import { z } from 'zod';

/** How many people and (active) programmes a backup holds; shown before a restore. */
export const backupCountsSchema = z.object({
  people: z.number().int().min(0),
  programmes: z.number().int().min(0),
});
export type BackupCounts = z.infer<typeof backupCountsSchema>;

export const backupCreateOutputSchema = z
  .object({ path: z.string(), sizeBytes: z.number().int().min(0), counts: backupCountsSchema })
  /** null when the user closed the save dialog without choosing a file. */
  .nullable();

/** What the user sees about a picked archive before deciding to restore it. */
export const backupPreviewSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  counts: backupCountsSchema,
  fileCount: z.number().int().min(0),
  sizeBytes: z.number().int().min(0),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

export const backupRestoreOutputSchema = z.object({
  /** The restored data is put in place while the app starts again; the shell relaunches it. */
  restartRequired: z.literal(true),
  /** The automatic backup of the data as it was just before the restore. */
  previousDataBackup: z.string(),
});

/** How far a backup being written, or an archive being checked or unpacked, has come. */
export const backupProgressSchema = z.object({
  phase: z.enum(['archiving', 'checking']),
  fraction: z.number().min(0).max(1),
});
export type BackupProgress = z.infer<typeof backupProgressSchema>;

export const automaticBackupSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().min(0),
});
export type AutomaticBackup = z.infer<typeof automaticBackupSchema>;

export const backupListOutputSchema = z.object({
  folder: z.string(),
  kept: z.number().int().min(1),
  items: z.array(automaticBackupSchema),
});
export type BackupList = z.infer<typeof backupListOutputSchema>;
