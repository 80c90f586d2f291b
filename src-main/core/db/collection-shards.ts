import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../errors.js';
import { errorCode, fsyncDirectory, renameWithRetry } from './atomic-write.js';
import { recoverDamagedFile, type Recovery } from './recover-file.js';
import { firstFreeName } from './backups.js';
import { interpretDocumentBytes, type FileFormat } from './document-file.js';
import { damagedFileName, fileTimestamp, isAnyTempFile, itemIdOfFileName, TRASH_FOLDER_NAME } from './file-names.js';
import type { LoadOptions } from './load-document.js';
import type { ShardStat } from './collection-catalog.js';

/** Enough parallel file operations to keep a disk busy without exhausting file handles. */
export const SHARD_IO_CONCURRENCY = 32;

export function shardPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

/** Creates the collection's folder if needed, making the new entry durable in the data folder. */
export async function ensureFolder(dir: string): Promise<void> {
  if ((await mkdir(dir, { recursive: true })) !== undefined) await fsyncDirectory(dirname(dir));
}

/**
 * Lists the shards in the folder with their size and mtime, and removes temp files left by
 * saves that were cut off: a save counts only once its rename happened, so a temp file never
 * holds anything that was acknowledged.
 */
export async function scanShards(dir: string): Promise<Map<string, ShardStat>> {
  const names = await readdir(dir);
  await Promise.all(names.filter(isAnyTempFile).map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)));
  const ids = names.flatMap((name) => {
    const id = itemIdOfFileName(name);
    return id === null ? [] : [id];
  });
  // Synchronous stats in slices: 5,000 promise-based stats took 300 ms here, through libuv's
  // four worker threads, against about 70 ms synchronously; the slices keep each block short.
  const stats = new Map<string, ShardStat>();
  for (let start = 0; start < ids.length; start += STATS_PER_SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const id of ids.slice(start, start + STATS_PER_SLICE)) {
      const info = statSync(shardPath(dir, id));
      stats.set(id, { size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  return stats;
}

const STATS_PER_SLICE = 200;

export type ShardRead<T> = { kind: 'valid'; data: T } | { kind: 'recovered'; recovery: Recovery<T> };

/**
 * Reads one shard. A damaged shard is moved aside (never deleted, never overwritten) and
 * recovered from the automatic backups, or what is still whole in it is kept (see
 * recoverDamagedFile); the caller tells the user. A shard we may not read, or one written by
 * a newer app, rejects with AppError('db.readFailed') and is left exactly where it is.
 */
export async function readShard<T>(dir: string, id: string, format: FileFormat<T>, options: LoadOptions): Promise<ShardRead<T>> {
  const path = shardPath(dir, id);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new AppError('db.readFailed', { path, message: String(error) }, { cause: error });
  }
  const verdict = interpretDocumentBytes(bytes, format);
  if (verdict.kind === 'valid') return { kind: 'valid', data: verdict.data };
  if (verdict.kind === 'newer') {
    throw new AppError('db.readFailed', {
      path,
      message: `schema version ${verdict.schemaVersion} is newer than this app's ${format.schemaVersion}`,
    });
  }
  const at = options.now();
  const recovery = await recoverDamagedFile({
    file: path,
    damagedBytes: bytes,
    movedAsideName: (attempt) => damagedFileName(id, at, attempt),
    format,
    // Items have no per-file backups: the automatic backups are their copies.
    ownCopies: [],
    options,
  });
  return { kind: 'recovered', recovery };
}

/** Moves a shard into the collection's trash folder; resolves with where it went (null if it was not there). */
export async function moveShardToTrash(dir: string, id: string, options: LoadOptions): Promise<string | null> {
  const trash = join(dir, TRASH_FOLDER_NAME);
  await ensureFolder(trash);
  const at = fileTimestamp(options.now());
  const target = await firstFreeName(trash, (attempt) => (attempt === 0 ? `${id}.${at}.json` : `${id}.${at}-${attempt}.json`));
  try {
    await renameWithRetry(shardPath(dir, id), target, options);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  await fsyncDirectory(trash);
  await fsyncDirectory(dir);
  return target;
}
