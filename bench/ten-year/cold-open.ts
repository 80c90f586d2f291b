import { openRecordSet, openStore, type DurableCollection, type Store } from '../../src-main/core/db/index.js';
import { peopleRecordSet } from '../../src-main/core/people/document.js';
import { PeopleService } from '../../src-main/core/people/service.js';
import { benchProgrammes, benchReports, type BenchProgramme, type BenchReport } from './specs.js';

export interface OpenedFolder {
  store: Store;
  people: PeopleService;
  programmes: DurableCollection<BenchProgramme, unknown>;
  reports: DurableCollection<BenchReport, unknown>;
}

export interface ColdOpen {
  /** Data folder opened, and the home screen's data ready: the latest programmes and the counts. */
  firstScreenMs: number;
  rssAtFirstScreenMb: number;
  /** …and the people directory searchable (its search index built). */
  peopleSearchableMs: number;
  rssPeopleSearchableMb: number;
  opened: OpenedFolder;
}

/** Opens a data folder the way the app starts, timing it up to the first screen's data. */
export async function coldOpen(dataDir: string): Promise<ColdOpen> {
  const started = performance.now();
  const store = await openStore(dataDir);
  const peopleRecords = await openRecordSet(store, peopleRecordSet);
  const programmes = await store.openCollection(benchProgrammes);
  const reports = await store.openCollection(benchReports);
  const latest = [...programmes.summaries()].sort(([, a], [, b]) => (a.startsOn < b.startsOn ? 1 : -1)).slice(0, 20);
  const counts = { people: peopleRecords.records().size, programmes: programmes.summaries().size, reports: reports.summaries().size };
  if (latest.length === 0 || counts.people === 0) throw new Error('the data folder is empty');
  const firstScreenMs = performance.now() - started;
  const rssAtFirstScreenMb = process.memoryUsage().rss / 2 ** 20;

  const people = new PeopleService(peopleRecords, { now: () => new Date(), onChange: () => undefined });
  people.search({ query: '', categoryId: null, offset: 0, limit: 100 });
  const peopleSearchableMs = performance.now() - started;
  const rssPeopleSearchableMb = process.memoryUsage().rss / 2 ** 20;
  return { firstScreenMs, rssAtFirstScreenMb, peopleSearchableMs, rssPeopleSearchableMb, opened: { store, people, programmes, reports } };
}
