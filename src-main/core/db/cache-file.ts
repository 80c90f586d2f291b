import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_RENAME_RETRY_MS, writeFileAtomic } from './atomic-write.js';
import { removeLeftoverTemps } from './leftover-temps.js';

/**
 * A cache beside the data: derived, never data. Its name starts with "." so backups and
 * restores leave it out; a missing, damaged or foreign file reads as null (work is only done
 * anew), and leftover temp files of an interrupted write are removed when it is read.
 */
export interface CacheFile<T> {
  read(dataDir: string): Promise<T | null>;
  write(dataDir: string, value: T): Promise<void>;
}

export function cacheFile<T>(fileName: `.${string}`, schema: z.ZodType<T>): CacheFile<T> {
  return {
    async read(dataDir) {
      await removeLeftoverTemps(dataDir, fileName).catch(() => undefined);
      try {
        const parsed = schema.safeParse(JSON.parse(await readFile(join(dataDir, fileName), 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(dataDir, value) {
      await writeFileAtomic(join(dataDir, fileName), JSON.stringify(value), { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
    },
  };
}
