import { join } from 'node:path';
import { open, readdir, rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../errors.js';
import { errorCode } from './atomic-write.js';
import { describeThisProcess, judgeLock, readLockSnapshot, type LockInfo, type LockSnapshot, type LockVerdict } from './lock-holder.js';

export const LOCK_FILE_NAME = 'sachiv.lock';
const TAKEOVER_PREFIX = `${LOCK_FILE_NAME}.takeover-`;

/**
 * How long a start waits for a lock that is being written, or a takeover that another process
 * is in the middle of; both take milliseconds unless that process was stopped midway.
 */
const UNCLEAR_LOCK_WAIT_MS = 3_000;
const RECHECK_MS = 20;

export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

/**
 * Makes this process the only user of `dataDir`. A lock left behind by a process that is no
 * longer running (a crash, a power cut) is taken over; otherwise this rejects with
 * AppError('db.locked') (a running copy on this computer), 'db.lockedElsewhere' (another
 * computer) or 'db.lockUnclear' (a lock that is still being written or cannot be read).
 *
 * Why a takeover is safe when several copies start at once: a stale lock is removed only by the
 * process that first creates the takeover marker named after that exact lock file (its content
 * and file identity), and only after it has checked, while holding that marker, that the lock is
 * still that file. No process ever removes a lock it has not judged stale, so a lock that another
 * process has just created cannot be removed by a slower one that judged its predecessor.
 */
export async function acquireDataDirLock(dataDir: string, now: () => Date): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE_NAME);
  const mine = describeThisProcess(now);
  const giveUpAt = Date.now() + UNCLEAR_LOCK_WAIT_MS;
  let windowsRefusal: unknown = null;
  for (;;) {
    let verdict: 'acquired' | LockVerdict;
    try {
      verdict = await tryToAcquire(dataDir, path, mine, now);
      windowsRefusal = null;
    } catch (error) {
      if (!mayBePendingDeleteOnWindows(error)) throw error;
      windowsRefusal = error;
      verdict = { kind: 'unclear' };
    }
    if (verdict === 'acquired') break;
    if (verdict.kind !== 'unclear' && verdict.kind !== 'stale') throw refusal(verdict, path);
    if (Date.now() >= giveUpAt) throw windowsRefusal ?? refusal({ kind: 'unclear' }, path);
    await delay(RECHECK_MS);
  }
  await removeTakeoverMarkers(dataDir);
  return { path, release: () => releaseLock(path, mine) };
}

/** One attempt: 'acquired', or what stands in the way ('stale' means someone else is taking it over). */
async function tryToAcquire(dataDir: string, path: string, mine: LockInfo, now: () => Date): Promise<'acquired' | LockVerdict> {
  if (await tryCreateLock(path, mine)) return await confirmOwnership(path, mine);
  const snapshot = await readLockSnapshot(path);
  if (snapshot === 'gone') return { kind: 'stale' };
  const verdict = judgeLock(snapshot, now);
  if (verdict.kind !== 'stale') return verdict;
  return await takeOverStaleLock(dataDir, path, snapshot, mine, now);
}

/**
 * Replaces the stale lock in `stale` with ours, if this process wins the right to. Markers are
 * numbered so that a taker that died holding one does not block the folder for ever: the next
 * number is tried only once the holder of the previous one is known to be gone.
 */
async function takeOverStaleLock(
  dataDir: string,
  path: string,
  stale: LockSnapshot,
  mine: LockInfo,
  now: () => Date,
): Promise<'acquired' | LockVerdict> {
  const markers: string[] = [];
  let holdingMarker = false;
  try {
    for (let attempt = 0; ; attempt += 1) {
      const marker = join(dataDir, `${TAKEOVER_PREFIX}${stale.key}-${attempt}`);
      markers.push(marker);
      holdingMarker = await tryCreateLock(marker, mine);
      if (holdingMarker) break;
      const markerSnapshot = await readLockSnapshot(marker);
      // A finished takeover removes its markers, so the lock itself must be looked at again.
      if (markerSnapshot === 'gone') return { kind: 'stale' };
      // A live taker will be done in a moment; one that is gone is passed by the next number.
      if (judgeLock(markerSnapshot, now).kind !== 'stale') return { kind: 'unclear' };
    }
    const current = await readLockSnapshot(path);
    if (current !== 'gone') {
      // Replaced since it was judged: that is someone else's lock, not ours to remove.
      if (current.key !== stale.key) return { kind: 'stale' };
      await rm(path, { force: true });
    }
    return (await tryCreateLock(path, mine)) ? await confirmOwnership(path, mine) : { kind: 'stale' };
  } finally {
    // Only the winner clears the way, newest marker first: while an older marker of a taker that
    // is gone remains, nobody can start below the number we held.
    if (holdingMarker) for (const marker of markers.reverse()) await rm(marker, { force: true });
  }
}

/**
 * Windows keeps a removed file's name for as long as another process still has it open (here: a
 * copy starting at the same moment, reading the stale lock), and refuses to create it meanwhile.
 * Such a refusal is retried until the wait runs out; only then is it the folder's fault.
 */
function mayBePendingDeleteOnWindows(error: unknown): boolean {
  if (process.platform !== 'win32' || !(error instanceof AppError) || error.code !== 'db.writeFailed') return false;
  const code = errorCode(error.cause);
  return code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
}

/** Creates `path` holding `info`, only if nothing is there; false if something is. */
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
  } catch (error) {
    await handle.close();
    // Ours and still empty or partial: left behind, it would hold off every start for a while.
    await rm(path, { force: true });
    throw new AppError('db.writeFailed', { path, message: String(error) }, { cause: error });
  }
  await handle.close();
  return true;
}

/** Reads the lock back: only our own token in it proves that no other process replaced it. */
async function confirmOwnership(path: string, mine: LockInfo): Promise<'acquired' | LockVerdict> {
  const snapshot = await readLockSnapshot(path);
  if (snapshot !== 'gone' && typeof snapshot.holder === 'object' && snapshot.holder.token === mine.token) return 'acquired';
  return { kind: 'unclear' };
}

/** Markers left by a taker that crashed; none is in use while the folder is locked by us. */
async function removeTakeoverMarkers(dataDir: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => []);
  for (const name of names) {
    if (name.startsWith(TAKEOVER_PREFIX)) await rm(join(dataDir, name), { force: true });
  }
}

function refusal(verdict: Exclude<LockVerdict, { kind: 'stale' }>, path: string): AppError {
  switch (verdict.kind) {
    case 'live':
      return new AppError('db.locked', { path, params: { pid: verdict.holder.pid, hostname: verdict.holder.hostname } });
    case 'elsewhere':
      return new AppError('db.lockedElsewhere', { path, params: { pid: verdict.holder.pid, hostname: verdict.holder.hostname } });
    case 'unclear':
      return new AppError('db.lockUnclear', { path });
  }
}

/** Removes the lock only if it is still ours, so a lock someone else took over is left alone. */
async function releaseLock(path: string, mine: LockInfo): Promise<void> {
  const snapshot = await readLockSnapshot(path);
  if (snapshot === 'gone' || typeof snapshot.holder !== 'object') return;
  const holder = snapshot.holder;
  const ours = mine.token !== undefined && holder.token === mine.token;
  if (ours) await rm(path, { force: true });
}
