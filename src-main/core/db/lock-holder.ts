import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { z } from 'zod';
import { errorCode } from './atomic-write.js';

/**
 * Who holds a data folder (or is taking over a stale lock on it), as written in the lock file.
 * `token` tells two locks of one process apart; `bootId` and `processStart` (Linux only) tell
 * the holder apart from an unrelated process that later got the same pid. Locks written by
 * earlier versions have only the first three fields.
 */
export const lockInfoSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  token: z.string().optional(),
  bootId: z.string().optional(),
  processStart: z.string().optional(),
});
export type LockInfo = z.infer<typeof lockInfoSchema>;

/**
 * A lock file is written in one small write right after it is created; one that cannot be read
 * for longer than this was left by a crash in between, not by a copy of the app that is starting.
 */
export const UNREADABLE_LOCK_GRACE_MS = 10_000;

/** One reading of a lock file. `key` changes whenever the file is replaced, even by equal bytes. */
export interface LockSnapshot {
  key: string;
  holder: LockInfo | 'unreadable' | 'forbidden';
  modifiedMs: number;
}

export type LockVerdict =
  | { kind: 'stale' }
  | { kind: 'live'; holder: LockInfo }
  | { kind: 'elsewhere'; holder: LockInfo }
  /** Being written right now, or not ours to read: it is not safe to take over, nor to wait for. */
  | { kind: 'unclear' };

export function describeThisProcess(now: () => Date): LockInfo {
  const identity = linuxProcessIdentity('self');
  return {
    pid: process.pid,
    hostname: hostname(),
    startedAt: now().toISOString(),
    token: randomUUID(),
    ...(identity === null ? {} : identity),
  };
}

/** Reads content and identity through one handle, so both describe the same file. */
export async function readLockSnapshot(path: string): Promise<LockSnapshot | 'gone'> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return 'gone';
    const modifiedMs = await stat(path).then((info) => info.mtimeMs, () => 0);
    return { key: `forbidden:${modifiedMs}`, holder: 'forbidden', modifiedMs };
  }
  try {
    const info = await handle.stat({ bigint: true });
    const bytes = await handle.readFile();
    const key = createHash('sha256')
      .update(bytes)
      .update(`\0${info.dev}:${info.ino}:${info.mtimeNs}:${info.birthtimeNs}`)
      .digest('hex')
      .slice(0, 24);
    return { key, holder: parseLockInfo(bytes.toString('utf8')), modifiedMs: Number(info.mtimeMs) };
  } finally {
    await handle.close();
  }
}

function parseLockInfo(text: string): LockInfo | 'unreadable' {
  try {
    const parsed = lockInfoSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Whether the lock in `snapshot` still guards its folder, seen from this process. */
export function judgeLock(snapshot: LockSnapshot, now: () => Date): LockVerdict {
  const { holder } = snapshot;
  if (holder === 'forbidden') return { kind: 'unclear' };
  if (holder === 'unreadable') {
    return now().getTime() - snapshot.modifiedMs < UNREADABLE_LOCK_GRACE_MS ? { kind: 'unclear' } : { kind: 'stale' };
  }
  // We cannot see another computer's processes (a shared or USB folder), so its lock stands.
  if (holder.hostname !== hostname()) return { kind: 'elsewhere', holder };
  // Started before this computer last booted: that process is gone, whatever now has its pid.
  // Linux names each boot, which is exact; elsewhere the clock has to do, though a clock set
  // right after starting (an office PC with a flat clock battery) can mislead it.
  const currentBoot = linuxBootId();
  if (holder.bootId !== undefined && currentBoot !== null) {
    if (holder.bootId !== currentBoot) return { kind: 'stale' };
  } else if (Date.parse(holder.startedAt) < Date.now() - uptime() * 1000) {
    return { kind: 'stale' };
  }
  return isHolderRunning(holder) ? { kind: 'live', holder } : { kind: 'stale' };
}

function isHolderRunning(holder: LockInfo): boolean {
  // Linux shows every process's start time, also another user's, so a pid that was reused by an
  // unrelated process is told apart from the holder.
  if (holder.processStart !== undefined) {
    const current = linuxProcessIdentity(holder.pid);
    if (current !== null) return current.processStart === holder.processStart;
  }
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user. Without a start time to compare
    // (Windows, macOS, older locks) a running pid is taken to be the holder: refusing costs the
    // user a restart, taking over a live holder's folder would cost them data.
    return errorCode(error) === 'EPERM';
  }
}

function linuxBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** The boot and start time (clock ticks since boot) of a Linux process, or null if not visible. */
function linuxProcessIdentity(pid: number | 'self'): { bootId: string; processStart: string } | null {
  const bootId = linuxBootId();
  if (bootId === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces, so fields are counted after its ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const processStart = fields[19];
    return processStart === undefined ? null : { bootId, processStart };
  } catch {
    return null;
  }
}
