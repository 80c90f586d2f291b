import type { BackupCounts } from '../contract/index.js';
import { encodeArchive } from './archive-format.js';
import { readDataFiles } from './data-files.js';
import { ARCHIVE_FORMAT_VERSION, type Manifest } from './manifest.js';

export interface ArchiveFacts {
  appVersion: string;
  createdAt: Date;
  counts: BackupCounts;
}

/**
 * Packs every data file of the folder into one archive. The caller flushes the store first, so
 * the files on disk are everything acknowledged so far.
 */
export async function buildArchive(dataDir: string, facts: ArchiveFacts): Promise<Buffer> {
  const { entries, contents } = await readDataFiles(dataDir);
  const manifest: Manifest = {
    format: 'sachiv-backup',
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: facts.appVersion,
    createdAt: facts.createdAt.toISOString(),
    counts: facts.counts,
    files: entries,
  };
  return await encodeArchive(manifest, contents);
}
