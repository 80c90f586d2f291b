import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { errorCode, fsyncDirectory, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
import { backupFileName, sortBackupNamesNewestFirst } from './file-names.js';
import { pathExists } from './path-exists.js';

export const BACKUPS_KEPT = 5;

/**
 * Copies `source` durably into `backupDir` as `<timestamp>.json` and keeps only the newest
 * BACKUPS_KEPT copies. Resolves with the backup's path, or null when there is no source yet.
 */
export async function backUpFile(
  source: string,
  backupDir: string,
  at: Date,
  options: AtomicWriteOptions,
): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  await makeFolderDurably(backupDir);
  const target = await firstFreeName(backupDir, (attempt) => backupFileName(at, attempt));
  await writeFileAtomic(target, bytes, options);
  await pruneBackups(backupDir);
  return target;
}

/** Backup files of one document, newest first. */
export async function listBackups(backupDir: string): Promise<string[]> {
  try {
    return sortBackupNamesNewestFirst(await readdir(backupDir)).map((fileName) => join(backupDir, fileName));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

async function pruneBackups(backupDir: string): Promise<void> {
  const surplus = (await listBackups(backupDir)).slice(BACKUPS_KEPT);
  await Promise.all(surplus.map((file) => rm(file, { force: true })));
}

export async function firstFreeName(dir: string, nameFor: (attempt: number) => string): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const candidate = join(dir, nameFor(attempt));
    if (!(await pathExists(candidate))) return candidate;
  }
}

/** Creates a folder (and its parents) and makes the new entries durable in their parents. */
async function makeFolderDurably(dir: string): Promise<void> {
  const firstCreated = await mkdir(dir, { recursive: true });
  if (firstCreated === undefined) return;
  for (let current = dir; ; current = dirname(current)) {
    await fsyncDirectory(dirname(current));
    if (current === firstCreated || dirname(current) === current) return;
  }
}
