import type { DemoCounts, DemoStatus } from '../contract/index.js';
import type { DurableDocument } from '../db/types.js';
import { AppError } from '../errors.js';
import { demoDataSet } from './demo-data.js';
import type { DemoDeps } from './deps.js';
import { loadDemoData } from './load-demo.js';
import { demoRecordDocument, emptyDemoRecord, type DemoRecord } from './record.js';
import { removeDemoData } from './remove-demo.js';

export type { DemoDeps } from './deps.js';

/**
 * The fictional demo data set: loaded in one step, removed in one step, never touching the
 * user's own data. Loads and removals run one at a time, so a second click waits for the first
 * and is then refused with a clear message instead of doubling anything.
 */
export class DemoService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly record: DurableDocument<DemoRecord>,
    private readonly deps: DemoDeps,
  ) {}

  status(): Promise<DemoStatus> {
    const record = this.record.read();
    return Promise.resolve({ loaded: record.state !== 'none', counts: countsOf(record) });
  }

  /**
   * Refused with AppError('demo.alreadyLoaded') while any of the demo is present. If any step
   * fails, what was added is taken back and AppError('demo.loadFailed') names the cause.
   */
  load(): Promise<DemoCounts> {
    return this.exclusive(async () => {
      if (this.record.read().state !== 'none') throw new AppError('demo.alreadyLoaded');
      try {
        await this.record.update(() => ({ ...emptyDemoRecord(), state: 'loading', startedAt: this.deps.now().toISOString() }));
        await loadDemoData(demoDataSet(), this.deps, this.record);
        const digests = await Promise.all(this.record.read().programmes.map(({ id }) => this.deps.programmeServices.programmes.fileDigest(id)));
        const loaded = await this.record.update((draft) => {
          draft.programmes = draft.programmes.map((programme, index) => ({ ...programme, digest: digests[index] }));
          draft.state = 'loaded';
          draft.loadedAt = this.deps.now().toISOString();
        });
        return countsOf(loaded);
      } catch (error) {
        // If taking back fails too, the record stays, so status() still shows the demo and remove() can finish it.
        await this.takeBack(true).catch((cleanupError: unknown) => this.log('Taking back a failed demo load failed', cleanupError));
        throw new AppError('demo.loadFailed', { params: { message: messageOf(error) } }, { cause: error });
      }
    });
  }

  /** Refused with AppError('demo.notLoaded') when there is no demo; returns what was removed. */
  remove(): Promise<DemoCounts> {
    return this.exclusive(async () => {
      const state = this.record.read().state;
      if (state === 'none') throw new AppError('demo.notLoaded');
      return this.takeBack(state === 'loading');
    });
  }

  /** Takes back a load that a crash or power cut interrupted; called once when the data folder opens. */
  recoverInterruptedLoad(): Promise<void> {
    return this.exclusive(async () => {
      if (this.record.read().state !== 'loading') return;
      await this.takeBack(true).catch((error: unknown) => this.log('Taking back an interrupted demo load failed; demo:remove can retry', error));
    });
  }

  private async takeBack(interrupted: boolean): Promise<DemoCounts> {
    const counts = await removeDemoData(this.record.read(), this.deps, interrupted);
    await this.record.update(() => emptyDemoRecord());
    return counts;
  }

  private exclusive<T>(step: () => Promise<T>): Promise<T> {
    const result = this.queue.then(step);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private log(message: string, error: unknown): void {
    (this.deps.log ?? ((text: string, cause?: unknown) => console.error(text, cause)))(message, error);
  }
}

/** Opens `demo.json` and first takes back a load that was interrupted in an earlier run. */
export async function openDemo(deps: DemoDeps): Promise<DemoService> {
  const record = await deps.store.open(demoRecordDocument);
  const service = new DemoService(record, deps);
  await service.recoverInterruptedLoad();
  return service;
}

function countsOf(record: DemoRecord): DemoCounts {
  return {
    people: record.personIds.length,
    programmes: record.programmes.length,
    feedback: record.programmes.reduce((sum, programme) => sum + programme.feedback, 0),
    attendanceMarks: record.programmes.reduce((sum, programme) => sum + programme.attendanceMarks, 0),
    reports: record.reportIds.length,
  };
}

function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.code;
  return error instanceof Error ? error.message : String(error);
}
