import { openCore, type Core } from '../../src-main/core/index.js';
import { coreCall } from './core-call.js';
import { loadFirstScreen } from './first-screen.js';
import type { Scale } from './scale.js';

export interface ColdOpen {
  /** The core opened on the data folder, and every request of the first screen answered. */
  firstScreenMs: number;
  rssAtFirstScreenMb: number;
  /** …and a name typed into the directory's search answered (its full-text index built). */
  peopleSearchableMs: number;
  rssPeopleSearchableMb: number;
  core: Core;
}

/** Opens a data folder the way the app starts, timing it up to the first screen's data. */
export async function coldOpen(dataDir: string, scale: Scale): Promise<ColdOpen> {
  const started = performance.now();
  const core = await openCore({ dataDir, appVersion: 'bench', dailyBackup: false });
  const call = coreCall(core);
  const shown = await loadFirstScreen(call);
  const firstScreenMs = performance.now() - started;
  const rssAtFirstScreenMb = process.memoryUsage().rss / 2 ** 20;
  if (shown.people !== scale.people || shown.programmes !== scale.programmes) {
    throw new Error(`the first screen shows ${shown.people} people and ${shown.programmes} programmes, not ${scale.people} and ${scale.programmes}`);
  }

  const found = await call('people:search', { query: 'शर्मा', categoryId: null, offset: 0, limit: 100 });
  if (found.total === 0) throw new Error('the directory search found nobody');
  const peopleSearchableMs = performance.now() - started;
  const rssPeopleSearchableMb = process.memoryUsage().rss / 2 ** 20;
  return { firstScreenMs, rssAtFirstScreenMb, peopleSearchableMs, rssPeopleSearchableMb, core };
}
