import { randomUUID } from 'node:crypto';
import type { ImportColumn } from '../contract/index.js';
import { AppError } from '../errors.js';
import type { ImportPlan } from './plan-import.js';
import type { ReadTable } from './read/index.js';

/** A file that was read and is waiting for the user to map, check and import it. */
export interface PendingImport {
  importId: string;
  fileName: string;
  table: ReadTable;
  columns: ImportColumn[];
  /** The last check, reused by the import when nothing it depends on has changed since. */
  lastPlan?: { key: string; plan: ImportPlan };
}

/**
 * A parsed file can hold 50,000 rows; keeping more than a few would let forgotten dialogs fill
 * the memory. The oldest is dropped first, and asking for it later gets a Hindi "open it again".
 */
const PENDING_MAX = 3;

/** Files read but not imported yet, in memory only: nothing of an unfinished import is saved. */
export class PendingImports {
  private readonly byId = new Map<string, PendingImport>();

  add(entry: Omit<PendingImport, 'importId'>): PendingImport {
    const pending: PendingImport = { importId: randomUUID(), ...entry };
    this.byId.set(pending.importId, pending);
    while (this.byId.size > PENDING_MAX) {
      const oldest = this.byId.keys().next().value;
      if (oldest === undefined) break;
      this.byId.delete(oldest);
    }
    return pending;
  }

  get(importId: string): PendingImport {
    const pending = this.byId.get(importId);
    if (!pending) throw new AppError('peopleImport.notFound');
    return pending;
  }

  discard(importId: string): void {
    this.byId.delete(importId);
  }
}
