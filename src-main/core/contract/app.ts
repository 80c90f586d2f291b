import { z } from 'zod';

/**
 * Something the user must be told about once the window is up, e.g. a damaged data file
 * that was moved aside and replaced by its last good copy.
 */
export const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['damagedFileRecovered', 'damagedFileReset', 'unfinishedSaveRecovered']),
  file: z.string(),
  movedTo: z.string().optional(),
  restoredFrom: z.string().optional(),
  at: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(noticeSchema),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
