import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

async function findCatalog(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true });
  const found = entries.find((entry) => entry.split(/[\\/]/).includes('programmes') && entry.endsWith('catalog.json'));
  if (!found) throw new Error(`no programmes catalog under ${dir}: ${entries.join(', ')}`);
  return join(dir, found);
}

interface CatalogFile {
  data: { items: Record<string, { summary: Record<string, unknown> }> };
}

describe('programme summaries', () => {
  it('carry each day with its part of day and times, so the list needs no programme file', async () => {
    const created = await h.ok('programmes:create', {
      programme: { title: 'कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-18', startTime: '14:00', endTime: '17:00' }, { date: '2024-04-17', partOfDay: 'morning' }] },
    });
    const { items } = await h.ok('programmes:list', {});
    expect(items.find((item) => item.id === created.id)?.days).toEqual([
      { date: '2024-04-17', partOfDay: 'morning', startTime: null, endTime: null },
      { date: '2024-04-18', partOfDay: null, startTime: '14:00', endTime: '17:00' },
    ]);
  });

  it('are rebuilt from the programmes when the catalog on disk has summaries of an older shape', async () => {
    const morning = await h.ok('programmes:create', { programme: { title: 'सुबह की कार्यशाला', kindId: 'kind-workshop', days: [{ date: '2024-04-17', partOfDay: 'morning' }] } });
    const evening = await h.ok('programmes:create', {
      programme: { title: 'शाम की बैठक', kindId: 'kind-meeting', days: [{ date: '2024-05-02', startTime: '18:00', endTime: '19:30' }] },
    });
    await h.reopen();

    // The catalog as an earlier version wrote it: summaries without `days`, sizes and mtimes still matching.
    const catalogPath = await findCatalog(h.dataDir);
    const catalog = JSON.parse(await readFile(catalogPath, 'utf8')) as CatalogFile;
    expect(Object.keys(catalog.data.items).sort()).toEqual([morning.id, evening.id].sort());
    for (const entry of Object.values(catalog.data.items)) delete entry.summary.days;
    await writeFile(catalogPath, JSON.stringify(catalog));

    await h.reopen();
    const { items } = await h.ok('programmes:list', {});
    expect(items.map((item) => [item.title, item.days])).toEqual([
      ['शाम की बैठक', [{ date: '2024-05-02', partOfDay: null, startTime: '18:00', endTime: '19:30' }]],
      ['सुबह की कार्यशाला', [{ date: '2024-04-17', partOfDay: 'morning', startTime: null, endTime: null }]],
    ]);
    expect((await h.ok('programmes:get', { id: morning.id })).title).toBe('सुबह की कार्यशाला');

    // The rebuilt catalog is written back, so the next open does not read every programme again.
    await h.reopen();
    const rewritten = JSON.parse(await readFile(catalogPath, 'utf8')) as CatalogFile;
    expect(rewritten.data.items[evening.id]?.summary.days).toEqual([{ date: '2024-05-02', partOfDay: null, startTime: '18:00', endTime: '19:30' }]);
  });
});
