import { z } from 'zod';
import { cacheFile } from '../db/index.js';

/**
 * The programmes' search words as they were when the app last closed, each with the stamp of
 * the file they were taken from. Without it the first search of a session reads every
 * programme file: 270 MB and several seconds at ten years. It is a cache, not data: a name
 * starting with "." keeps it out of backups and restores, and a missing, damaged or outdated
 * entry only means reading that programme's file again.
 */
/** Bumped whenever the words a programme gives change, so older caches are ignored. */
const FORMAT = 1;

const cachedWordsSchema = z.object({ stamp: z.string(), words: z.string(), citing: z.array(z.string()) });
export type CachedWords = z.infer<typeof cachedWordsSchema>;

const searchCacheFile = cacheFile(
  '.programme-search.json',
  z.object({ format: z.literal(FORMAT), entries: z.record(z.string(), cachedWordsSchema) }),
);

export async function readSearchCache(dataDir: string): Promise<Map<string, CachedWords>> {
  return new Map(Object.entries((await searchCacheFile.read(dataDir))?.entries ?? {}));
}

export async function writeSearchCache(dataDir: string, entries: ReadonlyMap<string, CachedWords>): Promise<void> {
  await searchCacheFile.write(dataDir, { format: FORMAT, entries: Object.fromEntries(entries) });
}
