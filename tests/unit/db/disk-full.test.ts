import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/index.js';
import { fillDisk, mountSmallDisk, type SmallDisk } from '../../support/small-disk.js';

let disk: SmallDisk;
let mountPoint: string;
let mountRefused: string | null;

// A real full disk: a 2 MB tmpfs. Where mounting is not allowed the test says so and is
// skipped rather than faking the file system.
beforeEach(async () => {
  disk = await mountSmallDisk('sachiv-diskfull-');
  ({ dir: mountPoint, refused: mountRefused } = disk);
  if (mountRefused) console.log(`disk-full test skipped: cannot mount a tmpfs here (${mountRefused})`);
});

afterEach(async () => {
  await disk.cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String);
}

describe('a full disk', () => {
  it('reports the failed save at once, keeps the earlier data and leaves no partial file; the save works once space is freed', async (context) => {
    if (mountRefused) context.skip();
    const dataDir = join(mountPoint, 'data');
    let core: Core = await openCore({ dataDir, appVersion: 'test', log: () => {} });
    const first = await core.dispatch('people:create', { person: { name: 'पहला व्यक्ति' } });
    expect(first.ok).toBe(true);
    const before = await readFile(join(dataDir, 'people.json'));

    await fillDisk(join(mountPoint, 'filler'));
    const started = performance.now();
    const failed = await core.dispatch('people:create', { person: { name: 'दूसरा व्यक्ति', notes: 'टिप्पणी '.repeat(600) } });
    expect(performance.now() - started, 'the user hears about it within a second').toBeLessThan(1000);
    expect(failed).toMatchObject({ ok: false, error: { code: 'db.writeFailed' } });
    expect(await readFile(join(dataDir, 'people.json'))).toEqual(before);
    expect((await filesUnder(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const listed = await core.dispatch('people:search', { query: '' });
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });

    await rm(join(mountPoint, 'filler'));
    const retried = await core.dispatch('people:create', { person: { name: 'दूसरा व्यक्ति', notes: 'टिप्पणी '.repeat(600) } });
    expect(retried.ok).toBe(true);
    await core.close();
    core = await openCore({ dataDir, appVersion: 'test', log: () => {} });
    const names = await core.dispatch('people:search', { query: '' });
    expect(names).toMatchObject({ ok: true, value: { items: [{ name: 'दूसरा व्यक्ति' }, { name: 'पहला व्यक्ति' }] } });
    await core.close();
  });
});
