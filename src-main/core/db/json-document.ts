import { Low } from 'lowdb';
import { AppError } from '../errors.js';
import { StoreClosedError } from './collection-errors.js';
import { DurableJsonAdapter } from './durable-adapter.js';
import type { LoadOptions, NoticeDraft } from './load-document.js';
import { SnapshotWriter } from './snapshot-writer.js';
import type { DocumentSpec, DurableDocument } from './types.js';

export class JsonDocument<T> implements DurableDocument<T> {
  /** What the file on disk holds; the state falls back to it when a save fails. */
  private onDisk: T;
  private closed = false;
  private readonly writer: SnapshotWriter;

  private constructor(
    private readonly spec: DocumentSpec<T>,
    private readonly low: Low<T>,
  ) {
    this.onDisk = low.data;
    this.writer = new SnapshotWriter(
      () => this.saveCurrentState(),
      () => {
        this.low.data = this.onDisk;
      },
    );
  }

  static async open<T>(
    spec: DocumentSpec<T>,
    options: LoadOptions,
    onNotice: (notice: NoticeDraft) => void,
  ): Promise<JsonDocument<T>> {
    const low = new Low<T>(new DurableJsonAdapter(spec, options, onNotice), spec.defaults());
    // Low.read() keeps the defaults when the adapter returns a falsy value; ours always returns the loaded data.
    await low.read();
    return new JsonDocument(spec, low);
  }

  read(): T {
    return this.low.data;
  }

  async update(mutate: (draft: T) => T | void): Promise<T> {
    // Everything up to the first await runs synchronously, so mutations apply in call order.
    if (this.closed) throw new StoreClosedError(`Document "${this.spec.name}"`);
    const draft = this.spec.copyForUpdate ? this.spec.copyForUpdate(this.low.data) : structuredClone(this.low.data);
    const returned = mutate(draft);
    const checked = this.spec.schema.safeParse(returned === undefined ? draft : returned);
    if (!checked.success) throw new AppError('validation.failed', { message: checked.error.message });
    this.low.data = checked.data;
    await this.writer.requestSave();
    return checked.data;
  }

  flush(): Promise<void> {
    return this.writer.whenIdle();
  }

  /** Refuses further updates; the caller flushes afterwards. */
  close(): void {
    this.closed = true;
  }

  private async saveCurrentState(): Promise<void> {
    const snapshot = this.low.data;
    await this.low.write();
    this.onDisk = snapshot;
  }
}
