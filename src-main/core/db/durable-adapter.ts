import type { Adapter } from 'lowdb';
import { AppError } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { backUpFile } from './backups.js';
import { serializeDocument } from './document-file.js';
import { backupDirPath, mainFilePath } from './file-names.js';
import { loadDocument, type LoadOptions, type NoticeDraft } from './load-document.js';
import type { DocumentSpec } from './types.js';

/**
 * lowdb's storage for one document: loads with recovery, and saves atomically and durably,
 * taking a backup of the file as it was before the first save of each session.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  private backupTaken = false;

  constructor(
    private readonly spec: DocumentSpec<T>,
    private readonly options: LoadOptions,
    private readonly onNotice: (notice: NoticeDraft) => void,
  ) {}

  get path(): string {
    return mainFilePath(this.options.dataDir, this.spec.name);
  }

  async read(): Promise<T> {
    const loaded = await loadDocument(this.spec, this.options);
    // The file was just restored from a backup, so a backup of it would only push an older one out.
    this.backupTaken = loaded.source === 'backup';
    if (loaded.notice !== null) this.onNotice(loaded.notice);
    return loaded.data;
  }

  async write(data: T): Promise<void> {
    const content = serializeDocument(this.spec.schemaVersion, data);
    try {
      if (!this.backupTaken) {
        await backUpFile(this.path, backupDirPath(this.options.dataDir, this.spec.name), this.options.now(), this.options);
        this.backupTaken = true;
      }
      await writeFileAtomic(this.path, content, this.options);
    } catch (error) {
      throw new AppError('db.writeFailed', { path: this.path, message: String(error) }, { cause: error });
    }
  }
}
