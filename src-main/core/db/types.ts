import type { z } from 'zod';
import type { Notice } from '../contract/index.js';

/** Turns the data of schema version `from` into the data of version `from + 1`. Pure. */
export type Migration = (data: unknown) => unknown;

export interface DocumentSpec<T> {
  /** File name without extension, e.g. 'people' for people.json in the data folder. */
  name: string;
  /** The version this build writes. Files of older versions are migrated on load. */
  schemaVersion: number;
  /** migrations[i] takes data of version i + 1 to version i + 2. Length = schemaVersion - 1. */
  migrations: readonly Migration[];
  /** Validates the data after migration; a file whose data fails it counts as damaged. */
  schema: z.ZodType<T>;
  defaults: () => T;
  /**
   * Reads what can still be read from a damaged file's text when no good copy of it exists
   * anywhere. Without one, `salvageJson` (complete records of the file's arrays) is used.
   */
  salvage?: Salvage<T>;
  /** As CollectionSpec.addSalvaged (a record set's head file). */
  addSalvaged?(copy: T, salvaged: T): { data: T; added: number };
  /**
   * The copy update() hands to its mutation; a deep structuredClone unless the spec knows a
   * cheaper one that is still safe for how its own code changes the draft.
   */
  copyForUpdate?(data: T): T;
}

export interface DurableDocument<T> {
  /** The current state. Callers must not mutate it; use update(). */
  read(): T;
  /**
   * Applies `mutate` to a copy of the current state and writes it durably. Resolves only once
   * the new state is on disk. If the write fails, the state reverts to what is on disk and the
   * promise rejects with AppError('db.writeFailed'); nothing half-saved remains.
   */
  update(mutate: (draft: T) => T | void): Promise<T>;
  /** Resolves when every write started so far has settled. */
  flush(): Promise<void>;
}

/**
 * What could still be read from a damaged file: the data to carry on with, and how many
 * records of it were read whole (null where the file is not a list of records).
 */
export interface Salvaged<T> {
  data: T;
  records: number | null;
}

export type Salvage<T> = (damagedText: string) => Salvaged<T> | null;

export interface Store {
  readonly dataDir: string;
  /** The store's clock (a test's fixed one): what notices and file names are dated by. */
  now(): Date;
  open<T>(spec: DocumentSpec<T>): Promise<DurableDocument<T>>;
  openCollection<T, S>(spec: CollectionSpec<T, S>): Promise<DurableCollection<T, S>>;
  /** Recovery events the user has not dismissed yet (damaged files moved aside, etc.). */
  notices(): Notice[];
  dismissNotice(id: string): void;
  /** Tells the user about a repair made outside the store's own files (for example recreated categories). */
  addNotice(notice: Omit<Notice, 'id'>): void;
  /**
   * Runs `task` when the store closes, before its documents stop taking changes (a record set
   * folds its recent records into their buckets then). A failing task is only logged by the caller.
   */
  beforeClose(task: () => Promise<void>): void;
  /** Resolves when every pending write in every document has settled. */
  flush(): Promise<void>;
  /** Flushes, then releases the data-folder lock. The store is unusable afterwards. */
  close(): Promise<void>;
}

/**
 * A family of documents of one kind, one file each, e.g. one file per programme in
 * `<dataDir>/programmes/<id>.json`, so that a commit rewrites only the item that changed.
 * A small catalog file keeps each item's summary, so lists and counts need no shard reads;
 * it is rebuilt from the shards when it is missing or disagrees with them.
 */
export interface CollectionSpec<T, S> {
  /** Folder name inside the data folder, e.g. 'programmes'. */
  name: string;
  schemaVersion: number;
  migrations: readonly Migration[];
  schema: z.ZodType<T>;
  /** What lists and counts need of an item; kept in the catalog. Pure. */
  summarize: (item: T) => S;
  summarySchema: z.ZodType<S>;
  /** The item's title as the user knows it, for a notice about its file (a programme's or report's title). */
  titleOf?: (summary: S) => string;
  /** As DocumentSpec.salvage, for one item's file. */
  salvage?: Salvage<T>;
  /**
   * For a file of records that each carry their own version: adds to an older copy brought
   * back from a backup the records read whole from the damaged file that are newer than the
   * copy's, so what changed since that backup is not lost with it.
   */
  addSalvaged?(copy: T, salvaged: T): { data: T; added: number };
}

export interface DurableCollection<T, S> {
  /** Every item's summary, by id, without reading any shard. */
  summaries(): ReadonlyMap<string, S>;
  has(id: string): boolean;
  /** Loads one item (cached after the first read). Rejects with AppError('db.readFailed') if it cannot be read. */
  get(id: string): Promise<T>;
  /**
   * Reads one item without keeping it loaded, for a pass over all of them (building a search
   * index) that must not hold ten years of files in memory. Gives the loaded version if there is one.
   */
  peek(id: string): Promise<T>;
  /**
   * Names the version of the item's file on disk (its size and modification time as the
   * catalog knows them), so a cache of something derived from it can tell when it is outdated;
   * undefined for an item the catalog does not hold.
   */
  fileStamp(id: string): string | undefined;
  /**
   * The SHA-256 of the item's file once its pending writes are on disk: equal digests taken at
   * two moments mean nothing changed the item in between. Undefined for an item the catalog does
   * not hold, or whose file cannot be read.
   */
  fileDigest(id: string): Promise<string | undefined>;
  /** Writes a new item durably; rejects if the id exists. */
  create(id: string, item: T): Promise<T>;
  /** Same guarantees as DurableDocument.update, for one item. */
  update(id: string, mutate: (draft: T) => T | void): Promise<T>;
  /** Moves the item's file into the collection's trash folder (never deletes it) and drops it from the catalog. */
  delete(id: string): Promise<void>;
  flush(): Promise<void>;
}

/**
 * Many small records of one kind (e.g. 50,000 people) plus a little shared state (e.g. the
 * categories). A commit writes only the head file `<name>.json`: the shared state and the
 * records changed since they were last folded into the hash buckets in `<name>/`. Folding
 * happens in the background once enough changes have gathered, so a commit costs what changed,
 * never the whole set.
 */
export interface RecordSetSpec<R extends { id: string }, H> {
  /** Head file `<name>.json` and bucket folder `<name>/`. */
  name: string;
  /** The head file's version; migrations[i] takes version i + 1 to i + 2 and must return `{ head, recent }` data. */
  schemaVersion: number;
  migrations: readonly Migration[];
  recordSchema: z.ZodType<R>;
  headSchema: z.ZodType<H>;
  defaultHead: () => H;
  /** Fixed for the life of the data: records are placed by a hash of their id modulo this. */
  bucketCount: number;
  /**
   * Makes every reference from a record into the head valid again after a file was recovered
   * from an older copy or salvaged (a person whose category is missing). Returns the repaired
   * head and what was recreated, or null when nothing dangles. Runs at every open; it must be cheap.
   */
  repairReferences?: (head: H, records: Iterable<R>) => { head: H; recreated: string[] } | null;
}

export interface DurableRecordSet<R extends { id: string }, H> {
  head(): H;
  /** Every record, as committed. Callers must not mutate them. */
  records(): ReadonlyMap<string, R>;
  /**
   * Saves new or changed records and an optional change to the head in one atomic write.
   * Resolves once it is durable; on failure nothing of it is kept and it rejects with
   * AppError('db.writeFailed').
   */
  commit(change: { put?: readonly R[]; head?: (draft: H) => H | void }): Promise<void>;
  /** Resolves when every commit and any background folding have settled. */
  flush(): Promise<void>;
  /**
   * Folds the records gathered in the head file into their buckets now, unless only a few have;
   * the store does this on closing, and the app before its backup on quit.
   */
  foldPending(): Promise<void>;
}
