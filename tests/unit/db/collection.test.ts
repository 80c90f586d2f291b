import { readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollectionItemExistsError, CollectionItemMissingError, openStore, type Store, type StoreOptions } from '../../../src-main/core/db/index.js';
import { meetingFileText, meetingsCollection, meetingsCollectionV2 } from '../../support/db/sample-collections.js';
import { makeTempDir } from '../../support/temp-dir.js';

const FIXED_NOW = new Date('2025-03-04T05:06:07.089Z');

let dataDir: string;
let cleanup: () => Promise<void>;
let store: Store | undefined;
beforeEach(async () => ({ dir: dataDir, cleanup } = await makeTempDir()));
afterEach(async () => {
  await store?.close();
  store = undefined;
  await cleanup();
});

const folder = () => join(dataDir, 'meetings');
const shard = (id: string) => join(folder(), `${id}.json`);
const catalogPath = () => join(folder(), 'catalog.json');

async function openMeetings(options: StoreOptions = {}, spec = meetingsCollection) {
  await store?.close();
  store = await openStore(dataDir, { now: () => FIXED_NOW, ...options });
  return store.openCollection(spec);
}

async function seedThreeMeetings() {
  const meetings = await openMeetings();
  await meetings.create('m-1', { title: 'कार्यकारिणी बैठक', attendees: ['सीमा', 'राम'] });
  await meetings.create('m-2', { title: 'वार्षिक सभा', attendees: ['गीता'] });
  await meetings.create('m-3', { title: 'राजभाषा समिति', attendees: [] });
  await store!.close();
  store = undefined;
}

const threeSummaries = new Map([
  ['m-1', { title: 'कार्यकारिणी बैठक', count: 2 }],
  ['m-2', { title: 'वार्षिक सभा', count: 1 }],
  ['m-3', { title: 'राजभाषा समिति', count: 0 }],
]);

describe('a durable collection', () => {
  it('keeps one file per item and gives every item back after a restart', async () => {
    await seedThreeMeetings();
    const meetings = await openMeetings();
    expect(meetings.summaries()).toEqual(threeSummaries);
    await meetings.update('m-2', (draft) => {
      draft.attendees.push('फ़ातिमा');
    });

    const reopened = await openMeetings();
    expect(await reopened.get('m-2')).toEqual({ title: 'वार्षिक सभा', attendees: ['गीता', 'फ़ातिमा'] });
    expect(reopened.summaries().get('m-2')).toEqual({ title: 'वार्षिक सभा', count: 2 });
    expect(await readFile(shard('m-2'), 'utf8')).toBe(meetingFileText({ title: 'वार्षिक सभा', attendees: ['गीता', 'फ़ातिमा'] }));
    expect((await readdir(folder())).sort()).toEqual(['catalog.json', 'm-1.json', 'm-2.json', 'm-3.json']);
  });

  it('rebuilds a deleted catalog from the shards with identical summaries', async () => {
    await seedThreeMeetings();
    const catalogBefore = await readFile(catalogPath(), 'utf8');
    await rm(catalogPath());

    const meetings = await openMeetings();
    expect(meetings.summaries()).toEqual(threeSummaries);
    await store!.flush();
    expect(await readFile(catalogPath(), 'utf8')).toBe(catalogBefore);
    expect(store!.notices()).toEqual([]);
  });

  it('rebuilds an unparseable catalog', async () => {
    await seedThreeMeetings();
    await writeFile(catalogPath(), '{"schemaVersion":1,"data":{"itemSch');
    expect((await openMeetings()).summaries()).toEqual(threeSummaries);
  });

  it('repairs a catalog that disagrees with the folder: an extra shard, a missing one, one edited behind its back', async () => {
    await seedThreeMeetings();
    await writeFile(shard('m-4'), meetingFileText({ title: 'नई बैठक', attendees: ['अजय'] }));
    await rm(shard('m-3'));
    await writeFile(shard('m-1'), meetingFileText({ title: 'कार्यकारिणी बैठक (संशोधित)', attendees: ['सीमा'] }));

    const meetings = await openMeetings();
    expect(meetings.summaries()).toEqual(
      new Map([
        ['m-1', { title: 'कार्यकारिणी बैठक (संशोधित)', count: 1 }],
        ['m-2', { title: 'वार्षिक सभा', count: 1 }],
        ['m-4', { title: 'नई बैठक', count: 1 }],
      ]),
    );
    expect(meetings.has('m-3')).toBe(false);
    await store!.flush();
    // The repaired catalog is trusted on the next open.
    expect((await openMeetings()).summaries()).toEqual(meetings.summaries());
  });

  it('does not read shards on open when the catalog agrees with the folder', async () => {
    await seedThreeMeetings();
    // A whole-second mtime survives utimes() exactly; the catalog learns it on the next open.
    const mtime = new Date('2025-01-01T00:00:00Z');
    await utimes(shard('m-2'), mtime, mtime);
    await openMeetings();
    await store!.close();
    store = undefined;
    // Same size and mtime, different content: only reading the shard could notice.
    const { size } = await stat(shard('m-2'));
    await writeFile(shard('m-2'), 'x'.repeat(size));
    await utimes(shard('m-2'), mtime, mtime);

    const meetings = await openMeetings();
    expect(meetings.summaries()).toEqual(threeSummaries);
    expect(store!.notices()).toEqual([]);

    // Reading it later finds the damage, moves the file aside and says so; the rest is untouched.
    await expect(meetings.get('m-2')).rejects.toMatchObject({ code: 'db.readFailed' });
    const movedTo = join(folder(), 'm-2.damaged-2025-03-04T05-06-07-089Z.json');
    expect(await readFile(movedTo, 'utf8')).toBe('x'.repeat(size));
    expect(store!.notices()).toEqual([
      { id: expect.any(String), kind: 'damagedFileReset', file: shard('m-2'), movedTo, at: FIXED_NOW.toISOString(), subject: 'meetings' },
    ]);
    expect(meetings.has('m-2')).toBe(false);
    expect(await meetings.get('m-1')).toEqual({ title: 'कार्यकारिणी बैठक', attendees: ['सीमा', 'राम'] });
  });

  it('recovers a damaged shard once when it is peeked at and read at the same time', async () => {
    await seedThreeMeetings();
    const mtime = new Date('2025-01-01T00:00:00Z');
    await utimes(shard('m-2'), mtime, mtime);
    const meetingsNow = await openMeetings();
    expect(meetingsNow.summaries().get('m-2')).toEqual({ title: 'वार्षिक सभा', count: 1 });
    await store!.close();
    store = undefined;
    // Its closing brace lost, the rest whole; same size and mtime, so only reading it notices.
    const text = await readFile(shard('m-2'), 'utf8');
    await writeFile(shard('m-2'), text.replace(/\}\n$/, ' \n'));
    await utimes(shard('m-2'), mtime, mtime);

    const meetings = await openMeetings();
    const [peeked, read, peekedAgain] = await Promise.all([meetings.peek('m-2'), meetings.get('m-2'), meetings.peek('m-2')]);

    expect([peeked, read, peekedAgain]).toEqual(Array(3).fill({ title: 'वार्षिक सभा', attendees: ['गीता'] }));
    expect(store!.notices()).toMatchObject([{ kind: 'damagedFileSalvaged', file: shard('m-2') }]);
    expect((await readdir(folder())).filter((name) => name.includes('.damaged-'))).toHaveLength(1);
  });

  it('corrects a summary the catalog could not know was stale once the item is read', async () => {
    await seedThreeMeetings();
    const mtime = new Date('2025-01-01T00:00:00Z');
    await utimes(shard('m-2'), mtime, mtime);
    await openMeetings();
    await store!.close();
    store = undefined;
    // Changed behind the catalog's back with the same size and mtime, as on a FAT-formatted USB drive.
    const { size } = await stat(shard('m-2'));
    await writeFile(shard('m-2'), meetingFileText({ title: 'वार्षिक सभी', attendees: ['गीता'] }));
    await utimes(shard('m-2'), mtime, mtime);
    expect((await stat(shard('m-2'))).size).toBe(size);

    const meetings = await openMeetings();
    expect(meetings.summaries().get('m-2')).toEqual({ title: 'वार्षिक सभा', count: 1 });
    await meetings.get('m-2');
    expect(meetings.summaries().get('m-2')).toEqual({ title: 'वार्षिक सभी', count: 1 });
  });

  it('moves a damaged shard aside byte for byte on open, with a notice, and keeps every other item', async () => {
    await seedThreeMeetings();
    const damaged = Buffer.from('{"schemaVersion":1,"data":{"title":"अधू');
    await writeFile(shard('m-3'), damaged);

    const meetings = await openMeetings();
    const movedTo = join(folder(), 'm-3.damaged-2025-03-04T05-06-07-089Z.json');
    expect(await readFile(movedTo)).toEqual(damaged);
    expect(store!.notices()).toMatchObject([{ kind: 'damagedFileReset', file: shard('m-3'), movedTo }]);
    expect([...meetings.summaries().keys()].sort()).toEqual(['m-1', 'm-2']);
    expect(await meetings.get('m-2')).toEqual({ title: 'वार्षिक सभा', attendees: ['गीता'] });

    // The moved-aside file is never taken for an item, and never overwritten by a new one.
    await meetings.create('m-3', { title: 'फिर से', attendees: [] });
    const reopened = await openMeetings();
    expect([...reopened.summaries().keys()].sort()).toEqual(['m-1', 'm-2', 'm-3']);
    expect(await readFile(movedTo)).toEqual(damaged);
  });

  it('refuses to open a collection holding a shard from a newer version of the app, and leaves it alone', async () => {
    await seedThreeMeetings();
    await rm(catalogPath());
    const newer = meetingFileText({ title: 'भविष्य', attendees: [] }, 7);
    await writeFile(shard('m-2'), newer);
    await expect(openMeetings()).rejects.toMatchObject({ code: 'db.readFailed' });
    expect(await readFile(shard('m-2'), 'utf8')).toBe(newer);
  });

  it('migrates each shard written by an older schema version when it is read', async () => {
    await openMeetings();
    await store!.close();
    store = undefined;
    await writeFile(shard('old'), meetingFileText({ title: 'पुरानी बैठक', attendees: 'सीमा,राम' }, 1));

    const meetings = await openMeetings({}, meetingsCollectionV2);
    expect(meetings.summaries().get('old')).toEqual({ title: 'पुरानी बैठक', count: 2 });
    expect(await meetings.get('old')).toEqual({ title: 'पुरानी बैठक', attendees: ['सीमा', 'राम'] });
    await meetings.update('old', (draft) => {
      draft.title = 'नई';
    });
    expect(JSON.parse(await readFile(shard('old'), 'utf8'))).toEqual({ schemaVersion: 2, data: { title: 'नई', attendees: ['सीमा', 'राम'] } });
  });

  it('does not make an update to one item wait for a slow write of another', async () => {
    let releaseSlow!: () => void;
    const slowWriteHeld = new Promise<void>((resolve) => (releaseSlow = resolve));
    let slowWriteStarted!: () => void;
    const slowStarted = new Promise<void>((resolve) => (slowWriteStarted = resolve));
    const meetings = await openMeetings({
      rename: async (from, to) => {
        if (to.endsWith('slow.json') && from.includes('.slow.json.')) {
          slowWriteStarted();
          await slowWriteHeld;
        }
        await rename(from, to);
      },
    });
    await meetings.create('fast', { title: 'तेज़', attendees: [] });

    const slowCreate = meetings.create('slow', { title: 'धीमी', attendees: [] });
    await slowStarted;
    await meetings.update('fast', (draft) => {
      draft.attendees.push('सीमा');
    });
    expect(JSON.parse(await readFile(shard('fast'), 'utf8')).data.attendees).toEqual(['सीमा']);
    expect(meetings.summaries().has('slow')).toBe(false);

    releaseSlow();
    await slowCreate;
    expect(meetings.summaries().get('slow')).toEqual({ title: 'धीमी', count: 0 });
  });

  it('applies concurrent updates to one item in call order and saves them all', async () => {
    const meetings = await openMeetings();
    await meetings.create('m-1', { title: 'बैठक', attendees: [] });
    const names = ['क', 'ख', 'ग', 'घ', 'ङ'];
    await Promise.all(names.map((name) => meetings.update('m-1', (draft) => void draft.attendees.push(name))));
    await expect((await openMeetings()).get('m-1')).resolves.toEqual({ title: 'बैठक', attendees: names });
  });

  it('keeps the item as it is on disk when a write fails, and leaves no temp file', async () => {
    let failWrites = false;
    const meetings = await openMeetings({
      rename: async (from, to) => {
        if (failWrites) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        await rename(from, to);
      },
    });
    await meetings.create('m-1', { title: 'बैठक', attendees: ['सीमा'] });
    failWrites = true;

    await expect(meetings.update('m-1', (draft) => void draft.attendees.push('राम'))).rejects.toMatchObject({ code: 'db.writeFailed' });
    await expect(meetings.create('m-2', { title: 'नई', attendees: [] })).rejects.toMatchObject({ code: 'db.writeFailed' });
    expect(await meetings.get('m-1')).toEqual({ title: 'बैठक', attendees: ['सीमा'] });
    expect(meetings.has('m-2')).toBe(false);
    await store!.flush();
    expect((await readdir(folder())).sort()).toEqual(['catalog.json', 'm-1.json']);

    // Once the cause is gone the same change succeeds.
    failWrites = false;
    await meetings.update('m-1', (draft) => void draft.attendees.push('राम'));
    expect(await meetings.get('m-1')).toEqual({ title: 'बैठक', attendees: ['सीमा', 'राम'] });
  });

  it('moves a deleted item into the trash folder instead of deleting it', async () => {
    await seedThreeMeetings();
    const meetings = await openMeetings();
    const before = await readFile(shard('m-2'), 'utf8');
    await meetings.delete('m-2');

    expect(meetings.has('m-2')).toBe(false);
    expect(meetings.summaries().has('m-2')).toBe(false);
    await expect(meetings.get('m-2')).rejects.toBeInstanceOf(CollectionItemMissingError);
    expect(await readdir(join(folder(), '.trash'))).toEqual(['m-2.2025-03-04T05-06-07-089Z.json']);
    expect(await readFile(join(folder(), '.trash', 'm-2.2025-03-04T05-06-07-089Z.json'), 'utf8')).toBe(before);
    expect([...(await openMeetings()).summaries().keys()].sort()).toEqual(['m-1', 'm-3']);
  });

  it('refuses unsafe ids and ids that already exist', async () => {
    const meetings = await openMeetings();
    await meetings.create('m-1', { title: 'बैठक', attendees: [] });
    await expect(meetings.create('m-1', { title: 'दोबारा', attendees: [] })).rejects.toBeInstanceOf(CollectionItemExistsError);
    for (const unsafe of ['../escape', 'a/b', 'M-1', 'con', 'catalog', '.hidden', 'x.damaged', '', 'क']) {
      await expect(meetings.create(unsafe, { title: 'बैठक', attendees: [] })).rejects.toThrow(/Invalid item id/);
    }
    await store!.flush();
    expect((await readdir(folder())).sort()).toEqual(['catalog.json', 'm-1.json']);
  });

  it('removes temp files left by a save that was cut off', async () => {
    await seedThreeMeetings();
    await writeFile(join(folder(), '.m-1.json.4242.abcdef012345.tmp'), '{"schemaVersion":1,"da');
    const meetings = await openMeetings();
    expect(meetings.summaries()).toEqual(threeSummaries);
    expect((await readdir(folder())).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
