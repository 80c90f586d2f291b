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

export interface Store {
  readonly dataDir: string;
  open<T>(spec: DocumentSpec<T>): Promise<DurableDocument<T>>;
  /** Recovery events the user has not dismissed yet (damaged files moved aside, etc.). */
  notices(): Notice[];
  dismissNotice(id: string): void;
  /** Resolves when every pending write in every document has settled. */
  flush(): Promise<void>;
  /** Flushes, then releases the data-folder lock. The store is unusable afterwards. */
  close(): Promise<void>;
}
