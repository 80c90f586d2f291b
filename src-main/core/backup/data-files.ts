import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LOGO_FILE_NAME } from '../organisation/logo-image.js';
import { isSafeRelativePath, type ManifestFile } from './manifest.js';

/**
 * Top-level folders that belong to the data folder but are not the data: backups (an archive
 * must not contain older archives) and exported spreadsheets.
 */
const NOT_DATA_FOLDERS = new Set(['backups', 'exports']);

/**
 * Which files are the user's data: JSON files and the organisation's logo images. The lock
 * file, temp files and anything a user dropped in are left out; names starting with "." are
 * temp files, trash and our own restore folders; moved-aside damaged files stay where they are
 * but are not archived, since they are by definition not readable data.
 */
export function isDataFile(relativePath: string): boolean {
  // What an archive cannot name safely it cannot restore either, so it is not archived.
  if (!isSafeRelativePath(relativePath)) return false;
  const parts = relativePath.split('/');
  if (parts.length > 1 && NOT_DATA_FOLDERS.has(parts[0] ?? '')) return false;
  if (parts.some((part) => part.startsWith('.'))) return false;
  const name = parts[parts.length - 1] ?? '';
  if (parts.length === 1 && LOGO_FILE_NAME.test(name)) return true;
  return isJsonFile(name) && !name.includes('.damaged-');
}

/** JSON data files are parsed and versioned; the others (images) are only checksummed. */
export function isJsonFile(relativePath: string): boolean {
  return relativePath.endsWith('.json');
}

/** An entry of a recursive listing of `dataDir`, as a "/"-separated path relative to it. */
export function relativePathIn(dataDir: string, entry: { parentPath: string; name: string }): string {
  return join(entry.parentPath, entry.name).slice(dataDir.length + 1).split(/[\\/]/).join('/');
}

/** Relative paths ("/"-separated) of every data file in the folder, sorted. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = relativePathIn(dataDir, entry);
    if (isDataFile(relative)) paths.push(relative);
  }
  return paths.sort();
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const envelopeSchema = z.object({ schemaVersion: z.number().int().min(1) });

/** The file's envelope version, or null if it parses but has none; throws if it is not JSON. */
export function schemaVersionOf(bytes: Buffer): number | null {
  const json: unknown = JSON.parse(bytes.toString('utf8'));
  const parsed = envelopeSchema.safeParse(json);
  return parsed.success ? parsed.data.schemaVersion : null;
}

/** A data file as the manifest records it. */
export function describeDataFile(path: string, bytes: Buffer): ManifestFile {
  return { path, size: bytes.length, sha256: sha256(bytes), schemaVersion: isJsonFile(path) ? schemaVersionOf(bytes) : null };
}

/** Reads every data file and describes it for the manifest; for folders small enough to hold in memory. */
export async function readDataFiles(dataDir: string): Promise<{ entries: ManifestFile[]; contents: Map<string, Buffer> }> {
  const entries: ManifestFile[] = [];
  const contents = new Map<string, Buffer>();
  for (const path of await listDataFiles(dataDir)) {
    const bytes = await readDataFile(dataDir, path);
    entries.push(describeDataFile(path, bytes));
    contents.set(path, bytes);
  }
  return { entries, contents };
}

export async function readDataFile(dataDir: string, path: string): Promise<Buffer> {
  return await readFile(join(dataDir, ...path.split('/')));
}
