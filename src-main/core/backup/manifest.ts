import { z } from 'zod';
import { backupCountsSchema } from '../contract/index.js';

/** Bumped only when the archive layout itself changes; the data's versions are per file. */
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = 'sachiv-backup';

const relativePath = z
  .string()
  .min(1)
  .max(400)
  // Forward slashes only, no "..", no absolute paths: an archive can never write outside the folder.
  .refine((path) => !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    message: 'not a safe relative path',
  });

export const manifestFileSchema = z.object({
  path: relativePath,
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The `schemaVersion` of the file's envelope, or null for a file without one. */
  schemaVersion: z.number().int().min(1).nullable(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const manifestSchema = z.object({
  format: z.literal('sachiv-backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  createdAt: z.iso.datetime(),
  counts: backupCountsSchema,
  files: z.array(manifestFileSchema).max(1_000_000),
});
export type Manifest = z.infer<typeof manifestSchema>;
