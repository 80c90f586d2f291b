import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { renameWithRetry } from '../db/atomic-write.js';
import { DEFAULT_RENAME_RETRY_MS, LOCK_FILE_NAME, removeLeftoverTemps, writeFileAtomic } from '../db/index.js';
import { pathExists } from '../db/path-exists.js';
import { AppError } from '../errors.js';
import { readArchive, type VerifiedArchive } from './archive-reader.js';
import { isDataFile, listDataFiles, sha256 } from './data-files.js';

/*
 * A restore replaces the data folder's contents while no store has any of it in memory: the
 * running core only stages the archive and leaves a marker; the next openCore, holding the
 * folder's lock, swaps the staged files in before it loads anything. The marker records how far
 * the swap got, so a crash half-way is finished on the next start rather than left mixed.
 */

export const STAGING = '.restore-staging';
/** Where a restore is unpacked and verified before it replaces one already staged. */
export const NEXT = '.restore-next';
/**
 * Left by a restore put in place: the data changed outside the app, so the next automatic
 * backup must run even if no file looks newer than the last one. Removed by that backup.
 */
export const BACKUP_DUE = '.backup-due';
export const PREVIOUS = '.restore-previous';
export const MARKER = '.restore-pending.json';

/** Entries of the data folder the swap never touches. */
const KEPT_IN_PLACE = new Set(['backups', 'exports', LOCK_FILE_NAME, STAGING, NEXT, PREVIOUS, MARKER, BACKUP_DUE]);

const markerSchema = z.object({ phase: z.enum(['staged', 'movingOut', 'movingIn']) });
type Phase = z.infer<typeof markerSchema>['phase'];

async function writeMarker(dataDir: string, phase: Phase): Promise<void> {
  await writeFileAtomic(join(dataDir, MARKER), JSON.stringify({ phase }), { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
}

export async function hasPendingRestore(dataDir: string): Promise<boolean> {
  return (await readMarker(dataDir)) !== null;
}

async function readMarker(dataDir: string): Promise<Phase | null> {
  try {
    return markerSchema.parse(JSON.parse(await readFile(join(dataDir, MARKER), 'utf8'))).phase;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // An unreadable marker was never fully written, so the staging was never complete.
    return null;
  }
}

/**
 * Verifies the archive while writing its files into a folder of their own, then reads them back
 * and compares their checksums. Resolves with what was verified; the restore replaces any
 * earlier one and becomes pending only with markRestoreStaged(). On any failure that folder is
 * removed, and the data folder and an earlier pending restore are exactly as they were.
 */
export async function stageRestore(dataDir: string, archivePath: string, onProgress?: (fraction: number) => void): Promise<VerifiedArchive> {
  const next = join(dataDir, NEXT);
  try {
    await rm(next, { recursive: true, force: true });
    const verified = await readArchive(archivePath, {
      onProgress,
      sink: async (file, bytes) => {
        const target = join(next, ...file.path.split('/'));
        await mkdir(dirname(target), { recursive: true });
        await writeFileAtomic(target, bytes, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
      },
    });
    const written = await listDataFiles(next);
    if (written.length !== verified.files.length) throw new AppError('backup.restoreFailed', { message: 'staging count' });
    for (const file of verified.files) {
      if (sha256(await readFile(join(next, ...file.path.split('/')))) !== file.sha256) {
        throw new AppError('backup.restoreFailed', { message: `staging checksum: ${file.path}` });
      }
    }
    return verified;
  } catch (error) {
    await discardStaging(dataDir);
    throw error instanceof AppError ? error : new AppError('backup.restoreFailed', { message: String(error) }, { cause: error });
  }
}

/**
 * Makes the restore just staged happen at the next start, in place of any restore staged
 * before. The earlier one stops being pending first, so a crash part-way leaves either it or
 * nothing pending, never a mixed staging.
 */
export async function markRestoreStaged(dataDir: string): Promise<void> {
  await rm(join(dataDir, MARKER), { force: true });
  await rm(join(dataDir, STAGING), { recursive: true, force: true });
  await renameWithRetry(join(dataDir, NEXT), join(dataDir, STAGING), { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
  await writeMarker(dataDir, 'staged');
}

/** Removes a restore being staged that will not be used. */
export async function discardStaging(dataDir: string): Promise<void> {
  await rm(join(dataDir, NEXT), { recursive: true, force: true });
}

/** True while a restore put in place at a start has not been kept by an automatic backup yet. */
export async function restoreAwaitsBackup(dataDir: string): Promise<boolean> {
  return await pathExists(join(dataDir, BACKUP_DUE));
}

export async function clearBackupDue(dataDir: string): Promise<void> {
  await rm(join(dataDir, BACKUP_DUE), { force: true });
}

/**
 * What a swap moves at the top of the data folder: the data files and the data's folders.
 * Anything else (a moved-aside damaged file, a note the user put there) stays where it is.
 */
async function movableEntries(dir: string, root: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  if (!root) return entries.map((entry) => entry.name);
  return entries
    .filter((entry) =>
      entry.isDirectory() ? !KEPT_IN_PLACE.has(entry.name) && !entry.name.startsWith('.') : entry.isFile() && isDataFile(entry.name),
    )
    .map((entry) => entry.name);
}

async function moveAll(from: string, to: string, fromIsRoot: boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  // Windows' antivirus may hold a file for a moment; the same rename succeeds once it lets go.
  for (const name of await movableEntries(from, fromIsRoot)) await renameWithRetry(join(from, name), join(to, name), { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
}

/**
 * Finishes a restore left pending by the previous run; does nothing when there is none. Call
 * it with the data folder locked and before any document is opened. If the swap fails, what
 * was moved is moved back, so the data folder holds the data it held before. Resolves with
 * true when restored data is in place that no automatic backup has kept yet (this start's
 * restore, or one whose backup a crash prevented).
 */
export async function applyPendingRestore(dataDir: string): Promise<boolean> {
  const phase = await readMarker(dataDir);
  // Leftovers of a staging that never completed are not data; they must not linger.
  await rm(join(dataDir, NEXT), { recursive: true, force: true });
  await removeLeftoverTemps(dataDir, BACKUP_DUE);
  if (phase === null) {
    await rm(join(dataDir, STAGING), { recursive: true, force: true });
    return await restoreAwaitsBackup(dataDir);
  }
  const staging = join(dataDir, STAGING);
  const previous = join(dataDir, PREVIOUS);
  try {
    if (phase === 'staged' || phase === 'movingOut') {
      await writeMarker(dataDir, 'movingOut');
      await moveAll(dataDir, previous, true);
    }
    await writeMarker(dataDir, 'movingIn');
    await moveAll(staging, dataDir, false);
  } catch (error) {
    await rollBack(dataDir, staging, previous);
    throw new AppError('backup.restoreFailed', { message: String(error) }, { cause: error });
  }
  await writeFileAtomic(join(dataDir, BACKUP_DUE), '', { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
  await rm(join(dataDir, MARKER), { force: true });
  await rm(staging, { recursive: true, force: true });
  // The data as it was is also in the automatic backup made before staging.
  await rm(previous, { recursive: true, force: true });
  return true;
}

async function rollBack(dataDir: string, staging: string, previous: string): Promise<void> {
  await moveAll(dataDir, staging, true);
  await moveAll(previous, dataDir, false);
  await rm(join(dataDir, MARKER), { force: true });
  await rm(staging, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
}
