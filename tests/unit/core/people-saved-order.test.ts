import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortFromSavedOrder } from '../../../src-main/core/people/saved-order.js';
import { compareHindi } from '../../../src-main/core/text/normalize.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

const NAMES = ['सीमा वर्मा', 'अमित शर्मा', 'ज़ाकिर ख़ान', 'कमला देवी', 'रामेश्वर प्रसाद', 'आशा यादव', 'Brij Mohan'];

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness({ dailyBackup: false });
  for (const name of NAMES) await h.ok('people:create', { person: { name } });
});
afterEach(async () => {
  await h.cleanup();
});

const directoryNames = async () => (await h.ok('people:search', {})).items.map((person) => person.name);
const orderFile = () => join(h.dataDir, '.people-order.json');

describe('the directory order kept for the next start', () => {
  it('is saved at close and gives the same Hindi order on the next start, which a change then updates', async () => {
    const expected = [...NAMES].sort(compareHindi);
    expect(await directoryNames()).toEqual(expected);
    await h.reopen();
    const saved = JSON.parse(await readFile(orderFile(), 'utf8')) as { ids: string[] };
    const people = (await h.ok('people:search', {})).items;
    expect(saved.ids).toEqual(people.map((person) => person.id));
    expect(await directoryNames()).toEqual(expected);

    await h.ok('people:create', { person: { name: 'अजय कुमार' } });
    const { id } = people.find((person) => person.name === 'सीमा वर्मा') ?? { id: 'missing' };
    await h.ok('people:update', { id, person: { name: 'बीना वर्मा' } });
    await h.reopen();
    const changed = [...NAMES.filter((name) => name !== 'सीमा वर्मा'), 'बीना वर्मा', 'अजय कुमार'].sort(compareHindi);
    expect(await directoryNames()).toEqual(changed);
  });

  it('is only a hint: an order saved wrongly, cut short or damaged never changes the directory and raises no notice', async () => {
    const expected = await directoryNames();
    await h.reopen();
    const { ids } = JSON.parse(await readFile(orderFile(), 'utf8')) as { ids: string[] };
    for (const content of [JSON.stringify({ ids: [...ids].reverse() }), JSON.stringify({ ids: ids.slice(2) }), '{"ids":["a"', '']) {
      await h.core.close();
      await writeFile(orderFile(), content);
      await h.reopen();
      expect(await directoryNames()).toEqual(expected);
      expect((await h.ok('app:info', {})).notices).toEqual([]);
    }
  });
});

describe('sorting from a saved order', () => {
  const compare = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const people = ['d', 'a', 'c', 'e', 'b'].map((id) => ({ id }));

  it('takes the saved order when it holds, and merges in whoever it does not list', () => {
    expect(sortFromSavedOrder(people, ['a', 'c', 'e'], compare).map((person) => person.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sortFromSavedOrder(people, ['a', 'x', 'b', 'c', 'd', 'e'], compare).map((person) => person.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts afresh when the saved order does not hold, or there is none', () => {
    expect(sortFromSavedOrder(people, ['a', 'd', 'c'], compare).map((person) => person.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sortFromSavedOrder(people, null, compare).map((person) => person.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
