import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, openStore } from '../../../src-main/core/db/index.js';
import { readLockSnapshot } from '../../../src-main/core/db/lock-holder.js';
import { bundleForNode } from '../../support/db/bundle-for-node.js';
import { spawnNode } from '../../support/db/child-process.js';
import { makeTempDir } from '../../support/temp-dir.js';

/** Writes a lock file as another process would have, and returns its text. */
async function writeLock(dir: string, holder: object | string): Promise<string> {
  const text = typeof holder === 'string' ? holder : JSON.stringify(holder);
  await writeFile(join(dir, LOCK_FILE_NAME), text);
  return text;
}

/** A refusal changes nothing: the lock is as it was and nothing was added beside it. */
async function expectUntouched(dir: string, lock: string): Promise<void> {
  expect(await readdir(dir)).toEqual([LOCK_FILE_NAME]);
  expect(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(lock);
}

/** A lock as this version writes it on Linux, naming the running process `pid` exactly. */
function liveLinuxHolder(pid: number): object {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return {
    pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: 'another-copy',
    bootId: readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
    processStart: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19],
  };
}

/** The pid of a process that has just exited, so no process with it is running. */
async function pidOfExitedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

describe('data folder lock', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bundleDir: string;
  let lockChild: string;

  beforeAll(async () => {
    bundleDir = await mkdtemp(join(tmpdir(), 'sachiv-bundle-'));
    lockChild = await bundleForNode(fileURLToPath(new URL('../../support/db/lock-child.ts', import.meta.url)), bundleDir);
  });
  afterAll(() => rm(bundleDir, { recursive: true, force: true }));
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('records who holds the folder', async () => {
    const store = await openStore(dir);
    const info = JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, hostname: hostname(), startedAt: expect.any(String), token: expect.any(String) });
    await store.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second store on the same folder in the same process, and allows one after close', async () => {
    const store = await openStore(dir);
    await expect(openStore(dir)).rejects.toMatchObject({
      code: 'db.locked',
      details: { path: join(dir, LOCK_FILE_NAME), params: { pid: process.pid, hostname: hostname() } },
    });
    await store.close();
    const again = await openStore(dir);
    await again.close();
  });

  it('refuses another process while this one holds the folder', async () => {
    const store = await openStore(dir);
    try {
      const child = spawnNode(lockChild, [dir]);
      const line = await child.waitForLine(() => true);
      await child.exited;
      expect(JSON.parse(line)).toEqual({ opened: false, code: 'db.locked' });
    } finally {
      await store.close();
    }
  });

  it('is refused while another process holds it, and taken over once that process was killed', async () => {
    const holder = spawnNode(lockChild, [dir, 'hold']);
    try {
      expect(JSON.parse(await holder.waitForLine(() => true))).toEqual({ opened: true });
      await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked' });
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
    const store = await openStore(dir);
    const info = JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'));
    expect(info.pid).toBe(process.pid);
    await store.close();
  });

  it('takes over a stale lock naming a process that no longer runs', async () => {
    const deadPid = await pidOfExitedProcess();
    await writeFile(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: deadPid, hostname: hostname(), startedAt: new Date().toISOString() }),
    );
    const store = await openStore(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over a lock left from before this computer last started, even if its pid is in use now', async () => {
    await writeFile(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: '2000-01-01T00:00:00.000Z' }),
    );
    const store = await openStore(dir);
    await store.close();
  });

  it('respects a lock from another computer, whose processes it cannot see, and names that computer', async () => {
    const lock = await writeLock(dir, { pid: 1, hostname: `not-${hostname()}`, startedAt: new Date().toISOString() });
    await expect(openStore(dir)).rejects.toMatchObject({
      code: 'db.lockedElsewhere',
      details: { path: join(dir, LOCK_FILE_NAME), params: { hostname: `not-${hostname()}` } },
    });
    await expectUntouched(dir, lock);
  });

  it('waits for an empty lock that is being written right now, then refuses it without touching it', { timeout: 15_000 }, async () => {
    const lock = await writeLock(dir, '');
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.lockUnclear', details: { path: join(dir, LOCK_FILE_NAME) } });
    await expectUntouched(dir, lock);
  });

  it('opens once an empty lock being written is finished by a process that has since exited', async () => {
    const deadPid = await pidOfExitedProcess();
    await writeLock(dir, '');
    const opening = openStore(dir);
    // The other copy writes its lock a moment later, then is gone (a crash after starting).
    await writeLock(dir, { pid: deadPid, hostname: hostname(), startedAt: new Date().toISOString() });
    const store = await opening;
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('takes over an empty lock file left by a crash long enough ago', async () => {
    await writeLock(dir, '');
    const store = await openStore(dir, { now: () => new Date(Date.now() + 60_000) });
    await store.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose pid now belongs to an unrelated process (Linux compares start times)', async () => {
    await writeLock(dir, { ...liveLinuxHolder(process.ppid), processStart: '1' });
    const store = await openStore(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it.runIf(process.platform === 'linux')('refuses a lock whose pid is still the very process that wrote it', async () => {
    const lock = await writeLock(dir, liveLinuxHolder(process.ppid));
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked', details: { params: { pid: process.ppid } } });
    await expectUntouched(dir, lock);
  });

  it.runIf(process.platform === 'linux')('takes over a lock from an earlier boot of this computer, whose pid is in use again', async () => {
    await writeLock(dir, { ...liveLinuxHolder(process.ppid), bootId: 'an-earlier-boot' });
    const store = await openStore(dir);
    await store.close();
  });

  it.runIf(process.platform === 'linux')('keeps a live lock whose start time the clock later made look older than this boot', async () => {
    const lock = await writeLock(dir, { ...liveLinuxHolder(process.ppid), startedAt: '2000-01-01T00:00:00.000Z' });
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked' });
    await expectUntouched(dir, lock);
  });

  it('refuses, naming the pid, an older lock whose pid is running, as it cannot tell a reused pid from its holder', async () => {
    const lock = await writeLock(dir, { pid: process.ppid, hostname: hostname(), startedAt: new Date().toISOString() });
    await expect(openStore(dir)).rejects.toMatchObject({
      code: 'db.locked',
      details: { path: join(dir, LOCK_FILE_NAME), params: { pid: process.ppid, hostname: hostname() } },
    });
    await expectUntouched(dir, lock);
  });

  it('refuses a lock held by a running process of another user', async () => {
    if (process.getuid?.() === 0) {
      // As root every process may be signalled, so ask as an unprivileged user instead.
      const lock = await writeLock(dir, { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() });
      await Promise.all([chmod(dir, 0o755), chmod(lockChild, 0o644), chmod(bundleDir, 0o755)]);
      const child = spawn(process.execPath, [lockChild, dir], { uid: 65534, gid: 65534, stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      await once(child, 'exit');
      expect(JSON.parse(output)).toEqual({ opened: false, code: 'db.locked' });
      await expectUntouched(dir, lock);
    } else {
      const lock = await writeLock(dir, { pid: 1, hostname: hostname(), startedAt: new Date().toISOString() });
      await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked', details: { params: { pid: 1 } } });
      await expectUntouched(dir, lock);
    }
  });

  it('passes a takeover left unfinished by a process that has exited, and clears what it left', async () => {
    await writeLock(dir, { pid: await pidOfExitedProcess(), hostname: hostname(), startedAt: new Date().toISOString() });
    const stale = await readLockSnapshot(join(dir, LOCK_FILE_NAME));
    if (stale === 'gone') throw new Error('the lock was just written');
    const deadTaker = { pid: await pidOfExitedProcess(), hostname: hostname(), startedAt: new Date().toISOString() };
    await writeFile(join(dir, `${LOCK_FILE_NAME}.takeover-${stale.key}-0`), JSON.stringify(deadTaker));
    await writeFile(join(dir, `${LOCK_FILE_NAME}.takeover-oldkey-0`), JSON.stringify(deadTaker));
    const store = await openStore(dir);
    expect(await readdir(dir)).toEqual([LOCK_FILE_NAME]);
    await store.close();
  });

  it('waits for a takeover another running process is making, and refuses if it never ends', { timeout: 15_000 }, async () => {
    const lock = await writeLock(dir, { pid: await pidOfExitedProcess(), hostname: hostname(), startedAt: new Date().toISOString() });
    const stale = await readLockSnapshot(join(dir, LOCK_FILE_NAME));
    if (stale === 'gone') throw new Error('the lock was just written');
    const marker = `${LOCK_FILE_NAME}.takeover-${stale.key}-0`;
    await writeFile(join(dir, marker), JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: new Date().toISOString() }));
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.lockUnclear' });
    expect(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(lock);
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE_NAME, marker]);
  });

  it('does not remove a lock another process took over', async () => {
    const store = await openStore(dir);
    const someoneElse = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: new Date().toISOString() });
    await writeFile(join(dir, LOCK_FILE_NAME), someoneElse);
    await store.close();
    expect(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(someoneElse);
  });
});
