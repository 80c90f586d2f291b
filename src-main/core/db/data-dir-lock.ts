import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { errorCode } from './atomic-write.js';

export const LOCK_FILE_NAME = 'sachiv.lock';

const lockInfoSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
});
type LockInfo = z.infer<typeof lockInfoSchema>;

/**
 * A lock file is written in one small write right after it is created; one that cannot be read
 * for longer than this was left by a crash in between, not by a copy of the app that is starting.
 */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

/**
 * Makes this process the only user of `dataDir`. A lock left behind by a process that is no
 * longer running (a crash, a power cut) is taken over; a live holder makes this reject with
 * AppError('db.locked').
 */
export async function acquireDataDirLock(dataDir: string, now: () => Date): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE_NAME);
  const mine: LockInfo = { pid: process.pid, hostname: hostname(), startedAt: now().toISOString() };

  if (!(await tryCreateLock(path, mine))) {
    if (await isHeldByLiveProcess(path, now)) throw new AppError('db.locked', { path });
    await rm(path, { force: true });
    if (!(await tryCreateLock(path, mine))) throw new AppError('db.locked', { path });
  }
  return { path, release: () => releaseLock(path, mine) };
}

async function tryCreateLock(path: string, info: LockInfo): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new AppError('db.writeFailed', { path, message: String(error) }, { cause: error });
  }
  try {
    await handle.writeFile(JSON.stringify(info));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function isHeldByLiveProcess(path: string, now: () => Date): Promise<boolean> {
  const holder = await readLock(path);
  if (holder === 'gone') return false;
  if (holder === 'unreadable') {
    const modified = await stat(path).then((info) => info.mtimeMs, () => 0);
    return now().getTime() - modified < UNREADABLE_LOCK_GRACE_MS;
  }
  // We cannot see another computer's processes (a shared or USB folder), so its lock stands.
  if (holder.hostname !== hostname()) return true;
  // Started before this computer last booted: that process is gone, whatever now has its pid.
  const bootTime = Date.now() - uptime() * 1000;
  if (Date.parse(holder.startedAt) < bootTime) return false;
  return isProcessRunning(holder.pid);
}

async function readLock(path: string): Promise<LockInfo | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
}

/** Removes the lock only if it is still ours, so a lock someone else took over is left alone. */
async function releaseLock(path: string, mine: LockInfo): Promise<void> {
  const holder = await readLock(path);
  if (typeof holder === 'object' && holder.pid === mine.pid && holder.startedAt === mine.startedAt) {
    await rm(path, { force: true });
  }
}
