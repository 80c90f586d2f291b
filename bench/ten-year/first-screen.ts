import type { CoreCall } from './core-call.js';

/**
 * The requests the window makes when the app starts, in the order it can make them: the
 * settings first (Boot waits for the language); then the layout's notices, the backup offer
 * and the first-run check (FirstRunRedirect: organisation, is there anyone or anything yet);
 * then the people directory it opens on, its first page and categories (PeoplePage).
 * Resolves with the directory's and the programmes' totals. A notice at start (a file moved
 * aside as damaged) means the app refused something the generator wrote, and stops the bench.
 */
export async function loadFirstScreen(call: CoreCall): Promise<{ people: number; programmes: number }> {
  await call('settings:get', {});
  const [info, , , anyone, anything] = await Promise.all([
    call('app:info', {}),
    call('backup:inspectOpened', {}),
    call('organisation:get', {}),
    call('people:search', { limit: 1 }),
    call('programmes:list', { limit: 1 }),
  ]);
  const [firstPage] = await Promise.all([
    call('people:search', { query: '', categoryId: null, offset: 0, limit: 100 }),
    call('categories:list', {}),
  ]);
  if (info.notices.length > 0) throw new Error(`the app refused part of the data folder: ${JSON.stringify(info.notices)}`);
  if (firstPage.items.length === 0 || anyone.total === 0 || anything.total === 0) throw new Error('the data folder is empty');
  return { people: firstPage.total, programmes: anything.total };
}
