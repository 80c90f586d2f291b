import { open, rename as fsRename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { tempPathFor } from './file-names.js';

export type RenameFn = (from: string, to: string) => Promise<void>;

/** The time a refused rename's retries are measured and waited in. */
export interface RetryClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface AtomicWriteOptions {
  /** How long to keep retrying a rename that Windows refuses (antivirus, sync tools). */
  renameRetryMs: number;
  /** Replaces fs.rename; tests use it to inject failures. */
  rename?: RenameFn;
  /** Replaces the real clock, so tests can let a minute-long refusal pass without waiting for it. */
  retryClock?: RetryClock;
}

export const DEFAULT_RENAME_RETRY_MS = 60_000;

const REAL_CLOCK: RetryClock = { now: () => Date.now(), sleep: (ms) => delay(ms) };

/**
 * Windows reports these while another program (antivirus, search indexer, a sync client)
 * briefly holds the target open; the same rename succeeds moments later.
 */
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Replaces `target` with `content` so that, whatever happens (crash, power cut, full disk),
 * the file holds either the complete old content or the complete new content.
 * On failure the temp file is removed, the old file is untouched and the promise rejects.
 */
export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  await writeStreamAtomic(target, [typeof content === 'string' ? Buffer.from(content, 'utf8') : content], options);
}

function isDestroyable(value: unknown): value is { destroy: () => void } {
  return typeof value === 'object' && value !== null && 'destroy' in value && typeof value.destroy === 'function';
}

/**
 * writeFileAtomic for content that comes in chunks, such as a backup of years of data too
 * large to hold in memory: each chunk is written to the temp file as it comes. If the source
 * fails, or the disk fills, the temp file is removed and the old file stays as it was.
 * Resolves with the number of bytes written.
 */
export async function writeStreamAtomic(
  target: string,
  source: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: AtomicWriteOptions,
): Promise<number> {
  const temp = tempPathFor(target);
  let tempCreated = false;
  let written = 0;
  try {
    const handle = await open(temp, 'wx');
    tempCreated = true;
    try {
      for await (const chunk of source) {
        // A nearly full disk takes part of a chunk without an error; only the next write fails.
        for (let offset = 0; offset < chunk.byteLength; ) offset += (await handle.write(chunk, offset)).bytesWritten;
        written += chunk.byteLength;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, options);
  } catch (error) {
    if (tempCreated) await rm(temp, { force: true }).catch(() => undefined);
    // A source left unread would keep its work (and whatever it holds) alive until the app quits.
    if (isDestroyable(source)) source.destroy();
    throw error;
  }
  // The rename itself is only durable once the folder's entry list has reached the disk.
  await fsyncDirectory(dirname(target));
  return written;
}

export async function renameWithRetry(from: string, to: string, options: AtomicWriteOptions): Promise<void> {
  const rename = options.rename ?? fsRename;
  const clock = options.retryClock ?? REAL_CLOCK;
  const deadline = clock.now() + options.renameRetryMs;
  let wait = 10;
  for (;;) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (!TRANSIENT_RENAME_ERRORS.has(errorCode(error)) || clock.now() + wait > deadline) throw error;
    }
    await clock.sleep(wait);
    wait = Math.min(wait * 2, 1_000);
  }
}

/**
 * Flushes a folder's entries (new and renamed files) to disk. Windows cannot open a folder
 * for fsync at all, and some file systems do not support it; neither is an error for us.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'ENOTSUP', 'EISDIR'].includes(errorCode(error))) throw error;
  } finally {
    await handle?.close();
  }
}

export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';
}
