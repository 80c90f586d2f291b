export { openStore, type StoreOptions } from './store.js';
export { runMigrations } from './migrations.js';
export { writeFileAtomic, DEFAULT_RENAME_RETRY_MS, type AtomicWriteOptions } from './atomic-write.js';
export { LOCK_FILE_NAME } from './data-dir-lock.js';
export { BACKUPS_KEPT } from './backups.js';
export type { DocumentSpec, DurableDocument, Migration, Store } from './types.js';
