import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openCore } from '../src-main/core/index.js';
import { peopleFileV1 } from '../src-main/core/people/document.js';
import { makeTempDir } from '../tests/support/temp-dir.js';
import { generatePeople } from './generate-people.js';
import { benchPeopleHeadSize } from './people-head.bench.js';
import { percentile, report, timed } from './report.js';

const PEOPLE = 50_000;

/** The people directory at ten-year scale: start-up, listing, searching and one save. */
export async function benchPeople(): Promise<boolean> {
  const { dir, cleanup } = await makeTempDir('sachiv-bench-');
  try {
    // A folder as the foundation wrote it: the first open migrates it to the sharded layout.
    const data = { people: generatePeople(PEOPLE), categories: peopleFileV1.defaults().categories };
    await writeFile(join(dir, 'people.json'), JSON.stringify({ schemaVersion: 1, data }));
    const migrated = await timed(() => openCore({ dataDir: dir, appVersion: 'bench' }));
    const results: boolean[] = [];
    results.push(report('people.migrate_single_file_50k', Math.round(migrated.ms), 'ms', { op: '<=', limit: 10_000 }));
    await migrated.value.close();

    const opened = await timed(() => openCore({ dataDir: dir, appVersion: 'bench' }));
    const core = opened.value;
    results.push(report('people.open_50k', Math.round(opened.ms), 'ms', { op: '<=', limit: 3000 }));

    const firstPage = await timed(() => core.dispatch('people:search', { query: '', offset: 0, limit: 100 }));
    results.push(report('people.first_page_50k', Math.round(firstPage.ms), 'ms', { op: '<=', limit: 300 }));

    const scrollSamples: number[] = [];
    for (let page = 0; page < 50; page += 1) {
      const offset = Math.floor((page / 50) * PEOPLE);
      scrollSamples.push((await timed(() => core.dispatch('people:search', { query: '', offset, limit: 100 }))).ms);
    }
    results.push(report('people.scroll_page_p95_50k', Number(percentile(scrollSamples, 0.95).toFixed(1)), 'ms', { op: '<=', limit: 16 }));

    // The full-text index is built in the background after open; the first search waits for it.
    const firstSearch = await timed(() => core.dispatch('people:search', { query: 'रा', offset: 0, limit: 100 }));
    results.push(report('people.first_search_after_open_50k', Math.round(firstSearch.ms), 'ms', { op: '<=', limit: 3000 }));
    const searchSamples: number[] = [];
    for (const query of ['रा', 'ज़ाकि', 'शाखा सचिव', 'ख़ान', '91234', 'ब्लॉक 12', 'सीता वर्मा', 'प्र']) {
      searchSamples.push((await timed(() => core.dispatch('people:search', { query, offset: 0, limit: 100 }))).ms);
    }
    results.push(report('people.search_p95_50k', Number(percentile(searchSamples, 0.95).toFixed(1)), 'ms', { op: '<=', limit: 100 }));

    // The first save of a session also takes the safety backup of the file, so it is measured apart.
    const firstSave = await timed(() => core.dispatch('people:create', { person: { name: 'नया व्यक्ति', phone: '9000000001' } }));
    results.push(report('people.first_save_with_backup_50k', Math.round(firstSave.ms), 'ms', { op: '<=', limit: 1000 }));
    // Enough saves that the head file fills up and folds into buckets while they run.
    const saveSamples: number[] = [];
    for (let n = 2; n <= 301; n += 1) {
      saveSamples.push((await timed(() => core.dispatch('people:create', { person: { name: `नया व्यक्ति ${n}`, phone: `9${String(n).padStart(9, '0')}` } }))).ms);
    }
    results.push(report('people.save_durable_p50_50k', Number(percentile(saveSamples, 0.5).toFixed(1)), 'ms', { op: '<=', limit: 15 }));
    results.push(report('people.save_durable_p95_50k', Number(percentile(saveSamples, 0.95).toFixed(1)), 'ms', { op: '<=', limit: 15 }));
    results.push(report('people.save_durable_max_50k', Number(Math.max(...saveSamples).toFixed(1)), 'ms'));

    await core.close();
    results.push(await benchPeopleHeadSize());
    return results.every(Boolean);
  } finally {
    await cleanup();
  }
}
