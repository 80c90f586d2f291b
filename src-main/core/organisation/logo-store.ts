import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_RENAME_RETRY_MS, writeFileAtomic } from '../db/atomic-write.js';
import { LOGO_FILE_NAME, type LogoType } from './logo-image.js';

/**
 * Logo files in the data folder. Each logo gets a new name, so the profile always points at a
 * complete file: the new one is written before the profile changes, the old one removed after.
 */
export class LogoStore {
  constructor(private readonly dataDir: string) {}

  async write(bytes: Uint8Array, type: LogoType): Promise<string> {
    const fileName = `logo-${randomUUID()}.${type.extension}`;
    await writeFileAtomic(join(this.dataDir, fileName), bytes, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
    return fileName;
  }

  /** The logo's bytes, or null when the name is not one of ours or the file is gone. */
  async read(fileName: string): Promise<Buffer | null> {
    if (!LOGO_FILE_NAME.test(fileName)) return null;
    try {
      return await readFile(join(this.dataDir, fileName));
    } catch {
      return null;
    }
  }

  async remove(fileName: string): Promise<void> {
    if (!LOGO_FILE_NAME.test(fileName)) return;
    await rm(join(this.dataDir, fileName), { force: true });
  }
}
