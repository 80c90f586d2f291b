import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME, openStore } from '../../../src-main/core/db/index.js';
import { bundleForNode } from '../../support/db/bundle-for-node.js';
import { spawnNode } from '../../support/db/child-process.js';
import { makeTempDir } from '../../support/temp-dir.js';

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
    expect(info).toEqual({ pid: process.pid, hostname: hostname(), startedAt: expect.any(String) });
    await store.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a second store on the same folder in the same process, and allows one after close', async () => {
    const store = await openStore(dir);
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked', details: { path: join(dir, LOCK_FILE_NAME) } });
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

  it('respects a lock from another computer, whose processes it cannot see', async () => {
    await writeFile(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: 1, hostname: `not-${hostname()}`, startedAt: new Date().toISOString() }),
    );
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked' });
  });

  it('takes over an unreadable lock file left by a crash, but not one that is being written right now', async () => {
    await writeFile(join(dir, LOCK_FILE_NAME), '');
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'db.locked' });
    const store = await openStore(dir, { now: () => new Date(Date.now() + 60_000) });
    await store.close();
  });

  it('does not remove a lock another process took over', async () => {
    const store = await openStore(dir);
    const someoneElse = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: new Date().toISOString() });
    await writeFile(join(dir, LOCK_FILE_NAME), someoneElse);
    await store.close();
    expect(await readFile(join(dir, LOCK_FILE_NAME), 'utf8')).toBe(someoneElse);
  });
});
