import { AttendanceService } from '../attendance/service.js';
import { FeedbackService } from '../feedback/service.js';
import type { Lists, ProgrammeSummary } from '../contract/index.js';
import { mainFilePath } from '../db/file-names.js';
import type { DurableDocument, Store } from '../db/types.js';
import type { CoreEvents } from '../events.js';
import { listsDocument } from '../lists/document.js';
import { recreateMissingListEntries } from '../lists/repair.js';
import { ListsService } from '../lists/service.js';
import { organisationDocument } from '../organisation/document.js';
import { LogoStore } from '../organisation/logo-store.js';
import { OrganisationService } from '../organisation/service.js';
import type { PeopleService } from '../people/service.js';
import { CitationsService, citationsDocument } from './citations.js';
import { programmesCollection } from './document.js';
import type { ProgrammeServices } from './handlers.js';
import { ProgrammeRepository } from './repository.js';
import { readSearchCache, writeSearchCache } from './search-cache.js';
import { ProgrammesService } from './service.js';

export interface OpenProgrammesOptions {
  store: Store;
  people: PeopleService;
  events: CoreEvents;
  now: () => Date;
}

/** Opens the programmes collection and its shared documents, and wires their services. */
export async function openProgrammes({ store, people, events, now }: OpenProgrammesOptions): Promise<ProgrammeServices> {
  const listsDoc = await store.open(listsDocument);
  const citationsDoc = await store.open(citationsDocument);
  const organisationDoc = await store.open(organisationDocument);
  const collection = await store.openCollection(programmesCollection);
  await repairListReferences(store, listsDoc, collection.summaries().values());

  const changed = (domain: 'programmes' | 'feedback' | 'lists' | 'citations' | 'organisation' | 'attendance') => () =>
    events.emit('data:changed', { domain });
  const personName = (id: string): string | undefined => {
    try {
      return people.get(id).name;
    } catch {
      return undefined;
    }
  };
  const isActivePerson = (id: string) => personName(id) !== undefined;

  const citations = new CitationsService(citationsDoc, {
    now,
    onChange: (citationId) => {
      repository.citationChanged(citationId);
      changed('citations')();
    },
    countCiting: (citationId): number => repository.countCiting(citationId),
  });
  const repository = new ProgrammeRepository(
    collection,
    { personName, citation: (id) => citations.find(id) },
    { read: () => readSearchCache(store.dataDir), write: (entries) => writeSearchCache(store.dataDir, entries) },
  );
  const lists = new ListsService(listsDoc, {
    countUsing: (list, entryId) => repository.countUsing(list, entryId),
    onChange: changed('lists'),
  });
  const programmes = new ProgrammesService(repository, {
    now,
    lists: () => lists.get(),
    isActivePerson,
    citationExists: (id) => citations.exists(id),
    onChange: changed('programmes'),
  });
  const feedback = new FeedbackService(repository, {
    now,
    lists: () => lists.get(),
    isActivePerson,
    onChange: () => {
      changed('feedback')();
      // Feedback counts are part of every programme row.
      changed('programmes')();
    },
  });
  const attendance = new AttendanceService(repository, {
    now,
    people,
    onChange: () => {
      changed('attendance')();
      // Invited and present counts are part of every programme row.
      changed('programmes')();
    },
  });
  const organisation = new OrganisationService(organisationDoc, {
    now,
    onChange: changed('organisation'),
    logos: new LogoStore(store.dataDir),
  });
  return { programmes, feedback, attendance, lists, citations, organisation };
}

/**
 * Recreates, with a notice, every list entry a programme points at that lists.json no longer
 * has (after it was recovered from an older copy or from what was whole in it). Runs at every
 * open from the catalog's summaries, so it costs no file reads when nothing dangles.
 */
async function repairListReferences(store: Store, listsDoc: DurableDocument<Lists>, summaries: Iterable<ProgrammeSummary>): Promise<void> {
  const repair = recreateMissingListEntries(listsDoc.read(), summaries);
  if (repair === null) return;
  await listsDoc.update((draft) => {
    Object.assign(draft, repair.lists);
  });
  store.addNotice({
    kind: 'missingListEntriesRecreated',
    file: mainFilePath(store.dataDir, listsDocument.name),
    subject: listsDocument.name,
    recreated: repair.recreated,
    at: store.now().toISOString(),
  });
}
