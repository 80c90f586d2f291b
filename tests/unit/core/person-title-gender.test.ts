import { afterEach, beforeEach, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

it('keeps a person’s title and gender apart from the name, through an edit and a restart', async () => {
  const created = await h.ok('people:create', { person: { title: ' श्रीमती ', name: 'प्रीति मीणा', gender: 'female', designation: 'जिला कलेक्टर' } });
  expect(created).toMatchObject({ title: 'श्रीमती', name: 'प्रीति मीणा', gender: 'female' });
  await h.ok('people:update', { id: created.id, person: { title: 'डॉ.', name: 'प्रीति मीणा', gender: 'female', designation: 'जिला कलेक्टर' } });
  await h.reopen();
  expect(await h.ok('people:get', { id: created.id })).toMatchObject({ title: 'डॉ.', gender: 'female' });
});

it('gives a person entered without a title or gender neither, so reports use the forms that need none', async () => {
  const created = await h.ok('people:create', { person: { name: 'राकेश कुमार' } });
  expect(created).toMatchObject({ title: '', gender: null });
});
