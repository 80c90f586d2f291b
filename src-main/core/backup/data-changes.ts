import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from '../db/atomic-write.js';
import { uiStateDocument } from '../settings/document.js';
import { isDataFile, relativePathIn } from './data-files.js';

/** Where the window was: saved at every close, and no reason for a backup of its own. */
const NOT_A_CHANGE = new Set([`${uiStateDocument.name}.json`]);

/**
 * When the data last changed, in file-system time: the newest modification of any data file or
 * data folder. A folder counts because removing an item changes only its folder. The data
 * folder itself does not: the lock file taken at every start renews it.
 */
export async function newestDataChange(dataDir: string): Promise<number> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  let newest = 0;
  for (const entry of entries) {
    const relative = relativePathIn(dataDir, entry);
    const counts = entry.isDirectory() ? isDataFolder(relative) : entry.isFile() && isDataFile(relative) && !NOT_A_CHANGE.has(relative);
    if (!counts) continue;
    try {
      newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
    } catch (error) {
      // Removed since the listing: its folder's time says so.
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return newest;
}

/** A folder of data files: tested as if it held one, so backups, exports and dot-folders are left out. */
function isDataFolder(relative: string): boolean {
  return isDataFile(`${relative}/x.json`);
}
