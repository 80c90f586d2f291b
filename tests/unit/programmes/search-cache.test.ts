import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness({ dailyBackup: false });
});
afterEach(async () => {
  await h.cleanup();
});

const cacheFile = () => join(h.dataDir, '.programme-search.json');
const found = async (query: string) => (await h.ok('programmes:list', { query })).items.map((item) => item.title);
type Cache = { format: number; entries: Record<string, { stamp: string; words: string; citing: string[] }> };

async function create(title: string): Promise<string> {
  return (await h.ok('programmes:create', { programme: { title, kindId: 'kind-workshop', days: [{ date: '2024-04-17' }] } })).id;
}

/**
 * Adds to a programme's cached words one its file does not hold, under its current stamp, and
 * restarts: only the cache can then answer a search for it.
 */
async function plantWordInCache(programmeId: string): Promise<void> {
  const cache = JSON.parse(await readFile(cacheFile(), 'utf8')) as Cache;
  const entry = cache.entries[programmeId];
  if (entry === undefined) throw new Error('no cached words for the programme');
  entry.words += ' संकेतशब्द';
  await h.core.close();
  await writeFile(cacheFile(), JSON.stringify(cache));
  await h.reopen();
}

describe("the programmes' search words kept between sessions", () => {
  it('are saved at close once a search built them, and answer the next first search for unchanged programmes', async () => {
    const workshop = await create('प्रांतीय कार्यशाला');
    await create('जिला समिति बैठक');
    expect(await found('कार्य')).toEqual(['प्रांतीय कार्यशाला']);
    await h.reopen();
    const cache = JSON.parse(await readFile(cacheFile(), 'utf8')) as Cache;
    expect(Object.keys(cache.entries)).toHaveLength(2);
    expect(cache.entries[workshop]?.words).toContain(' कार्यशाला');

    await plantWordInCache(workshop);
    expect(await found('संकेत')).toEqual(['प्रांतीय कार्यशाला']);
  });

  it('are read again from the file for a programme changed since, and for every programme when the cache is damaged', async () => {
    const workshop = await create('प्रांतीय कार्यशाला');
    expect(await found('प्रांतीय')).toHaveLength(1);
    await h.reopen();
    await plantWordInCache(workshop);
    await h.ok('feedback:add', { programmeId: workshop, entry: { text: 'प्रशिक्षण बहुत उपयोगी रहा', categoryId: 'feedback-affirmation' } });
    await h.reopen();
    // The feedback changed the programme's file, so its words come from the file again.
    expect(await found('संकेत')).toEqual([]);
    expect(await found('उपयोगी')).toEqual(['प्रांतीय कार्यशाला']);

    for (const damaged of ['{"format":1,"entries":{"x":', '', JSON.stringify({ format: 99, entries: {} })]) {
      await h.core.close();
      await writeFile(cacheFile(), damaged);
      await h.reopen();
      expect(await found('उपयोगी')).toEqual(['प्रांतीय कार्यशाला']);
      expect((await h.ok('app:info', {})).notices).toEqual([]);
    }
  });
});
