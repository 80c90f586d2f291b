import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Document names become file names, so they are kept to a portable, unambiguous alphabet. */
const DOCUMENT_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

export function assertDocumentName(name: string): void {
  if (!DOCUMENT_NAME.test(name)) {
    throw new Error(`Invalid document name "${name}": use letters, digits, "-" and "_" only`);
  }
}

/**
 * Collection item ids become file names too. Lower case only, because Windows and macOS treat
 * "A" and "a" as the same file; no dots, so an id can never look like a moved-aside or temp file;
 * and none of the names Windows reserves for devices.
 */
const ITEM_ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/;
export const CATALOG_FILE_NAME = 'catalog.json';
export const TRASH_FOLDER_NAME = '.trash';

export function isValidItemId(id: string): boolean {
  return ITEM_ID.test(id) && !WINDOWS_DEVICE_NAMES.test(id) && `${id}.json` !== CATALOG_FILE_NAME;
}

export function assertItemId(id: string): void {
  if (!isValidItemId(id)) {
    throw new Error(`Invalid item id "${id}": use lower-case letters, digits, "-" and "_" (at most 100)`);
  }
}

/** The id of the item stored in `fileName`, or null when the file is not an item's shard. */
export function itemIdOfFileName(fileName: string): string | null {
  if (!fileName.endsWith('.json')) return null;
  const id = fileName.slice(0, -'.json'.length);
  return isValidItemId(id) ? id : null;
}

export function mainFilePath(dataDir: string, name: string): string {
  return join(dataDir, `${name}.json`);
}

export const BACKUPS_FOLDER_NAME = 'backups';

export function backupDirPath(dataDir: string, name: string): string {
  return join(dataDir, BACKUPS_FOLDER_NAME, name);
}

/**
 * A timestamp that is safe in file names on every platform (Windows forbids ":") and that
 * sorts chronologically as plain text: 2024-05-01T10-20-30-123Z.
 */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * A temp file beside `target`, unique per process and call, so that two writers (or a crashed
 * earlier run) can never write into the same temp file: `.people.json.<pid>.<random>.tmp`.
 */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileOf(fileName: string, targetFileName: string): boolean {
  const prefix = `.${targetFileName}.`;
  return fileName.startsWith(prefix) && /^\d+\.[0-9a-f]+\.tmp$/.test(fileName.slice(prefix.length));
}

/** `<name>.damaged-<timestamp>.json`, with `-<n>` added when that name is already taken. */
export function damagedFileName(name: string, at: Date, attempt: number): string {
  const suffix = attempt === 0 ? '' : `-${attempt}`;
  return `${name}.damaged-${fileTimestamp(at)}${suffix}.json`;
}

const BACKUP_FILE = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.json$/;

/** When a backup named by backupFileName was taken (ISO), or null for another name. */
export function backupTimeOf(fileName: string): string | null {
  const stamp = BACKUP_FILE.exec(fileName)?.[1];
  if (stamp === undefined) return null;
  const [date, time] = stamp.split('T') as [string, string];
  const [hours, minutes, seconds, millis] = time.slice(0, -1).split('-');
  return `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
}

export function backupFileName(at: Date, attempt: number): string {
  return attempt === 0 ? `${fileTimestamp(at)}.json` : `${fileTimestamp(at)}-${attempt}.json`;
}

/** Backup file names, newest first; names that are not backups are left out. */
export function sortBackupNamesNewestFirst(fileNames: readonly string[]): string[] {
  const parsed = fileNames.flatMap((fileName) => {
    const match = BACKUP_FILE.exec(fileName);
    return match?.[1] === undefined ? [] : [{ fileName, stamp: match[1], attempt: Number(match[2] ?? 0) }];
  });
  parsed.sort((a, b) => (a.stamp === b.stamp ? b.attempt - a.attempt : a.stamp < b.stamp ? 1 : -1));
  return parsed.map((entry) => entry.fileName);
}

/** Any temp file written by writeFileAtomic, whatever its target. */
export function isAnyTempFile(fileName: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]+\.tmp$/.test(fileName);
}
