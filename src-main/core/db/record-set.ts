import { setTimeout as delay } from 'node:timers/promises';
import { StoreClosedError } from './collection-errors.js';
import { mainFilePath } from './file-names.js';
import type { NoticeDraft } from './load-document.js';
import { mapWithLimit } from './map-limit.js';
import {
  bucketCollectionSpec,
  bucketIdFor,
  headDocumentSpec,
  type Bucket,
  type HeadFile,
  type Sequenced,
} from './record-set-format.js';
import type { DurableCollection, DurableDocument, DurableRecordSet, RecordSetSpec, Store } from './types.js';

export interface RecordSetTuning {
  /** Fold the head file's recent records into the buckets once there are this many. */
  foldAt?: number;
  /** Past this many, a commit waits for the fold: a bulk change pays for its own folding. */
  foldInlineAt?: number;
  /** A failed fold loses nothing (the records stay in the head file); it is only reported. */
  onFoldError?: (error: unknown) => void;
}

/** Small enough that a commit's head file stays a few tens of KB; large enough that folds are rare. */
const DEFAULT_FOLD_AT = 100;
const DEFAULT_FOLD_INLINE_AT = 2_000;
/** At close, a head file holding this many or more is folded, so no start begins with a large one; a few stay for the next session. */
const FOLD_AT_CLOSE_FROM = 25;
/** Buckets written between two trims of the head file during a fold. */
const BUCKETS_PER_TRIM = 32;
interface FoldPace {
  concurrency: number;
  /** Rest between bucket writes, leaving the disk to the commits that happen meanwhile. */
  pauseMs: number;
}
/** One bucket at a time, with pauses: measured here, parallel bucket writes doubled the p95 of the commits they competed with. */
const BACKGROUND_FOLD: FoldPace = { concurrency: 1, pauseMs: 5 };
/** A bulk fold (a migration, a category removed from thousands) is waited for, so it may use the disk fully. */
const INLINE_FOLD_CONCURRENCY = 8;
const BUCKET_READ_CONCURRENCY = 32;

/**
 * Opens the record set `spec.name`: `<name>.json` (head) and `<name>/` (buckets). A head file of
 * an older, single-file layout is migrated by the spec's migrations and then folded into buckets
 * before this resolves; until that fold completes, the old file is untouched, so a crash in
 * between only means the migration runs again.
 */
export function openRecordSet<R extends { id: string }, H>(
  store: Store,
  spec: RecordSetSpec<R, H>,
  tuning: RecordSetTuning = {},
): Promise<DurableRecordSet<R, H>> {
  // Opening a set twice must give the same instance, or two folds would race over one head file.
  const perStore = openedSets.get(store) ?? new Map<string, Promise<DurableRecordSet<never, unknown>>>();
  openedSets.set(store, perStore);
  let opened = perStore.get(spec.name) as Promise<DurableRecordSet<R, H>> | undefined;
  if (opened === undefined) {
    opened = openNew(store, spec, tuning);
    perStore.set(spec.name, opened as Promise<DurableRecordSet<never, unknown>>);
    opened.catch(() => perStore.delete(spec.name));
  }
  return opened;
}

const openedSets = new WeakMap<Store, Map<string, Promise<DurableRecordSet<never, unknown>>>>();

async function openNew<R extends { id: string }, H>(
  store: Store,
  spec: RecordSetSpec<R, H>,
  tuning: RecordSetTuning,
): Promise<DurableRecordSet<R, H>> {
  if (!Number.isInteger(spec.bucketCount) || spec.bucketCount < 1 || spec.bucketCount > 4096) {
    throw new Error(`Record set "${spec.name}": bucketCount must be an integer from 1 to 4096`);
  }
  const headDoc = await store.open(headDocumentSpec(spec));
  const buckets = await store.openCollection(bucketCollectionSpec(spec));
  const set = new JsonRecordSet(spec, headDoc, buckets, tuning, (notice) => store.addNotice(notice), mainFilePath(store.dataDir, spec.name), () => store.now());
  await set.load();
  store.beforeClose(() => set.foldPending());
  return set;
}

class JsonRecordSet<R extends { id: string }, H> implements DurableRecordSet<R, H> {
  private readonly byId = new Map<string, R>();
  private nextSeq = 1;
  private folding: Promise<void> | null = null;
  private readonly foldAt: number;
  private readonly foldInlineAt: number;

  constructor(
    private readonly spec: RecordSetSpec<R, H>,
    private readonly headDoc: DurableDocument<HeadFile<R, H>>,
    private readonly buckets: DurableCollection<Bucket<R>, { count: number }>,
    private readonly tuning: RecordSetTuning,
    private readonly addNotice: (notice: NoticeDraft) => void,
    private readonly headPath: string,
    private readonly now: () => Date,
  ) {
    this.foldAt = tuning.foldAt ?? DEFAULT_FOLD_AT;
    this.foldInlineAt = tuning.foldInlineAt ?? DEFAULT_FOLD_INLINE_AT;
  }

  async load(): Promise<void> {
    const newest = new Map<string, Sequenced<R>>();
    const take = (entry: Sequenced<R>) => {
      const known = newest.get(entry.record.id);
      if (known === undefined || entry.seq > known.seq) newest.set(entry.record.id, entry);
    };
    await mapWithLimit([...this.buckets.summaries().keys()], BUCKET_READ_CONCURRENCY, async (bucketId) => {
      let bucket: Bucket<R>;
      try {
        bucket = await this.buckets.get(bucketId);
      } catch (error) {
        // A damaged bucket has been moved aside and the user told; its records are in that file.
        if (!this.buckets.has(bucketId)) return;
        throw error;
      }
      for (const entry of bucket.records) take(entry);
    });
    const headFile = this.headDoc.read();
    for (const entry of headFile.recent) take(entry);

    let highestSeq = 0;
    for (const entry of newest.values()) {
      this.byId.set(entry.record.id, entry.record);
      highestSeq = Math.max(highestSeq, entry.seq);
    }
    // A head file restored from an older backup must not hand out numbers the buckets already hold.
    this.nextSeq = Math.max(headFile.nextSeq, highestSeq + 1);
    await this.repairReferences();
    await this.foldIfDue();
  }

  /**
   * A head file brought back from an older copy, or rebuilt from what was whole in a damaged
   * one, may lack shared state that records point at (a category created after that backup):
   * it is recreated, and the user told, so no record points at nothing.
   */
  private async repairReferences(): Promise<void> {
    const repair = this.spec.repairReferences?.(this.headDoc.read().head, this.byId.values());
    if (repair === undefined || repair === null) return;
    await this.headDoc.update((draft) => {
      draft.head = repair.head;
    });
    this.addNotice({
      kind: 'missingCategoriesRecreated',
      file: this.headPath,
      subject: this.spec.name,
      recreated: repair.recreated,
      at: this.now().toISOString(),
    });
  }

  /**
   * Runs when the store closes, and before the backup on quit (so that the backup holds the
   * buckets as they will be): folds what gathered in the head file, so that every start begins
   * with a small one. Short sessions used to end before a background fold could finish, and
   * the head file grew session after session (to 1,160 people, 447 KB rewritten per save, after
   * 30 sessions of 40 new people).
   */
  async foldPending(): Promise<void> {
    while (this.folding !== null) await this.folding;
    if (this.headDoc.read().recent.length < FOLD_AT_CLOSE_FROM) return;
    // Registered as the running fold, so a commit meanwhile does not start a second one.
    this.folding = this.foldUntilEmpty({ concurrency: INLINE_FOLD_CONCURRENCY, pauseMs: 0 })
      .catch((error: unknown) => {
        if (!(error instanceof StoreClosedError)) this.tuning.onFoldError?.(error);
      })
      .finally(() => {
        this.folding = null;
      });
    await this.folding;
  }

  head(): H {
    return this.headDoc.read().head;
  }

  records(): ReadonlyMap<string, R> {
    return this.byId;
  }

  async commit(change: { put?: readonly R[]; head?: (draft: H) => H | void }): Promise<void> {
    const put = change.put ?? [];
    const seq = this.nextSeq;
    this.nextSeq += 1;
    const changedIds = new Set(put.map((record) => record.id));
    await this.headDoc.update((draft) => {
      if (change.head !== undefined) {
        const returned = change.head(draft.head);
        if (returned !== undefined) draft.head = returned;
      }
      if (put.length > 0) {
        draft.recent = draft.recent.filter((entry) => !changedIds.has(entry.record.id));
        for (const record of put) draft.recent.push({ seq, record });
      }
      draft.nextSeq = Math.max(draft.nextSeq, seq + 1);
    });
    for (const record of put) this.byId.set(record.id, record);
    await this.foldIfDue();
  }

  async flush(): Promise<void> {
    while (this.folding !== null) await this.folding;
    await this.headDoc.flush();
    await this.buckets.flush();
  }

  /** Starts a fold when enough records have gathered; resolves at once unless the fold is due inline. */
  private foldIfDue(): Promise<void> {
    const pending = this.headDoc.read().recent.length;
    if (pending < this.foldAt) return Promise.resolve();
    if (this.folding === null) {
      const inline = pending >= this.foldInlineAt;
      this.folding = this.foldUntilSmall(inline ? { concurrency: INLINE_FOLD_CONCURRENCY, pauseMs: 0 } : BACKGROUND_FOLD)
        .catch((error: unknown) => {
          // Quitting in the middle of a fold is normal: the records wait in the head file.
          if (!(error instanceof StoreClosedError)) this.tuning.onFoldError?.(error);
        })
        .finally(() => {
          this.folding = null;
        });
    }
    return pending >= this.foldInlineAt ? this.folding : Promise.resolve();
  }

  private async foldUntilSmall(pace: FoldPace): Promise<void> {
    while (this.headDoc.read().recent.length >= this.foldAt) await this.foldOnce(pace);
  }

  private async foldUntilEmpty(pace: FoldPace): Promise<void> {
    // One pass: what a commit adds meanwhile (before the backup on quit) waits for the next fold.
    if (this.headDoc.read().recent.length > 0) await this.foldOnce(pace);
  }

  /**
   * Writes the head file's recent records into their buckets, then drops from the head file
   * those that did not change meanwhile. Buckets first: at every moment each record is in the
   * head file, in its bucket, or both, and the higher sequence number says which copy is newer.
   */
  private async foldOnce(pace: FoldPace): Promise<void> {
    const snapshot = this.headDoc.read().recent;
    const byBucket = new Map<string, Array<Sequenced<R>>>();
    for (const entry of snapshot) {
      const bucketId = bucketIdFor(entry.record.id, this.spec.bucketCount);
      const group = byBucket.get(bucketId);
      if (group === undefined) byBucket.set(bucketId, [entry]);
      else group.push(entry);
    }
    // The head file is trimmed after every few buckets, so a fold cut short by quitting keeps
    // what it did: a 1,000-record fold touches every bucket and takes seconds.
    const groups = [...byBucket];
    for (let start = 0; start < groups.length; start += BUCKETS_PER_TRIM) {
      const slice = groups.slice(start, start + BUCKETS_PER_TRIM);
      await mapWithLimit(slice, pace.concurrency, async ([bucketId, entries]) => {
        if (!this.buckets.has(bucketId)) await this.buckets.create(bucketId, { records: entries });
        else await this.buckets.update(bucketId, (draft) => void mergeNewer(draft.records, entries));
        if (pace.pauseMs > 0) await delay(pace.pauseMs);
      });
      const folded = new Map(slice.flatMap(([, entries]) => entries.map((entry) => [entry.record.id, entry.seq] as const)));
      await this.headDoc.update((draft) => {
        draft.recent = draft.recent.filter((entry) => folded.get(entry.record.id) !== entry.seq);
      });
    }
  }
}

function mergeNewer<R extends { id: string }>(records: Array<Sequenced<R>>, incoming: ReadonlyArray<Sequenced<R>>): void {
  const positions = new Map(records.map((entry, position) => [entry.record.id, position]));
  for (const entry of incoming) {
    const position = positions.get(entry.record.id);
    if (position === undefined) {
      positions.set(entry.record.id, records.length);
      records.push(entry);
    } else if ((records[position]?.seq ?? -1) < entry.seq) {
      records[position] = entry;
    }
  }
}
