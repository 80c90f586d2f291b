import { join } from 'node:path';
import type { ArchiveLookup, ArchiveSource } from '../db/index.js';
import { AppError } from '../errors.js';
import { readArchive } from './archive-reader.js';
import { automaticBackupsDir, listAutomaticBackups } from './automatic-backups.js';

/**
 * The automatic backups as the store's source of older copies of a damaged file. Each backup
 * is read whole as a stream, as a restore's check reads it, so a copy is handed over only once
 * the manifest at its end has confirmed its checksum; only that one file is kept in memory.
 * A backup that fails to read or to verify is reported as damaged and passed over; nothing
 * is ever written to a backup.
 */
export function automaticArchiveCopies(dataDir: string): ArchiveSource {
  return {
    async *copiesOf(relativePath: string): AsyncIterable<ArchiveLookup> {
      for (const backup of await listAutomaticBackups(dataDir)) {
        yield await lookUp(join(automaticBackupsDir(dataDir), backup.fileName), relativePath);
      }
    },
  };
}

async function lookUp(archiveFile: string, relativePath: string): Promise<ArchiveLookup> {
  let found: Buffer | null = null;
  try {
    const { header } = await readArchive(archiveFile, {
      // A file of it that a newer app wrote does not make the other files any less good.
      passNewerFiles: true,
      sink: async (file, bytes) => {
        if (file.path === relativePath) found = bytes;
      },
    });
    return found === null ? { kind: 'absent', archiveFile } : { kind: 'found', bytes: found, archiveFile, createdAt: header.createdAt };
  } catch (error) {
    // A backup in a newer app's layout is sound; it is only not ours to read.
    if (error instanceof AppError && error.code === 'backup.newerVersion') return { kind: 'absent', archiveFile };
    // One we could not open (removed by the rotation meanwhile, or not ours to read) is not damaged.
    if (error instanceof AppError && error.code === 'backup.readFailed') {
      return (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? { kind: 'absent', archiveFile } : { kind: 'unreadable', archiveFile };
    }
    return { kind: 'damaged', archiveFile };
  }
}
