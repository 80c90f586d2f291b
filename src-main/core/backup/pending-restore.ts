import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_RENAME_RETRY_MS, LOCK_FILE_NAME, writeFileAtomic } from '../db/index.js';
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
export const PREVIOUS = '.restore-previous';
export const MARKER = '.restore-pending.json';

/** Entries of the data folder the swap never touches. */
const KEPT_IN_PLACE = new Set(['backups', 'exports', LOCK_FILE_NAME, STAGING, PREVIOUS, MARKER]);

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
 * Verifies the archive while writing its files into the staging folder, reads them back and
 * compares their checksums. Resolves with what was verified; the restore is pending only once
 * markRestoreStaged() has run. On any failure the staging folder is removed and the data
 * folder is exactly as it was.
 */
export async function stageRestore(dataDir: string, archivePath: string, onProgress?: (fraction: number) => void): Promise<VerifiedArchive> {
  const staging = join(dataDir, STAGING);
  try {
    // A restore chosen earlier and still waiting for the next start is replaced by this one;
    // its marker goes first, so a crash while staging never swaps in a half-written folder.
    await rm(join(dataDir, MARKER), { force: true });
    await rm(staging, { recursive: true, force: true });
    const verified = await readArchive(archivePath, {
      onProgress,
      sink: async (file, bytes) => {
        const target = join(staging, ...file.path.split('/'));
        await mkdir(dirname(target), { recursive: true });
        await writeFileAtomic(target, bytes, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
      },
    });
    const written = await listDataFiles(staging);
    if (written.length !== verified.files.length) throw new AppError('backup.restoreFailed', { message: 'staging count' });
    for (const file of verified.files) {
      if (sha256(await readFile(join(staging, ...file.path.split('/')))) !== file.sha256) {
        throw new AppError('backup.restoreFailed', { message: `staging checksum: ${file.path}` });
      }
    }
    return verified;
  } catch (error) {
    await discardStaging(dataDir);
    throw error instanceof AppError ? error : new AppError('backup.restoreFailed', { message: String(error) }, { cause: error });
  }
}

/** Makes a staged restore happen at the next start. */
export async function markRestoreStaged(dataDir: string): Promise<void> {
  await writeMarker(dataDir, 'staged');
}

export async function discardStaging(dataDir: string): Promise<void> {
  await rm(join(dataDir, STAGING), { recursive: true, force: true });
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
  for (const name of await movableEntries(from, fromIsRoot)) await rename(join(from, name), join(to, name));
}

/**
 * Finishes a restore left pending by the previous run; does nothing when there is none. Call
 * it with the data folder locked and before any document is opened. If the swap fails, what
 * was moved is moved back, so the data folder holds the data it held before.
 */
export async function applyPendingRestore(dataDir: string): Promise<boolean> {
  const phase = await readMarker(dataDir);
  if (phase === null) {
    // Leftovers of a staging that never completed are not data; they must not linger.
    await rm(join(dataDir, STAGING), { recursive: true, force: true });
    return false;
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
