import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Notice } from '../contract/index.js';
import { DEFAULT_RENAME_RETRY_MS, type RenameFn, type RetryClock } from './atomic-write.js';
import type { ArchiveSource } from './archive-source.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { assertDocumentName, BACKUPS_FOLDER_NAME } from './file-names.js';
import { JsonCollection } from './json-collection.js';
import { removeLeftoverTempsInSubfolders } from './leftover-temps.js';
import { JsonDocument } from './json-document.js';
import type { LoadOptions, NoticeDraft } from './load-document.js';
import type { CollectionSpec, DocumentSpec, DurableCollection, DurableDocument, Store } from './types.js';

export interface StoreOptions {
  /** The clock for notices, backup and moved-aside file names; tests pin it. */
  now?: () => Date;
  /** How long a rename refused by Windows is retried; 60 s unless a test lowers it. */
  renameRetryMs?: number;
  /** Replaces fs.rename for fault-injection tests. */
  rename?: RenameFn;
  /** Replaces the real clock of the rename retries, so tests can run out the 60 s at once. */
  retryClock?: RetryClock;
  /** The automatic backups, where a damaged file's copy is looked for after the file's own backups. */
  archives?: ArchiveSource;
}

/**
 * Opens (creating it if needed) and locks a data folder. Rejects with AppError('db.locked')
 * when another running copy of the app holds it.
 */
export async function openStore(dataDir: string, options: StoreOptions = {}): Promise<Store> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const lock = await acquireDataDirLock(dir, now);
  // Only this process writes the folder now, so no temp file in the backups is in use.
  await removeLeftoverTempsInSubfolders(join(dir, BACKUPS_FOLDER_NAME)).catch(() => undefined);
  const loadOptions: LoadOptions = {
    dataDir: dir,
    now,
    renameRetryMs: options.renameRetryMs ?? DEFAULT_RENAME_RETRY_MS,
    ...(options.rename === undefined ? {} : { rename: options.rename }),
    ...(options.retryClock === undefined ? {} : { retryClock: options.retryClock }),
    ...(options.archives === undefined ? {} : { archives: options.archives }),
  };
  return new JsonStore(lock, loadOptions);
}

class JsonStore implements Store {
  private readonly documents = new Map<string, Promise<JsonDocument<unknown>>>();
  private readonly collections = new Map<string, Promise<JsonCollection<unknown, unknown>>>();
  private pendingNotices: Notice[] = [];
  private readonly closeTasks: Array<() => Promise<void>> = [];
  private closed = false;

  constructor(
    private readonly lock: DataDirLock,
    private readonly options: LoadOptions,
  ) {}

  get dataDir(): string {
    return this.options.dataDir;
  }

  now(): Date {
    return this.options.now();
  }

  async open<T>(spec: DocumentSpec<T>): Promise<DurableDocument<T>> {
    if (this.closed) throw new Error('The store is closed');
    assertDocumentSpec(spec);
    // Opening a document twice must give the same instance, or two writers would share one file.
    let opened = this.documents.get(spec.name) as Promise<JsonDocument<T>> | undefined;
    if (opened === undefined) {
      opened = JsonDocument.open(spec, this.options, (draft) => this.addNotice(draft));
      this.documents.set(spec.name, opened as Promise<JsonDocument<unknown>>);
      opened.catch(() => this.documents.delete(spec.name));
    }
    return await opened;
  }

  async openCollection<T, S>(spec: CollectionSpec<T, S>): Promise<DurableCollection<T, S>> {
    if (this.closed) throw new Error('The store is closed');
    assertFormat(spec.name, spec);
    if (spec.name === BACKUPS_FOLDER_NAME) throw new Error(`"${spec.name}" is reserved for backups`);
    let opened = this.collections.get(spec.name) as Promise<JsonCollection<T, S>> | undefined;
    if (opened === undefined) {
      opened = JsonCollection.open(spec, this.options, (draft) => this.addNotice(draft));
      this.collections.set(spec.name, opened as Promise<JsonCollection<unknown, unknown>>);
      opened.catch(() => this.collections.delete(spec.name));
    }
    return await opened;
  }

  addNotice(draft: NoticeDraft): void {
    this.pendingNotices.push({ id: randomUUID(), ...draft });
  }

  beforeClose(task: () => Promise<void>): void {
    this.closeTasks.push(task);
  }

  notices(): Notice[] {
    return [...this.pendingNotices];
  }

  dismissNotice(id: string): void {
    this.pendingNotices = this.pendingNotices.filter((notice) => notice.id !== id);
  }

  async flush(): Promise<void> {
    const opened = [...this.documents.values(), ...this.collections.values()];
    await Promise.all(opened.map((document) => document.then((doc) => doc.flush(), () => undefined)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // A task's failure (a fold that could not finish) loses nothing: it only leaves work for the next start.
    await Promise.allSettled(this.closeTasks.map((task) => task()));
    const opened = await Promise.allSettled([...this.documents.values(), ...this.collections.values()]);
    for (const result of opened) if (result.status === 'fulfilled') result.value.close();
    await this.flush();
    await this.lock.release();
  }
}

function assertDocumentSpec(spec: DocumentSpec<unknown>): void {
  assertFormat(spec.name, spec);
}

function assertFormat(name: string, spec: Pick<DocumentSpec<unknown>, 'schemaVersion' | 'migrations'>): void {
  assertDocumentName(name);
  if (!Number.isInteger(spec.schemaVersion) || spec.schemaVersion < 1) {
    throw new Error(`"${name}": schemaVersion must be a positive integer`);
  }
  if (spec.migrations.length !== spec.schemaVersion - 1) {
    throw new Error(`"${name}": needs ${spec.schemaVersion - 1} migrations, has ${spec.migrations.length}`);
  }
}
