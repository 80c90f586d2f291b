import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatePeople } from '../../../bench/generate-people.js';
import type { Person } from '../../../src-main/core/contract/index.js';
import { openCore, type Core } from '../../../src-main/core/index.js';
import { openRecordSet, openStore, type Store } from '../../../src-main/core/db/index.js';
import { peopleRecordSet, type PeopleDataV1 } from '../../../src-main/core/people/document.js';
import { makeTempDir } from '../../support/temp-dir.js';

let dataDir: string;
let cleanup: () => Promise<void>;
let core: Core | undefined;
let store: Store | undefined;
beforeEach(async () => ({ dir: dataDir, cleanup } = await makeTempDir()));
afterEach(async () => {
  await core?.close();
  await store?.close();
  core = undefined;
  store = undefined;
  await cleanup();
});

/** A data folder exactly as the foundation wrote it: one people.json of schema version 1. */
function foundationPeopleFile(): { text: string; data: PeopleDataV1 } {
  const people = generatePeople(3_000);
  people[7] = { ...people[7]!, removedAt: '2025-01-02T03:04:05.000Z' };
  people[8] = { ...people[8]!, categoryId: 'cat-local', notes: 'पहली पंक्ति\nदूसरी पंक्ति' };
  const data: PeopleDataV1 = {
    people,
    categories: [
      { id: 'cat-office-bearer', name: 'पदाधिकारी' },
      { id: 'cat-member', name: 'सदस्य' },
      { id: 'cat-guest', name: 'अतिथि' },
      { id: 'cat-staff', name: 'कर्मचारी' },
      { id: 'cat-local', name: 'स्थानीय इकाई' },
    ],
  };
  // The foundation's serializer: compact JSON in a { schemaVersion, data } envelope.
  return { text: `${JSON.stringify({ schemaVersion: 1, data })}\n`, data };
}

const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('people storage: migrating the foundation’s single people.json', () => {
  it('moves every person and category into the sharded layout and keeps the old file as a backup', async () => {
    const { text, data } = foundationPeopleFile();
    await writeFile(join(dataDir, 'people.json'), text);

    core = await openCore({ dataDir, appVersion: 'test', log: () => {} });
    const categories = await core.dispatch('categories:list', {});
    expect(categories).toEqual({ ok: true, value: data.categories });
    await core.close();
    core = undefined;

    // Read back through the storage itself, tombstones included.
    store = await openStore(dataDir);
    const people = await openRecordSet(store, peopleRecordSet);
    expect(byId(people.records().values())).toEqual(byId(data.people));
    expect(people.head()).toEqual({ categories: data.categories });

    const head = JSON.parse(await readFile(join(dataDir, 'people.json'), 'utf8')) as { schemaVersion: number; data: { recent: unknown[] } };
    expect(head.schemaVersion).toBe(2);
    expect(head.data.recent).toEqual([]);
    const buckets = (await readdir(join(dataDir, 'people'))).filter((name) => /^b-[0-9a-f]{2}\.json$/.test(name));
    expect(buckets.length).toBeGreaterThan(200);
    const [backup] = await readdir(join(dataDir, 'backups', 'people'));
    expect(await readFile(join(dataDir, 'backups', 'people', backup!), 'utf8')).toBe(text);
  });

  it('finds and edits migrated people through the channels, and keeps the edit after a restart', async () => {
    await writeFile(join(dataDir, 'people.json'), foundationPeopleFile().text);
    core = await openCore({ dataDir, appVersion: 'test', log: () => {} });
    const found = await core.dispatch('people:search', { query: 'इरफ़ान', offset: 0, limit: 5 });
    if (!found.ok) throw new Error('search failed');
    const target = (found.value as { items: Person[] }).items[0]!;
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = target;
    const edited = await core.dispatch('people:update', { id: target.id, person: { ...input, designation: 'नया पद' } });
    expect(edited).toMatchObject({ ok: true, value: { id: target.id, designation: 'नया पद' } });
    const removedStillRestorable = await core.dispatch('people:restore', { id: 'p-7' });
    expect(removedStillRestorable).toMatchObject({ ok: true, value: { id: 'p-7' } });
    await core.close();

    core = await openCore({ dataDir, appVersion: 'test', log: () => {} });
    expect(await core.dispatch('people:get', { id: target.id })).toMatchObject({ ok: true, value: { designation: 'नया पद' } });
    expect(await core.dispatch('people:search', { query: '', offset: 0, limit: 1 })).toMatchObject({ ok: true, value: { total: 3_000 } });
  });

  it('runs again and loses nothing when the migration was cut off before people.json was rewritten', async () => {
    const { text, data } = foundationPeopleFile();
    await writeFile(join(dataDir, 'people.json'), text);
    const peopleFile = join(dataDir, 'people.json');
    store = await openStore(dataDir, {
      renameRetryMs: 0,
      rename: async (from, to) => {
        if (to === peopleFile) throw Object.assign(new Error('power cut'), { code: 'EIO' });
        await rename(from, to);
      },
    });
    await openRecordSet(store, peopleRecordSet, { onFoldError: () => undefined });
    await store.close();
    store = undefined;
    expect(await readFile(peopleFile, 'utf8')).toBe(text);

    store = await openStore(dataDir);
    const people = await openRecordSet(store, peopleRecordSet);
    expect(people.records().size).toBe(data.people.length);
    expect(byId(people.records().values())).toEqual(byId(data.people));
  });
});
