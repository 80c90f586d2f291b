import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_RENAME_RETRY_MS, removeLeftoverTemps, writeFileAtomic } from '../db/index.js';

/**
 * The programmes' search words as they were when the app last closed, each with the stamp of
 * the file they were taken from. Without it the first search of a session reads every
 * programme file: 270 MB and several seconds at ten years. It is a cache, not data: a name
 * starting with "." keeps it out of backups and restores, and a missing, damaged or outdated
 * entry only means reading that programme's file again.
 */
const FILE_NAME = '.programme-search.json';

/** Bumped whenever the words a programme gives change, so older caches are ignored. */
const FORMAT = 1;

const cachedWordsSchema = z.object({ stamp: z.string(), words: z.string(), citing: z.array(z.string()) });
export type CachedWords = z.infer<typeof cachedWordsSchema>;

const searchCacheSchema = z.object({ format: z.literal(FORMAT), entries: z.record(z.string(), cachedWordsSchema) });

export async function readSearchCache(dataDir: string): Promise<Map<string, CachedWords>> {
  await removeLeftoverTemps(dataDir, FILE_NAME).catch(() => undefined);
  try {
    const parsed = searchCacheSchema.safeParse(JSON.parse(await readFile(join(dataDir, FILE_NAME), 'utf8')));
    return parsed.success ? new Map(Object.entries(parsed.data.entries)) : new Map();
  } catch {
    return new Map();
  }
}

export async function writeSearchCache(dataDir: string, entries: ReadonlyMap<string, CachedWords>): Promise<void> {
  const content = JSON.stringify({ format: FORMAT, entries: Object.fromEntries(entries) });
  await writeFileAtomic(join(dataDir, FILE_NAME), content, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
}
