import { z } from 'zod';
import type { CollectionSpec, DocumentSpec, RecordSetSpec } from './types.js';

/**
 * A record with the number of the commit that last wrote it. When the head file and a bucket
 * both hold a record (a fold was cut off, or the head file was restored from an older backup),
 * the higher number is the newer state.
 */
export interface Sequenced<R> {
  seq: number;
  record: R;
}

export interface HeadFile<R, H> {
  head: H;
  /** The number the next commit gets; always above every number in the head file and the buckets. */
  nextSeq: number;
  /** Records changed since they were last folded into their bucket, oldest first. */
  recent: Array<Sequenced<R>>;
}

export interface Bucket<R> {
  records: Array<Sequenced<R>>;
}

/**
 * The head file's data for a set that starts out with `records`: what a migration from an older,
 * single-file layout returns. The records are folded into their buckets right after opening.
 */
export function initialHeadData<R, H>(head: H, records: readonly R[]): HeadFile<R, H> {
  // Number 0 is older than anything a commit writes, so these never outrank a folded record.
  return { head, nextSeq: 1, recent: records.map((record) => ({ seq: 0, record })) };
}

export function headDocumentSpec<R extends { id: string }, H>(spec: RecordSetSpec<R, H>): DocumentSpec<HeadFile<R, H>> {
  const sequenced = z.object({ seq: z.number().int().nonnegative(), record: spec.recordSchema });
  return {
    name: spec.name,
    schemaVersion: spec.schemaVersion,
    migrations: spec.migrations,
    schema: z.object({ head: spec.headSchema, nextSeq: z.number().int().positive(), recent: z.array(sequenced) }) as z.ZodType<
      HeadFile<R, H>
    >,
    defaults: () => ({ head: spec.defaultHead(), nextSeq: 1, recent: [] }),
    // The record set only ever replaces entries of the recent list, never changes one in place,
    // so copying the list itself is enough; a deep copy of 10,000 imported people blocked the
    // event loop for 45-100 ms. The shared head (categories) is small and copied deeply, since
    // a commit's head change may edit it in place.
    copyForUpdate: (data) => ({ head: structuredClone(data.head), nextSeq: data.nextSeq, recent: [...data.recent] }),
  };
}

export function bucketCollectionSpec<R extends { id: string }, H>(
  spec: RecordSetSpec<R, H>,
): CollectionSpec<Bucket<R>, { count: number }> {
  const sequenced = z.object({ seq: z.number().int().nonnegative(), record: spec.recordSchema });
  return {
    name: spec.name,
    // The buckets' own format; a change to the records' shape adds migrations here and in the head's.
    schemaVersion: 1,
    migrations: [],
    schema: z.object({ records: z.array(sequenced) }) as z.ZodType<Bucket<R>>,
    summarize: (bucket) => ({ count: bucket.records.length }),
    summarySchema: z.object({ count: z.number().int().nonnegative() }),
  };
}

/** FNV-1a over the id's UTF-16 code units: stable across runs, platforms and Node versions. */
export function bucketIdFor(recordId: string, bucketCount: number): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < recordId.length; index += 1) {
    hash ^= recordId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const width = (bucketCount - 1).toString(16).length;
  return `b-${(hash % bucketCount).toString(16).padStart(width, '0')}`;
}
