import { z } from 'zod';
import { backupCountsSchema } from '../contract/index.js';

/**
 * Bumped only when the archive layout itself changes; the data's versions are per file.
 * Version 2 is a gzipped tar, so that the archive streams through memory at any size and
 * any archive tool can open it.
 */
export const ARCHIVE_FORMAT_VERSION = 2;
export const ARCHIVE_EXTENSION = 'sachiv-backup';

/** The tar entries of an archive, in order: the header, the data files, the manifest. */
export const HEADER_ENTRY = 'sachiv-backup.json';
export const DATA_PREFIX = 'data/';
export const MANIFEST_ENTRY = 'manifest.json';

const relativePath = z
  .string()
  .min(1)
  .max(400)
  // Forward slashes only, no "..", no absolute paths: an archive can never write outside the folder.
  .refine((path) => !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    message: 'not a safe relative path',
  });

export function isSafeRelativePath(path: string): boolean {
  return relativePath.safeParse(path).success;
}

export const manifestFileSchema = z.object({
  path: relativePath,
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The `schemaVersion` of the file's envelope, or null for a file without one. */
  schemaVersion: z.number().int().min(1).nullable(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** What the archive is, written first so that a preview and a refusal need only its start. */
export const archiveHeaderSchema = z.object({
  format: z.literal('sachiv-backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  createdAt: z.iso.datetime(),
  counts: backupCountsSchema,
});
export type ArchiveHeader = z.infer<typeof archiveHeaderSchema>;

/** Every data file's size and checksum, written last, once all of them have been read. */
export const manifestSchema = z.object({
  files: z.array(manifestFileSchema).max(1_000_000),
  /** Data files left out because they did not parse; a restore cannot bring them back. */
  skipped: z.array(z.string().max(400)).max(1_000_000).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
