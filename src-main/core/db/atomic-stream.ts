import { open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fsyncDirectory, renameWithRetry, type AtomicWriteOptions } from './atomic-write.js';
import { tempPathFor } from './file-names.js';

/**
 * writeFileAtomic for content too large to hold in memory (a backup of years of data): the
 * chunks are written to a temp file beside the target as they come, then synced and renamed
 * over it. If the source fails, or the disk fills, the temp file is removed and the old file
 * stays as it was. Resolves with the number of bytes written.
 */
function isDestroyable(value: unknown): value is { destroy: () => void } {
  return typeof value === 'object' && value !== null && 'destroy' in value && typeof value.destroy === 'function';
}

export async function writeStreamAtomic(
  target: string,
  source: AsyncIterable<Uint8Array>,
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
  await fsyncDirectory(dirname(target));
  return written;
}
