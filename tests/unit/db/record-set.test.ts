import { copyFile, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordSet, openStore, type RecordSetTuning, type Store, type StoreOptions } from '../../../src-main/core/db/index.js';
import { bucketIdFor } from '../../../src-main/core/db/record-set-format.js';
import { member, membersRecordSet } from '../../support/db/sample-record-sets.js';
import { makeTempDir } from '../../support/temp-dir.js';

let dataDir: string;
let cleanup: () => Promise<void>;
let store: Store | undefined;
beforeEach(async () => ({ dir: dataDir, cleanup } = await makeTempDir()));
afterEach(async () => {
  await store?.close();
  store = undefined;
  await cleanup();
});

const headPath = () => join(dataDir, 'members.json');
const bucketFiles = async () => (await readdir(join(dataDir, 'members'))).filter((name) => name.startsWith('b-'));
const headFile = async () => JSON.parse(await readFile(headPath(), 'utf8')) as { data: { recent: unknown[] } };

async function openMembers(tuning: RecordSetTuning = {}, options: StoreOptions = {}) {
  await store?.close();
  store = await openStore(dataDir, options);
  return openRecordSet(store, membersRecordSet, { foldAt: 3, onFoldError: () => undefined, ...tuning });
}

const names = (set: Awaited<ReturnType<typeof openMembers>>) =>
  [...set.records().values()].map((record) => `${record.id}:${record.name}`).sort();

describe('a record set', () => {
  it('commits a change by rewriting only the small head file, and gives it back after a restart', async () => {
    const members = await openMembers();
    await members.commit({ put: [member(1)], head: (draft) => void (draft.title = 'कार्यकारिणी') });
    await members.commit({ put: [member(2)] });
    expect(await bucketFiles()).toEqual([]);
    expect((await headFile()).data.recent).toHaveLength(2);

    const reopened = await openMembers();
    expect(reopened.head()).toEqual({ title: 'कार्यकारिणी' });
    expect(names(reopened)).toEqual(['m-1:सदस्य 1', 'm-2:सदस्य 2']);
  });

  it('leaves the records and the shared head exactly as they were when a commit is refused', async () => {
    const members = await openMembers({ foldAt: 100 });
    await members.commit({ put: [member(1)], head: (draft) => void (draft.title = 'कार्यकारिणी') });
    const refused = members.commit({
      put: [member(2), { id: 'm-3', name: 7 as unknown as string }],
      head: (draft) => void (draft.title = 'बदला नहीं जाना चाहिए'),
    });
    await expect(refused).rejects.toMatchObject({ code: 'validation.failed' });
    expect(members.head()).toEqual({ title: 'कार्यकारिणी' });
    expect(names(members)).toEqual(['m-1:सदस्य 1']);
    expect((await headFile()).data.recent).toHaveLength(1);
    await members.commit({ put: [member(2)] });
    expect(names(await openMembers())).toEqual(['m-1:सदस्य 1', 'm-2:सदस्य 2']);
  });

  it('folds gathered changes into hash buckets in the background and loses none', async () => {
    const members = await openMembers();
    for (let n = 1; n <= 10; n += 1) await members.commit({ put: [member(n)] });
    await members.commit({ put: [member(4, 'बदला हुआ नाम')] });
    await members.flush();

    expect((await headFile()).data.recent.length).toBeLessThan(3);
    expect((await bucketFiles()).length).toBeGreaterThan(1);
    const expected = [...Array.from({ length: 10 }, (_, index) => `m-${index + 1}:सदस्य ${index + 1}`)]
      .map((entry) => (entry.startsWith('m-4:') ? 'm-4:बदला हुआ नाम' : entry))
      .sort();
    expect(names(members)).toEqual(expected);
    expect(names(await openMembers())).toEqual(expected);
  });

  it('keeps every record when a fold is cut off after the buckets were written', async () => {
    let refuseHeadWrites = false;
    const members = await openMembers(
      {},
      {
        rename: async (from, to) => {
          if (refuseHeadWrites && to === headPath()) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
          await rename(from, to);
        },
      },
    );
    await members.commit({ put: [member(1), member(2)] });
    refuseHeadWrites = true;
    // This commit itself fails, and the fold it would start never gets to shrink the head file.
    await expect(members.commit({ put: [member(3)] })).rejects.toMatchObject({ code: 'db.writeFailed' });
    refuseHeadWrites = false;
    await members.commit({ put: [member(3)] });
    refuseHeadWrites = true;
    await members.flush();
    expect((await bucketFiles()).length).toBeGreaterThan(0);
    expect((await headFile()).data.recent).toHaveLength(3);

    refuseHeadWrites = false;
    expect(names(await openMembers())).toEqual(['m-1:सदस्य 1', 'm-2:सदस्य 2', 'm-3:सदस्य 3']);
  });

  it('keeps the progress of a fold that fails part-way: the head file loses only what reached its buckets', async () => {
    let bucketWrites = 0;
    const store256 = { ...membersRecordSet, bucketCount: 256 };
    await store?.close();
    store = await openStore(dataDir, {
      rename: async (from, to) => {
        if (to.includes(`${join('members', 'b-')}`)) {
          bucketWrites += 1;
          if (bucketWrites > 40) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
        }
        await rename(from, to);
      },
    });
    const members = await openRecordSet(store, store256, { foldAt: 1_000, onFoldError: () => undefined });
    await members.commit({ put: Array.from({ length: 200 }, (_, index) => member(index + 1)) });

    await members.foldPending();

    const left = (await headFile()).data.recent.length;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(200);
    await store.close();
    store = await openStore(dataDir);
    expect((await openRecordSet(store, store256)).records().size).toBe(200);
  });

  it('prefers a bucket’s newer copy over a head file restored from an older backup', async () => {
    const members = await openMembers();
    await members.commit({ put: [member(1, 'पहला नाम')] });
    await members.flush();
    await copyFile(headPath(), join(dataDir, 'old-head.json'));
    await members.commit({ put: [member(1, 'दूसरा नाम')] });
    await members.commit({ put: [member(2)] });
    await members.commit({ put: [member(3)] });
    await members.flush();
    await store!.close();
    store = undefined;

    await copyFile(join(dataDir, 'old-head.json'), headPath());
    const restored = await openMembers();
    expect(restored.records().get('m-1')?.name).toBe('दूसरा नाम');
    // Later commits must outrank what the buckets hold, even though the old head file forgot them.
    await restored.commit({ put: [member(1, 'तीसरा नाम')] });
    expect((await openMembers()).records().get('m-1')?.name).toBe('तीसरा नाम');
  });

  it('moves a damaged bucket aside with a notice and keeps every other record', async () => {
    const members = await openMembers();
    for (let n = 1; n <= 12; n += 1) await members.commit({ put: [member(n)] });
    await members.flush();
    await store!.close();
    store = undefined;
    const [damagedBucket] = await bucketFiles();
    const damagedPath = join(dataDir, 'members', damagedBucket!);
    const lost = (JSON.parse(await readFile(damagedPath, 'utf8')) as { data: { records: Array<{ record: { id: string } }> } }).data.records.map(
      (entry) => entry.record.id,
    );
    await writeFile(damagedPath, '{"schemaVersion":1,"da');

    const reopened = await openMembers();
    expect(store!.notices()).toMatchObject([{ kind: 'damagedFileReset', file: damagedPath }]);
    expect(reopened.records().size).toBe(12 - lost.length);
    for (const id of lost) expect(reopened.records().has(id)).toBe(false);
  });

  it('gives the same instance when opened twice on one store, so only one fold runs', async () => {
    const first = await openMembers();
    expect(await openRecordSet(store!, membersRecordSet)).toBe(first);
  });

  it('places a record in the same bucket on every run and platform', () => {
    // Pinned: the buckets on users' disks were filled with these values.
    expect(['p-0', 'p-49999', '6f1c1b1e-8d3a-4c1e-9a51-0d2b7c9e4f10'].map((id) => bucketIdFor(id, 256))).toEqual(['b-62', 'b-e2', 'b-00']);
    expect(bucketIdFor('p-0', 8)).toBe('b-2');
  });
});
