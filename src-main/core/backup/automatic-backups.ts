import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutomaticBackup } from '../contract/index.js';
import { removeLeftoverTemps } from '../db/index.js';
import { ARCHIVE_EXTENSION } from './manifest.js';

/** Beside the store's per-document backups, in a folder no document can be named after. */
export function automaticBackupsDir(dataDir: string): string {
  return join(dataDir, 'backups', 'archives');
}

export const DEFAULT_BACKUPS_KEPT = 10;

// 2026-11-25T10-20-30-123Z(-n).sachiv-backup: sorts by time as plain text on every platform.
const NAME = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z(?:-(\d+))?\.sachiv-backup$/;

function parseName(fileName: string): { createdAt: Date; attempt: number } | null {
  const match = NAME.exec(fileName);
  if (match === null) return null;
  return { createdAt: new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`), attempt: Number(match[6] ?? 0) };
}

/** Automatic backups, newest first. */
export async function listAutomaticBackups(dataDir: string): Promise<AutomaticBackup[]> {
  const dir = automaticBackupsDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: Array<AutomaticBackup & { order: [number, number] }> = [];
  for (const fileName of names) {
    const parsed = parseName(fileName);
    if (parsed === null) continue;
    let size: number;
    try {
      ({ size } = await stat(join(dir, fileName)));
    } catch (error) {
      // Removed by the rotation between the listing and now: it is no longer a backup.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    found.push({ fileName, createdAt: parsed.createdAt.toISOString(), sizeBytes: size, order: [parsed.createdAt.getTime(), parsed.attempt] });
  }
  found.sort((a, b) => b.order[0] - a.order[0] || b.order[1] - a.order[1]);
  return found.map(({ fileName, createdAt, sizeBytes }) => ({ fileName, createdAt, sizeBytes }));
}

/**
 * Writes an automatic backup durably with `write` (which saves an archive at the path it is
 * given), then drops all but the newest `kept`. Returns its path.
 */
export async function saveAutomaticBackup(dataDir: string, at: Date, kept: number, write: (path: string) => Promise<void>): Promise<string> {
  const dir = automaticBackupsDir(dataDir);
  await mkdir(dir, { recursive: true });
  // A backup cut off by a power cut at quit leaves its temp file; at ten years it is tens of megabytes.
  await removeLeftoverTemps(dir);
  const existing = new Set(await readdir(dir));
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let fileName = `${stamp}.${ARCHIVE_EXTENSION}`;
  for (let attempt = 1; existing.has(fileName); attempt += 1) fileName = `${stamp}-${attempt}.${ARCHIVE_EXTENSION}`;
  const path = join(dir, fileName);
  await write(path);
  const surplus = (await listAutomaticBackups(dataDir)).slice(kept);
  await Promise.all(surplus.map((item) => rm(join(dir, item.fileName), { force: true })));
  return path;
}
