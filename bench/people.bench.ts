import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openCore } from '../src-main/core/index.js';
import { peopleDocument } from '../src-main/core/people/document.js';
import { makeTempDir } from '../tests/support/temp-dir.js';
import { generatePeople } from './generate-people.js';
import { percentile, report, timed } from './report.js';

const PEOPLE = 50_000;

/** The people directory at ten-year scale: start-up, listing, searching and one save. */
export async function benchPeople(): Promise<boolean> {
  const { dir, cleanup } = await makeTempDir('sachiv-bench-');
  try {
    const data = { people: generatePeople(PEOPLE), categories: peopleDocument.defaults().categories };
    await writeFile(join(dir, 'people.json'), JSON.stringify({ schemaVersion: 1, data }));

    const opened = await timed(() => openCore({ dataDir: dir, appVersion: 'bench' }));
    const core = opened.value;
    const results: boolean[] = [];
    results.push(report('people.open_50k', Math.round(opened.ms), 'ms', { op: '<=', limit: 3000 }));

    const firstPage = await timed(() => core.dispatch('people:search', { query: '', offset: 0, limit: 100 }));
    results.push(report('people.first_page_50k', Math.round(firstPage.ms), 'ms', { op: '<=', limit: 300 }));

    const scrollSamples: number[] = [];
    for (let page = 0; page < 50; page += 1) {
      const offset = Math.floor((page / 50) * PEOPLE);
      scrollSamples.push((await timed(() => core.dispatch('people:search', { query: '', offset, limit: 100 }))).ms);
    }
    results.push(report('people.scroll_page_p95_50k', Number(percentile(scrollSamples, 0.95).toFixed(1)), 'ms', { op: '<=', limit: 16 }));

    const searchSamples: number[] = [];
    for (const query of ['रा', 'ज़ाकि', 'शाखा सचिव', 'ख़ान', '91234', 'ब्लॉक 12', 'सीता वर्मा', 'प्र']) {
      searchSamples.push((await timed(() => core.dispatch('people:search', { query, offset: 0, limit: 100 }))).ms);
    }
    results.push(report('people.search_p95_50k', Number(percentile(searchSamples, 0.95).toFixed(1)), 'ms', { op: '<=', limit: 100 }));

    // The first save of a session also takes the safety backup of the file, so it is measured apart.
    const firstSave = await timed(() => core.dispatch('people:create', { person: { name: 'नया व्यक्ति', phone: '9000000001' } }));
    results.push(report('people.first_save_with_backup_50k', Math.round(firstSave.ms), 'ms', { op: '<=', limit: 1000 }));
    const saveSamples: number[] = [];
    for (let n = 2; n <= 6; n += 1) {
      saveSamples.push((await timed(() => core.dispatch('people:create', { person: { name: `नया व्यक्ति ${n}`, phone: `900000000${n}` } }))).ms);
    }
    results.push(report('people.save_durable_p50_50k', Math.round(percentile(saveSamples, 0.5)), 'ms', { op: '<=', limit: 500 }));

    await core.close();
    return results.every(Boolean);
  } finally {
    await cleanup();
  }
}
