import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { readCatalog, reconcileCatalog, serializeCatalog, type CatalogEntry } from './collection-catalog.js';
import { CollectionItemExistsError, CollectionItemMissingError, StoreClosedError } from './collection-errors.js';
import { ensureFolder, moveShardToTrash, readShard, scanShards, shardPath, SHARD_IO_CONCURRENCY } from './collection-shards.js';
import { serializeDocument } from './document-file.js';
import { assertItemId, CATALOG_FILE_NAME } from './file-names.js';
import type { LoadOptions, NoticeDraft } from './load-document.js';
import { mapWithLimit } from './map-limit.js';
import { SnapshotWriter } from './snapshot-writer.js';
import type { Recovery } from './recover-file.js';
import { recoveryNotice } from './recovery-notice.js';
import type { CollectionSpec, DurableCollection } from './types.js';

/** Commits within this long share one catalog save. */
const CATALOG_SAVE_DELAY_MS = 2_000;

interface LoadedItem<T> {
  current: T;
  /** What the item's file holds; null while its create has not reached the disk. */
  onDisk: T | null;
  writer: SnapshotWriter;
}

/**
 * One file per item, each with the same durability rules as a document, plus a catalog of
 * summaries. An item's commit rewrites only that item's file, and items never wait for each
 * other. The catalog is derived data, checked against the folder on every open: it is saved a
 * moment after item commits (coalesced, in the background) and on flush, so a commit is
 * acknowledged as soon as its own file is durable and costs nothing in proportion to the number
 * of items. Rewriting a 5,000-item catalog after every check-in tripled the commits' latency.
 */
export class JsonCollection<T, S> implements DurableCollection<T, S> {
  private readonly summaryById = new Map<string, S>();
  private readonly loaded = new Map<string, LoadedItem<T>>();
  private readonly loading = new Map<string, Promise<LoadedItem<T>>>();
  /** Reads of shards under way, shared by get and peek, so a damaged shard is recovered once, not once per reader. */
  private readonly reading = new Map<string, Promise<{ kind: 'valid'; data: T }>>();
  private readonly deleting = new Map<string, Promise<void>>();
  private readonly catalogWriter: SnapshotWriter;
  private catalogTimer: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    private readonly spec: CollectionSpec<T, S>,
    private readonly dir: string,
    private readonly options: LoadOptions,
    private readonly onNotice: (notice: NoticeDraft) => void,
    private readonly catalog: Map<string, CatalogEntry<S>>,
  ) {
    for (const [id, entry] of catalog) this.summaryById.set(id, entry.summary);
    // A catalog that failed to save is rebuilt from the shards on the next open, so its failure
    // is not the user's concern and must not fail the item commit that triggered it.
    this.catalogWriter = new SnapshotWriter(() => this.saveCatalog(), () => undefined);
  }

  static async open<T, S>(
    spec: CollectionSpec<T, S>,
    options: LoadOptions,
    onNotice: (notice: NoticeDraft) => void,
  ): Promise<JsonCollection<T, S>> {
    const dir = join(options.dataDir, spec.name);
    await ensureFolder(dir);
    const shards = await scanShards(dir);
    const stored = await readCatalog(join(dir, CATALOG_FILE_NAME), spec.schemaVersion, spec.summarySchema);
    const { kept, toRead, consistent } = reconcileCatalog(stored, shards);

    // Only shards the catalog does not vouch for are read: a good catalog means no shard reads.
    await mapWithLimit(toRead, SHARD_IO_CONCURRENCY, async (id) => {
      const read = await readShard(dir, id, spec, options);
      if (read.kind === 'valid') {
        const shard = shards.get(id);
        if (shard !== undefined) kept.set(id, { summary: spec.summarize(read.data), ...shard });
        return;
      }
      const { recovery } = read;
      onNotice(shardRecoveryNotice(spec, dir, id, recovery, stored?.get(id)?.summary, options));
      if (recovery.kind !== 'nothing') kept.set(id, { summary: spec.summarize(recovery.data), ...(await shardStat(dir, id)) });
    });

    const collection = new JsonCollection(spec, dir, options, onNotice, kept);
    if (!consistent) await collection.catalogWriter.requestSave().catch(() => undefined);
    return collection;
  }

  summaries(): ReadonlyMap<string, S> {
    return this.summaryById;
  }

  has(id: string): boolean {
    return !this.deleting.has(id) && (this.loaded.has(id) || this.catalog.has(id));
  }

  async get(id: string): Promise<T> {
    return (await this.item(id)).current;
  }

  fileStamp(id: string): string | undefined {
    const entry = this.catalog.get(id);
    return entry === undefined || entry.size < 0 ? undefined : `${entry.size}:${entry.mtimeMs}`;
  }

  async fileDigest(id: string): Promise<string | undefined> {
    if (!this.has(id)) return undefined;
    await this.loaded.get(id)?.writer.whenIdle();
    const bytes = await readFile(shardPath(this.dir, id)).catch(() => null);
    return bytes === null ? undefined : createHash('sha256').update(bytes).digest('hex');
  }

  async peek(id: string): Promise<T> {
    const entry = this.loaded.get(id) ?? (await this.loading.get(id));
    // What is on disk: a change still being written may yet fail and be taken back.
    if (entry !== undefined) return entry.onDisk ?? entry.current;
    if (!this.has(id)) throw new CollectionItemMissingError(this.spec.name, id);
    return (await this.readOnce(id)).data;
  }

  async create(id: string, item: T): Promise<T> {
    this.assertOpen();
    assertItemId(id);
    if (this.has(id) || this.deleting.has(id)) throw new CollectionItemExistsError(this.spec.name, id);
    const checked = this.validate(item);
    const entry: LoadedItem<T> = { current: checked, onDisk: null, writer: this.writerFor(id, () => entry) };
    this.loaded.set(id, entry);
    await entry.writer.requestSave();
    return checked;
  }

  async update(id: string, mutate: (draft: T) => T | void): Promise<T> {
    this.assertOpen();
    // When the item is already loaded nothing is awaited before the mutation, so updates apply in call order.
    const entry = this.loaded.get(id) ?? (await this.item(id));
    if (this.deleting.has(id)) throw new CollectionItemMissingError(this.spec.name, id);
    const draft = structuredClone(entry.current);
    const returned = mutate(draft);
    const checked = this.validate(returned === undefined ? draft : returned);
    entry.current = checked;
    await entry.writer.requestSave();
    return checked;
  }

  async delete(id: string): Promise<void> {
    this.assertOpen();
    if (!this.has(id)) throw new CollectionItemMissingError(this.spec.name, id);
    const deletion = this.moveToTrash(id);
    this.deleting.set(id, deletion);
    try {
      await deletion;
    } finally {
      this.deleting.delete(id);
    }
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.deleting.values()]);
    await Promise.all([...this.loaded.values()].map((entry) => entry.writer.whenIdle()));
    if (this.catalogTimer !== null) {
      clearTimeout(this.catalogTimer);
      this.catalogTimer = null;
      await this.catalogWriter.requestSave().catch(() => undefined);
    }
    await this.catalogWriter.whenIdle();
  }

  /** Refuses further changes; the caller flushes afterwards. */
  close(): void {
    this.closed = true;
  }

  /**
   * Reads a shard. A damaged one is moved aside and recovered (from an automatic backup, or
   * what is whole in it), and the user told; one that nothing could bring back is forgotten by
   * the catalog.
   */
  private async readValid(id: string): Promise<{ kind: 'valid'; data: T }> {
    const read = await readShard(this.dir, id, this.spec, this.options);
    if (read.kind === 'valid') return read;
    const { recovery } = read;
    this.onNotice(shardRecoveryNotice(this.spec, this.dir, id, recovery, this.catalog.get(id)?.summary, this.options));
    if (recovery.kind === 'nothing') {
      this.forget(id);
      throw new AppError('db.readFailed', { path: shardPath(this.dir, id), message: 'damaged; moved aside' });
    }
    this.remember(id, { summary: this.spec.summarize(recovery.data), ...(await shardStat(this.dir, id)) });
    return { kind: 'valid', data: recovery.data };
  }

  private async item(id: string): Promise<LoadedItem<T>> {
    const entry = this.loaded.get(id);
    if (entry !== undefined) return entry;
    if (!this.has(id)) throw new CollectionItemMissingError(this.spec.name, id);
    let loading = this.loading.get(id);
    if (loading === undefined) {
      loading = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return await loading;
  }

  private readOnce(id: string): Promise<{ kind: 'valid'; data: T }> {
    let reading = this.reading.get(id);
    if (reading === undefined) {
      reading = this.readValid(id).finally(() => this.reading.delete(id));
      this.reading.set(id, reading);
    }
    return reading;
  }

  private async load(id: string): Promise<LoadedItem<T>> {
    const read = await this.readOnce(id);
    const entry: LoadedItem<T> = { current: read.data, onDisk: read.data, writer: this.writerFor(id, () => entry) };
    this.loaded.set(id, entry);
    // Heals a summary the catalog could not know was stale (a file system with coarse mtimes).
    const summary = this.spec.summarize(read.data);
    const known = this.catalog.get(id);
    if (known !== undefined && JSON.stringify(known.summary) !== JSON.stringify(summary)) this.remember(id, { ...known, summary });
    return entry;
  }

  private writerFor(id: string, entry: () => LoadedItem<T>): SnapshotWriter {
    return new SnapshotWriter(
      () => this.saveItem(id, entry()),
      () => {
        const failed = entry();
        if (failed.onDisk === null) this.loaded.delete(id);
        else failed.current = failed.onDisk;
      },
    );
  }

  private async saveItem(id: string, entry: LoadedItem<T>): Promise<void> {
    const snapshot = entry.current;
    const path = shardPath(this.dir, id);
    try {
      await writeFileAtomic(path, serializeDocument(this.spec.schemaVersion, snapshot), this.options);
    } catch (error) {
      throw new AppError('db.writeFailed', { path, message: String(error) }, { cause: error });
    }
    entry.onDisk = snapshot;
    this.remember(id, { summary: this.spec.summarize(snapshot), ...(await shardStat(this.dir, id)) });
  }

  private async moveToTrash(id: string): Promise<void> {
    await this.loaded.get(id)?.writer.whenIdle();
    try {
      await moveShardToTrash(this.dir, id, this.options);
    } catch (error) {
      throw new AppError('db.writeFailed', { path: shardPath(this.dir, id), message: String(error) }, { cause: error });
    }
    this.forget(id);
  }

  private remember(id: string, entry: CatalogEntry<S>): void {
    this.catalog.set(id, entry);
    this.summaryById.set(id, entry.summary);
    this.scheduleCatalogSave();
  }

  private forget(id: string): void {
    this.loaded.delete(id);
    this.catalog.delete(id);
    this.summaryById.delete(id);
    this.scheduleCatalogSave();
  }

  private scheduleCatalogSave(): void {
    if (this.catalogTimer !== null) return;
    this.catalogTimer = setTimeout(() => {
      this.catalogTimer = null;
      void this.catalogWriter.requestSave().catch(() => undefined);
    }, CATALOG_SAVE_DELAY_MS);
    // A catalog left unsaved at exit is repaired from the shards on the next open.
    this.catalogTimer.unref();
  }

  private async saveCatalog(): Promise<void> {
    const content = await serializeCatalog(this.spec.schemaVersion, this.catalog);
    await writeFileAtomic(join(this.dir, CATALOG_FILE_NAME), content, this.options);
  }

  private validate(item: T): T {
    const checked = this.spec.schema.safeParse(item);
    if (!checked.success) throw new AppError('validation.failed', { message: checked.error.message });
    return checked.data;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError(`Collection "${this.spec.name}"`);
  }
}

/** The shard's size and mtime for the catalog; if it cannot be looked at now, an impossible size makes the next open re-read it. */
function shardStat(dir: string, id: string): Promise<{ size: number; mtimeMs: number }> {
  return stat(shardPath(dir, id)).then((found) => ({ size: found.size, mtimeMs: found.mtimeMs }), () => ({ size: -1, mtimeMs: 0 }));
}

/**
 * Names the item by its title where the collection has one: from the catalog, which still
 * knows it when the file itself is damaged, else from the recovered copy.
 */
function shardRecoveryNotice<T, S>(
  spec: CollectionSpec<T, S>,
  dir: string,
  id: string,
  recovery: Recovery<T>,
  knownSummary: S | undefined,
  options: LoadOptions,
): NoticeDraft {
  const summary = knownSummary ?? (recovery.kind === 'nothing' ? undefined : spec.summarize(recovery.data));
  const title = summary === undefined ? undefined : spec.titleOf?.(summary);
  return recoveryNotice(recovery, {
    file: shardPath(dir, id),
    subject: spec.name,
    ...(title === undefined ? {} : { title }),
    at: options.now().toISOString(),
  });
}
