import type { Dirent } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from './atomic-write.js';
import { isAnyTempFile, isTempFileOf } from './file-names.js';

/**
 * Removes temp files a crash or power cut left behind in `dir`: of the file `of` only, or all
 * of them. None of them ever held anything acknowledged (a write counts once renamed).
 */
export async function removeLeftoverTemps(dir: string, of?: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const leftovers = names.filter((name) => (of === undefined ? isAnyTempFile(name) : isTempFileOf(name, of)));
  await Promise.all(leftovers.map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)));
}

/**
 * Removes leftover temp files in every folder directly inside `dir` (each document's backups and
 * the automatic backups in `backups/`): a backup cut off by a power cut leaves one, and at ten
 * years an archive's is tens of megabytes.
 */
export async function removeLeftoverTempsInSubfolders(dir: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  await Promise.all(entries.filter((entry) => entry.isDirectory()).map((entry) => removeLeftoverTemps(join(dir, entry.name))));
}
