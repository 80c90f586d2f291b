import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

type Json = Record<string, unknown>;

it('migrates a programme written before the report facts existed (schema 2 → 3): nothing is lost, the new facts start empty and every activity gets a lasting id', async () => {
  const created = await h.ok('programmes:create', {
    programme: {
      title: 'राजभाषा कार्यशाला',
      kindId: 'kind-workshop',
      days: [{ date: '2024-04-17' }],
      sessions: [
        { id: 's-1', name: 'उद्घाटन सत्र', date: '2024-04-17', activities: [{ activityId: 'activity-lamp' }, { text: 'प्रमाण-पत्र वितरण' }] },
      ],
      speeches: [{ sessionId: 's-1', speaker: { kind: 'typed', name: 'राकेश कुमार' }, summary: 'हिंदी के प्रयोग पर प्रकाश डाला' }],
    },
  });
  await h.ok('feedback:add', { programmeId: created.id, entry: { text: 'उपयोगी रही', categoryId: 'feedback-affirmation' } });
  await h.core.close();

  // Write the file back as schema 2 wrote it: none of the new fields, activities without ids.
  const file = join(h.dataDir, 'programmes', `${created.id}.json`);
  const current = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; data: Json };
  expect(current.schemaVersion).toBe(3);
  const { organiserShort: _a, sponsor: _b, sponsorRelation: _c, city: _d, agenda: _e, ...rest } = current.data;
  const sessions = (rest['sessions'] as Json[]).map(({ proceedings: _p, activities, ...session }) => ({
    ...session,
    activities: (activities as Json[]).map(({ id: _id, ...activity }) => activity),
  }));
  const speeches = (rest['speeches'] as Json[]).map(({ organisationAtTime: _o, summaryStyle: _s, ...speech }) => speech);
  const feedback = (rest['feedback'] as Json[]).map(({ inReport: _i, ...entry }) => entry);
  await writeFile(file, JSON.stringify({ schemaVersion: 2, data: { ...rest, sessions, speeches, feedback } }));

  await h.reopen();
  const migrated = await h.ok('programmes:get', { id: created.id });
  expect(migrated).toMatchObject({ title: 'राजभाषा कार्यशाला', organiserShort: '', sponsor: '', sponsorRelation: 'aegis', city: '', agenda: [] });
  expect(migrated.speeches[0]).toMatchObject({ summary: 'हिंदी के प्रयोग पर प्रकाश डाला', organisationAtTime: '', summaryStyle: 'auto' });
  const ids = migrated.sessions[0]?.activities.map((activity) => activity.id);
  expect(ids).toEqual(['s-1-activity-1', 's-1-activity-2']);
  expect(migrated.sessions[0]?.proceedings).toEqual([]);
  const [entry] = (await h.ok('feedback:list', { programmeId: created.id })).items;
  expect(entry).toMatchObject({ text: 'उपयोगी रही', inReport: null });

  // A save after the migration keeps those ids, so an order of proceedings naming them holds.
  const { id: _id, counts: _counts, createdAt: _c2, updatedAt: _u, removedAt: _r, speeches: saved, ...input } = migrated;
  const updated = await h.ok('programmes:update', {
    id: created.id,
    programme: { ...input, speeches: saved.map(({ order: _order, ...speech }) => speech) },
  });
  expect(updated.sessions[0]?.activities.map((activity) => activity.id)).toEqual(ids);
});

it('gives lists saved before titles existed (schema 1 → 2) the default titles and keeps the office’s own entries', async () => {
  await h.ok('lists:update', { list: 'roles', items: [{ id: 'role-chair', name: 'सभापतित्व' }] });
  await h.core.close();
  const file = join(h.dataDir, 'lists.json');
  const current = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; data: Json };
  expect(current.schemaVersion).toBe(2);
  const { titles: _titles, activities, ...rest } = current.data;
  const versionOne = { ...rest, activities: (activities as Array<{ id: string }>).filter((entry) => entry.id !== 'activity-certificates') };
  await writeFile(file, JSON.stringify({ schemaVersion: 1, data: versionOne }));

  await h.reopen();
  const lists = await h.ok('lists:get', {});
  expect(lists.roles).toEqual([{ id: 'role-chair', name: 'सभापतित्व' }]);
  expect(lists.titles.map((title) => title.name)).toEqual(['श्री', 'श्रीमती', 'सुश्री', 'डॉ.', 'प्रो.']);
  expect(lists.activities.at(-1)).toEqual({ id: 'activity-certificates', name: 'प्रमाण-पत्र वितरण' });
});
