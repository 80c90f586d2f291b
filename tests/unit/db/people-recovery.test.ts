import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Category, Notice, Person } from '../../../src-main/core/contract/index.js';
import { bucketIdFor } from '../../../src-main/core/db/record-set-format.js';
import { openCore, type Core } from '../../../src-main/core/index.js';
import { openRecordSet, openStore } from '../../../src-main/core/db/index.js';
import { DEFAULT_CATEGORIES, peopleRecordSet, type StoredPerson } from '../../../src-main/core/people/document.js';
import { makeTempDir } from '../../support/temp-dir.js';

/**
 * The people directory is two kinds of file: people.json (the categories and the people
 * changed since they were last folded) and the buckets people/b-xx.json. A damaged one of
 * either never loses people that are still whole in it, and no person is left pointing at a
 * category that does not exist.
 */

let dataDir: string;
let cleanup: () => Promise<void>;
let core: Core | null;

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await makeTempDir());
  core = null;
});
afterEach(async () => {
  await core?.close();
  await cleanup();
});

async function open(): Promise<Core> {
  await core?.close();
  core = await openCore({ dataDir, appVersion: 'test', log: () => {}, dailyBackup: false });
  return core;
}

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const reply = await core!.dispatch(channel as never, input as never);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function everyone(): Promise<Person[]> {
  return (await ok<{ items: Person[] }>('people:search', { query: '', offset: 0, limit: 1000 })).items;
}

async function notices(): Promise<Notice[]> {
  return (await ok<{ notices: Notice[] }>('app:info', {})).notices;
}

const CUSTOM: Category = { id: 'cat-district', name: 'ज़िला प्रतिनिधि' };
const AT = '2026-12-01T10:00:00.000Z';

function person(index: number, categoryId: string | null, name = `व्यक्ति ${index}`): StoredPerson {
  return {
    id: `person-${String(index).padStart(3, '0')}`,
    title: '',
    name,
    gender: null,
    designation: 'सदस्य',
    organisation: 'शाखा',
    categoryId,
    phone: '',
    email: '',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    removedAt: null,
  };
}

/**
 * A first session's folder as the issue found it: 150 people, of whom 100 were folded into
 * their buckets and the 50 newest are still only in people.json; every fifth person is in a
 * category the secretary created.
 */
async function firstSessionFolder(): Promise<{ people: StoredPerson[]; headText: string }> {
  const people = Array.from({ length: 150 }, (_, index) => person(index, index % 5 === 0 ? CUSTOM.id : 'cat-member'));
  const byBucket = new Map<string, Array<{ seq: number; record: StoredPerson }>>();
  people.slice(0, 100).forEach((record, index) => {
    const bucket = bucketIdFor(record.id, 256);
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), { seq: index + 2, record }]);
  });
  await mkdir(join(dataDir, 'people'), { recursive: true });
  for (const [bucket, records] of byBucket) {
    await writeFile(join(dataDir, 'people', `${bucket}.json`), `${JSON.stringify({ schemaVersion: 1, data: { records } })}\n`);
  }
  const recent = people.slice(100).map((record, index) => ({ seq: 102 + index, record }));
  const head = { head: { categories: [...DEFAULT_CATEGORIES, CUSTOM] }, nextSeq: 152, recent };
  const headText = `${JSON.stringify({ schemaVersion: 2, data: head })}\n`;
  return { people, headText };
}

function expectNoDanglingCategories(people: readonly Person[], categories: readonly Category[]): void {
  const known = new Set(categories.map((category) => category.id));
  expect(people.filter((entry) => entry.categoryId !== null && !known.has(entry.categoryId))).toEqual([]);
}

describe('a damaged people.json in the first session, with no backup yet', () => {
  it('whose start was overwritten: keeps all 150 people and recreates the lost category under a name that says so', async () => {
    const { headText } = await firstSessionFolder();
    const damaged = Buffer.from(headText);
    damaged.fill(0, 0, 300);
    await writeFile(join(dataDir, 'people.json'), damaged);

    await open();

    const people = await everyone();
    expect(people).toHaveLength(150);
    const categories = await ok<Category[]>('categories:list', {});
    expectNoDanglingCategories(people, categories);
    expect(categories).toContainEqual({ id: CUSTOM.id, name: 'पुनर्प्राप्त श्रेणी 1' });
    expect(people.filter((entry) => entry.categoryId === CUSTOM.id)).toHaveLength(30);
    expect(await notices()).toEqual([
      expect.objectContaining({ kind: 'damagedFileSalvaged', subject: 'people', salvagedRecords: 50 }),
      expect.objectContaining({ kind: 'missingCategoriesRecreated', recreated: ['पुनर्प्राप्त श्रेणी 1'] }),
    ]);
    const movedAside = (await readdir(dataDir)).filter((name) => name.startsWith('people.damaged-'));
    expect(await readFile(join(dataDir, movedAside[0]!))).toEqual(damaged);
  });

  it('dates the notice about recreated categories by the app’s clock', async () => {
    const { headText } = await firstSessionFolder();
    const damaged = Buffer.from(headText);
    damaged.fill(0, 0, 300);
    await writeFile(join(dataDir, 'people.json'), damaged);
    const clock = new Date('2026-12-02T08:30:00.000Z');

    const store = await openStore(dataDir, { now: () => clock });
    try {
      await openRecordSet(store, peopleRecordSet);
      expect(store.notices()).toEqual([
        expect.objectContaining({ kind: 'damagedFileSalvaged', at: clock.toISOString() }),
        expect.objectContaining({ kind: 'missingCategoriesRecreated', at: clock.toISOString() }),
      ]);
    } finally {
      await store.close();
    }
  });

  it('cut short: keeps its categories and every person written whole, and says how many', async () => {
    const { headText } = await firstSessionFolder();
    const cut = headText.slice(0, Math.floor(headText.length * 0.7));
    await writeFile(join(dataDir, 'people.json'), cut);
    const wholeInCut = (cut.match(/"updatedAt":"[^"]*","removedAt":null\}\}/g) ?? []).length;

    await open();

    const people = await everyone();
    expect(people).toHaveLength(100 + wholeInCut);
    const categories = await ok<Category[]>('categories:list', {});
    expect(categories).toContainEqual(CUSTOM);
    expectNoDanglingCategories(people, categories);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileSalvaged', subject: 'people', salvagedRecords: wholeInCut })]);
  });

  it('with an older backup of its own: brings that back and adds the newer people still whole in the damaged file', async () => {
    const { headText, people: written } = await firstSessionFolder();
    // The backup was taken before the custom category existed and before the last 50 people were added.
    await mkdir(join(dataDir, 'backups', 'people'), { recursive: true });
    const olderHead = { head: { categories: [...DEFAULT_CATEGORIES] }, nextSeq: 102, recent: [{ seq: 101, record: person(100, 'cat-member', 'पुराना नाम') }] };
    await writeFile(join(dataDir, 'backups', 'people', '2026-11-30T09-00-00-000Z.json'), JSON.stringify({ schemaVersion: 2, data: olderHead }));
    await writeFile(join(dataDir, 'people.json'), headText.slice(0, -40));

    await open();

    const people = await everyone();
    expect(people).toHaveLength(149);
    expect(people.find((entry) => entry.id === written[100]!.id)?.name).toBe('व्यक्ति 100');
    const categories = await ok<Category[]>('categories:list', {});
    expect(categories).toContainEqual(CUSTOM);
    expectNoDanglingCategories(people, categories);
    expect(await notices()).toEqual([
      expect.objectContaining({ kind: 'damagedFileRecovered', subject: 'people', source: 'backup', dataFrom: '2026-11-30T09:00:00.000Z', salvagedRecords: 49 }),
    ]);
  });
});

describe('a damaged bucket', () => {
  it('with no copy anywhere: keeps every person written whole in it and says how many', async () => {
    const { headText } = await firstSessionFolder();
    await writeFile(join(dataDir, 'people.json'), headText);
    const buckets = (await readdir(join(dataDir, 'people'))).filter((name) => name.startsWith('b-'));
    const sizes = await Promise.all(buckets.map(async (name) => ({ name, size: (await stat(join(dataDir, 'people', name))).size })));
    const largest = sizes.sort((a, b) => b.size - a.size)[0]!.name;
    const text = await readFile(join(dataDir, 'people', largest), 'utf8');
    const inBucket = (text.match(/"seq":/g) ?? []).length;
    expect(inBucket).toBeGreaterThan(1);
    await writeFile(join(dataDir, 'people', largest), text.slice(0, text.length - 30));

    await open();

    expect(await everyone()).toHaveLength(150 - 1);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileSalvaged', subject: 'people', salvagedRecords: inBucket - 1 })]);
  });

  it('held by the automatic backup: every person in it is back', async () => {
    await open();
    for (let index = 0; index < 120; index += 1) await ok('people:create', { person: { name: `सदस्य ${index}`, categoryId: 'cat-member' }, allowDuplicate: true });
    await core!.backupOnQuit();
    await core!.close();
    core = null;
    const buckets = (await readdir(join(dataDir, 'people'))).filter((name) => name.startsWith('b-'));
    await writeFile(join(dataDir, 'people', buckets[0]!), '{"schemaVersion":1,"data":{"rec');

    await open();

    expect(await everyone()).toHaveLength(120);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileRecovered', subject: 'people', source: 'archive' })]);
  });
});

describe('one bad byte in a record set file', () => {
  it('in the "records" key of a bucket, with no copy anywhere: every person in that bucket is still kept', async () => {
    const { headText } = await firstSessionFolder();
    await writeFile(join(dataDir, 'people.json'), headText);
    const buckets = (await readdir(join(dataDir, 'people'))).filter((name) => name.startsWith('b-'));
    const sizes = await Promise.all(buckets.map(async (name) => ({ name, size: (await stat(join(dataDir, 'people', name))).size })));
    const largest = sizes.sort((a, b) => b.size - a.size)[0]!.name;
    const text = await readFile(join(dataDir, 'people', largest), 'utf8');
    const inBucket = (text.match(/"seq":/g) ?? []).length;
    await writeFile(join(dataDir, 'people', largest), text.replace('"records"', '"recorDs"'));

    await open();

    expect(await everyone()).toHaveLength(150);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileSalvaged', subject: 'people', salvagedRecords: inBucket })]);
  });

  it('in the "recent" key of people.json, with no backup: the 50 people only it holds are still kept, with their categories', async () => {
    const { headText } = await firstSessionFolder();
    await writeFile(join(dataDir, 'people.json'), headText.replace('"recent"', '"recenT"'));

    await open();

    const people = await everyone();
    expect(people).toHaveLength(150);
    const categories = await ok<Category[]>('categories:list', {});
    expect(categories).toContainEqual(CUSTOM);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileSalvaged', subject: 'people', salvagedRecords: 50 })]);
  });
});

describe('the categories of a damaged people.json with an older backup of its own', () => {
  async function withOlderBackup(categories: Category[], peopleInBackup = 50): Promise<string> {
    const { headText } = await firstSessionFolder();
    const head = JSON.parse(headText) as { data: { recent: unknown[]; nextSeq: number } };
    await mkdir(join(dataDir, 'backups', 'people'), { recursive: true });
    const olderHead = { head: { categories }, nextSeq: head.data.nextSeq, recent: head.data.recent.slice(0, peopleInBackup) };
    await writeFile(join(dataDir, 'backups', 'people', '2026-11-30T09-00-00-000Z.json'), JSON.stringify({ schemaVersion: 2, data: olderHead }));
    return headText;
  }

  it('keep a rename made after the backup even when no person is newer than the backup', async () => {
    const headText = await withOlderBackup([...DEFAULT_CATEGORIES, { id: CUSTOM.id, name: 'पुराना नाम' }]);
    await writeFile(join(dataDir, 'people.json'), headText.slice(0, -40));

    await open();

    const categories = await ok<Category[]>('categories:list', {});
    expect(categories).toContainEqual(CUSTOM);
    expect(categories.map((category) => category.name).filter((name) => name.startsWith('पुनर्प्राप्त'))).toEqual([]);
    expect(await everyone()).toHaveLength(150);
  });

  it('lose none of the backup’s categories when one category is damaged and newer people are added', async () => {
    const headText = await withOlderBackup([...DEFAULT_CATEGORIES, CUSTOM], 40);
    const damaged = Buffer.from(headText.slice(0, -40));
    const nameAt = damaged.indexOf(Buffer.from('"name":"सदस्य"'));
    damaged[nameAt + 9] = 0xff;
    await writeFile(join(dataDir, 'people.json'), damaged);

    await open();

    const categories = await ok<Category[]>('categories:list', {});
    expect(categories).toEqual(expect.arrayContaining([...DEFAULT_CATEGORIES, CUSTOM]));
    expect(categories.map((category) => category.name).filter((name) => name.startsWith('पुनर्प्राप्त'))).toEqual([]);
    expect(await everyone()).toHaveLength(149);
    expect(await notices()).toEqual([expect.objectContaining({ kind: 'damagedFileRecovered', subject: 'people', source: 'backup', salvagedRecords: 9 })]);
  });
});

describe('people.json stays near its documented size', () => {
  it('over many short sessions: every start finds fewer than 25 people in it, and no save rewrites more than about 100', async () => {
    let largestSave = 0;
    for (let session = 0; session < 12; session += 1) {
      await open();
      const head = JSON.parse(await readFile(join(dataDir, 'people.json'), 'utf8').catch(() => '{"data":{"recent":[]}}')) as { data: { recent: unknown[] } };
      expect(head.data.recent.length).toBeLessThan(25);
      for (let index = 0; index < 45; index += 1) {
        await ok('people:create', { person: { name: `सत्र ${session} व्यक्ति ${index}` }, allowDuplicate: true });
        largestSave = Math.max(largestSave, (await stat(join(dataDir, 'people.json'))).size);
      }
      await core!.close();
      core = null;
    }
    await open();
    expect(await everyone()).toHaveLength(12 * 45);
    // About 290 bytes a person: 100 people and the categories are about 30 KB.
    expect(largestSave).toBeLessThan(40_000);
  });
});

describe('temp files left in backups/people/ and backups/archives/', () => {
  it('are removed on open', async () => {
    await open();
    await ok('people:create', { person: { name: 'पहला' } });
    await core!.close();
    core = null;
    const backups = join(dataDir, 'backups', 'people');
    await mkdir(backups, { recursive: true });
    await writeFile(join(backups, '.2026-12-01T00-00-00-000Z.json.4242.abcdef.tmp'), '{"schemaVersion":2,"da');
    const archives = join(dataDir, 'backups', 'archives');
    await mkdir(archives, { recursive: true });
    await writeFile(join(archives, '.2026-12-01T00-00-00-000Z.sachiv-backup.4242.abcdef.tmp'), 'cut off');

    await open();

    expect((await readdir(backups)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(archives)).toEqual([]);
  });
});
