import { z } from 'zod';
import type { CollectionSpec, DurableCollection, Store } from '../db/types.js';
import { AppError } from '../errors.js';
import { storedPersonSchema } from '../people/document.js';
import type { PeopleImportRecord } from '../people/service.js';

/** Undo reaches back this many imports; older batches are moved to the collection's trash. */
export const IMPORT_BATCHES_KEPT = 5;

const importBatchSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  /** The moment the people were saved; a merged person changed after it is not rolled back. */
  at: z.string(),
  addedIds: z.array(z.string()),
  /** How each person the import filled in looked before it. */
  previous: z.array(storedPersonSchema),
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

const batchSummarySchema = z.object({ createdAt: z.string() });
type BatchSummary = z.infer<typeof batchSummarySchema>;

/**
 * `people-imports/<batchId>.json`: one file per import, so an import of 10,000 people writes its
 * own undo record without rewriting the others, and undo still works after a restart.
 */
export const importBatchesCollection: CollectionSpec<ImportBatch, BatchSummary> = {
  name: 'people-imports',
  schemaVersion: 1,
  migrations: [],
  schema: importBatchSchema,
  summarize: (batch) => ({ createdAt: batch.createdAt }),
  summarySchema: batchSummarySchema,
};

/** The saved imports that can still be undone. */
export class ImportBatches {
  private collection: Promise<DurableCollection<ImportBatch, BatchSummary>> | null = null;

  constructor(private readonly store: Store) {}

  /**
   * Written before the people are saved (with the ids they will get), so every import on disk
   * has its undo record; the oldest batches beyond the kept few are moved to the trash.
   */
  async record(id: string, fileName: string, record: PeopleImportRecord): Promise<void> {
    const batches = await this.open();
    await batches.create(id, { id, fileName, createdAt: record.at, ...record, undoneAt: null });
    const newestFirst = [...batches.summaries()].sort(([, a], [, b]) => b.createdAt.localeCompare(a.createdAt));
    for (const [oldId] of newestFirst.slice(IMPORT_BATCHES_KEPT)) await batches.delete(oldId);
  }

  /** Drops the record of an import whose save failed: nothing of it is on disk to undo. */
  async abandon(id: string): Promise<void> {
    const batches = await this.open();
    if (batches.has(id)) await batches.delete(id);
  }

  async undoable(id: string): Promise<ImportBatch> {
    const batches = await this.open();
    if (!batches.has(id)) throw new AppError('peopleImport.batchNotFound');
    const batch = await batches.get(id);
    if (batch.undoneAt !== null) throw new AppError('peopleImport.batchNotFound');
    return batch;
  }

  async markUndone(id: string, at: string): Promise<void> {
    await (await this.open()).update(id, (draft) => ({ ...draft, undoneAt: at }));
  }

  private open(): Promise<DurableCollection<ImportBatch, BatchSummary>> {
    this.collection ??= this.store.openCollection(importBatchesCollection);
    return this.collection;
  }
}
