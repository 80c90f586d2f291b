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

it('migrates a programme file written before attendance existed (schema 1 → 2) without losing anything', async () => {
  const created = await h.ok('programmes:create', { programme: { title: 'पुरानी बैठक', kindId: 'kind-meeting', days: [{ date: '2023-01-05' }], purpose: 'समीक्षा' } });
  await h.ok('feedback:add', { programmeId: created.id, entry: { text: 'अच्छी बैठक', categoryId: 'feedback-affirmation' } });
  await h.core.close();

  const file = join(h.dataDir, 'programmes', `${created.id}.json`);
  const current = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; data: Record<string, unknown> };
  expect(current.schemaVersion).toBe(3);
  const { attendance: _attendance, ...versionOne } = current.data;
  await writeFile(file, JSON.stringify({ schemaVersion: 1, data: versionOne }));

  await h.reopen();
  expect(await h.ok('programmes:get', { id: created.id })).toMatchObject({ title: 'पुरानी बैठक', purpose: 'समीक्षा', counts: { feedback: 1, invited: 0, present: 0 } });
  expect(await h.ok('attendance:get', { programmeId: created.id })).toMatchObject({ quorum: null, attendees: [] });
});
