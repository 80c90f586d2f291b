import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src-main/core/db/atomic-write.js';
import { makeFolderReadOnly } from '../../support/db/read-only-folder.js';
import { makeTempDir } from '../../support/temp-dir.js';

function failingWith(code: string) {
  return Object.assign(new Error(`${code}: operation not permitted`), { code });
}

/** A rename that fails `failures` times with `code`, then behaves like fs.rename. */
function renameFailing(failures: number, code = 'EPERM') {
  let calls = 0;
  const fn = async (from: string, to: string) => {
    calls += 1;
    if (calls <= failures) throw failingWith(code);
    await rename(from, to);
  };
  return { fn, calls: () => calls };
}

describe('writeFileAtomic', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  it('replaces the file and leaves no temp file behind', async () => {
    const target = join(dir, 'people.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'नया', { renameRetryMs: 1_000 });
    expect(await readFile(target, 'utf8')).toBe('नया');
    expect(await readdir(dir)).toEqual(['people.json']);
  });

  it('writes through a unique temp file in the same folder', async () => {
    const target = join(dir, 'people.json');
    const seen: string[] = [];
    await writeFileAtomic(target, 'x', {
      renameRetryMs: 1_000,
      rename: async (from, to) => {
        seen.push(from);
        await rename(from, to);
      },
    });
    await writeFileAtomic(target, 'y', {
      renameRetryMs: 1_000,
      rename: async (from, to) => {
        seen.push(from);
        await rename(from, to);
      },
    });
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(2);
    for (const temp of seen) {
      expect(dirname(temp)).toBe(dir);
      expect(basename(temp)).toMatch(new RegExp(`^\\.people\\.json\\.${process.pid}\\.[0-9a-f]+\\.tmp$`));
    }
  });

  it('retries a rename that Windows refuses with EPERM and then succeeds', async () => {
    const target = join(dir, 'people.json');
    await writeFile(target, 'old');
    const rename = renameFailing(4, 'EPERM');
    await writeFileAtomic(target, 'new', { renameRetryMs: 5_000, rename: rename.fn });
    expect(rename.calls()).toBe(5);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['people.json']);
  });

  it.each(['EBUSY', 'EACCES'])('retries %s too', async (code) => {
    const target = join(dir, 'people.json');
    const rename = renameFailing(2, code);
    await writeFileAtomic(target, 'new', { renameRetryMs: 5_000, rename: rename.fn });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('gives up when the rename keeps failing past the limit: rejects, removes the temp file, keeps the old file', async () => {
    const target = join(dir, 'people.json');
    await writeFile(target, 'old content');
    const rename = renameFailing(Number.POSITIVE_INFINITY, 'EPERM');
    const started = Date.now();
    await expect(writeFileAtomic(target, 'new content', { renameRetryMs: 200, rename: rename.fn })).rejects.toMatchObject({
      code: 'EPERM',
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(2_000);
    expect(rename.calls()).toBeGreaterThan(2);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['people.json']);
  });

  it('measures and waits out the retry window on the clock it is given', async () => {
    const target = join(dir, 'people.json');
    await writeFile(target, 'old content');
    let virtualNow = 1_000_000;
    const sleeps: number[] = [];
    const retryClock = {
      now: () => virtualNow,
      sleep: (ms: number) => {
        sleeps.push(ms);
        virtualNow += ms;
        return Promise.resolve();
      },
    };
    const rename = renameFailing(Number.POSITIVE_INFINITY, 'EPERM');
    const started = Date.now();
    await expect(writeFileAtomic(target, 'new', { renameRetryMs: 60_000, rename: rename.fn, retryClock })).rejects.toMatchObject({
      code: 'EPERM',
    });
    expect(Date.now() - started, 'a minute of virtual time takes no minute of real time').toBeLessThan(5_000);
    const waited = sleeps.reduce((sum, ms) => sum + ms, 0);
    expect(waited).toBeGreaterThan(59_000);
    expect(waited).toBeLessThanOrEqual(60_000);
    expect(rename.calls()).toBe(sleeps.length + 1);
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['people.json']);
  });

  it('does not retry errors that are not transient', async () => {
    const target = join(dir, 'people.json');
    const rename = renameFailing(Number.POSITIVE_INFINITY, 'ENOSPC');
    await expect(writeFileAtomic(target, 'x', { renameRetryMs: 5_000, rename: rename.fn })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(rename.calls()).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects clearly when the folder is read-only, and the old file stays intact', async (context) => {
    const target = join(dir, 'people.json');
    await writeFile(target, 'old content');
    const undo = await makeFolderReadOnly(dir);
    if (undo === null) return context.skip('this machine cannot make a folder read-only for the current user');
    try {
      await expect(writeFileAtomic(target, 'new', { renameRetryMs: 200 })).rejects.toMatchObject({
        code: expect.stringMatching(/^(EACCES|EPERM|EROFS)$/),
      });
    } finally {
      await undo();
    }
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['people.json']);
  });
});
