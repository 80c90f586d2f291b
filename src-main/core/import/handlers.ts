import type { EventPayload } from '../contract/index.js';
import type { Store } from '../db/types.js';
import type { CoreEvents } from '../events.js';
import type { PickOpenFile } from '../export/ports.js';
import type { Handlers } from '../handlers.js';
import type { PeopleService } from '../people/service.js';
import { checkedPlan } from './checked-plan.js';
import { commitImport } from './commit-import.js';
import { ImportBatches } from './import-batches.js';
import { MappingMemory } from './mapping-memory.js';
import { openImport } from './open-import.js';
import { PendingImports } from './pending-imports.js';

export interface ImportHandlerDeps {
  store: Store;
  people: PeopleService;
  events: CoreEvents;
  pickOpenFile: PickOpenFile | undefined;
}

type ImportChannels = 'import:open' | 'import:analyse' | 'import:commit' | 'import:undo' | 'import:discard';

/** Importing people from a spreadsheet: open → analyse (as often as the mapping changes) → commit, and undo. */
export function createImportHandlers(deps: ImportHandlerDeps): Pick<Handlers, ImportChannels> {
  const { store, people, events } = deps;
  const pending = new PendingImports();
  const memory = new MappingMemory(store);
  const batches = new ImportBatches(store);
  const progress = (phase: EventPayload<'import:progress'>['phase']) => (fraction: number) => events.emit('import:progress', { phase, fraction });

  return {
    'import:open': () => openImport({ pickOpenFile: deps.pickOpenFile, pending, memory, onProgress: progress('reading') }),

    'import:analyse': async ({ importId, mapping, krutiDevColumns }) => {
      const plan = await checkedPlan(pending.get(importId), { mapping, krutiDevColumns }, people, progress('checking'));
      return plan.analysis;
    },

    'import:commit': async ({ importId, mapping, krutiDevColumns, duplicates, skipInvalid }) => {
      const file = pending.get(importId);
      const plan = await checkedPlan(file, { mapping, krutiDevColumns }, people, progress('checking'));
      const saving = progress('saving');
      saving(0);
      const result = await commitImport(plan, { duplicates, skipInvalid }, { people, batches, fileName: file.fileName });
      saving(1);
      pending.discard(importId);
      // The people are saved by now; failing to remember the layout must not report the import as failed.
      await memory.remember(file.table.headers, mapping, new Date().toISOString()).catch(() => undefined);
      return result;
    },

    'import:undo': async ({ batchId }) => {
      const batch = await batches.undoable(batchId);
      const result = await people.undoImport(batch);
      await batches.markUndone(batchId, new Date().toISOString());
      return result;
    },

    'import:discard': ({ importId }) => {
      pending.discard(importId);
      return null;
    },
  };
}
