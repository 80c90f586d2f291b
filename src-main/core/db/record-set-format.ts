import { z } from 'zod';
import { salvageJson, scanSequencedRecords } from './salvage.js';
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
  const sequenced = sequencedSchema(spec);
  const document: DocumentSpec<HeadFile<R, H>> = {
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
    // A damaged head file holds the newest changes of all: every whole record in it is kept,
    // also beside an older copy from a backup, where it is newer than the copy's. The
    // field-by-field reading and the scan for whole records are both run and merged: one bad
    // byte in the "recent" key leaves the first a valid file with no records at all.
    salvage: (text) => {
      const whole = salvageJson(text, document);
      const found = scanSequencedRecords(text, sequenced);
      if (whole === null && found.length === 0) return null;
      if (whole === null) {
        // The shared state is lost with the file's start: the defaults, whose references the record set repairs on opening.
        const data = { head: spec.defaultHead(), nextSeq: nextSeqAfter(found), recent: found };
        sharedStateLost.add(data);
        return { data, records: found.length };
      }
      const { merged } = newerOf(whole.data.recent, found);
      const data = { head: whole.data.head, nextSeq: Math.max(whole.data.nextSeq, nextSeqAfter(merged)), recent: merged };
      return { data, records: merged.length };
    },
    addSalvaged: (copy, salvaged) => {
      const { merged, added } = newerOf(copy.recent, salvaged.recent);
      // The shared state's parts read whole from the damaged file are newer than the copy's and
      // win; the copy supplies those the damage took. Defaults stood in for lost state are not newer.
      const head = sharedStateLost.has(salvaged) ? copy.head : mergedHead(spec, salvaged.head, copy.head);
      return { data: { head, nextSeq: Math.max(copy.nextSeq, salvaged.nextSeq, nextSeqAfter(merged)), recent: merged }, added };
    },
  };
  return document;
}

/**
 * The shared state (people's categories) merged element by element: in every list of elements
 * with an id, those read whole from the damaged file win and the copy supplies the ones the
 * damage took (so one bad byte in a category no longer drops the copy's other categories, nor
 * a rename made after the copy). Anything else is taken from the damaged file. A category
 * deleted after the copy was made comes back; losing one that still exists would be worse.
 */
function mergedHead<R extends { id: string }, H>(spec: RecordSetSpec<R, H>, salvaged: H, copy: H): H {
  if (!isPlainObject(salvaged) || !isPlainObject(copy)) return salvaged;
  const merged: Record<string, unknown> = { ...copy, ...salvaged };
  for (const [key, older] of Object.entries(copy)) {
    const newer = salvaged[key];
    if (isListWithIds(newer) && isListWithIds(older)) {
      const present = new Set(newer.map((element) => element.id));
      merged[key] = [...newer, ...older.filter((element) => !present.has(element.id))];
    }
  }
  const checked = spec.headSchema.safeParse(merged);
  return checked.success ? checked.data : salvaged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isListWithIds(value: unknown): value is Array<{ id: unknown }> {
  return Array.isArray(value) && value.every((element) => isPlainObject(element) && typeof element['id'] === 'string');
}

/** Salvaged head data whose shared state could not be read and is only the defaults. */
const sharedStateLost = new WeakSet<object>();

function sequencedSchema<R extends { id: string }, H>(spec: RecordSetSpec<R, H>): z.ZodType<Sequenced<R>> {
  return z.object({ seq: z.number().int().nonnegative(), record: spec.recordSchema }) as z.ZodType<Sequenced<R>>;
}

function nextSeqAfter(entries: ReadonlyArray<Sequenced<unknown>>): number {
  return entries.reduce((highest, entry) => Math.max(highest, entry.seq), 0) + 1;
}

/** `base` with each record of `extra` that is newer than base's copy of it (or missing there); how many were taken. */
function newerOf<R extends { id: string }>(base: ReadonlyArray<Sequenced<R>>, extra: ReadonlyArray<Sequenced<R>>): { merged: Array<Sequenced<R>>; added: number } {
  const merged = [...base];
  const positions = new Map(merged.map((entry, position) => [entry.record.id, position]));
  let added = 0;
  for (const entry of extra) {
    const position = positions.get(entry.record.id);
    if (position === undefined) {
      positions.set(entry.record.id, merged.length);
      merged.push(entry);
      added += 1;
    } else if ((merged[position]?.seq ?? Number.POSITIVE_INFINITY) < entry.seq) {
      merged[position] = entry;
      added += 1;
    }
  }
  return { merged, added };
}

export function bucketCollectionSpec<R extends { id: string }, H>(
  spec: RecordSetSpec<R, H>,
): CollectionSpec<Bucket<R>, { count: number }> {
  const sequenced = sequencedSchema(spec);
  const collection: CollectionSpec<Bucket<R>, { count: number }> = {
    name: spec.name,
    // The buckets' own format; a change to the records' shape adds migrations here and in the head's.
    schemaVersion: 1,
    migrations: [],
    schema: z.object({ records: z.array(sequenced) }) as z.ZodType<Bucket<R>>,
    summarize: (bucket) => ({ count: bucket.records.length }),
    summarySchema: z.object({ count: z.number().int().nonnegative() }),
    // As for the head file: both readings, merged, since one bad byte in the "records" key
    // leaves the field-by-field reading a valid bucket with no records.
    salvage: (text) => {
      const whole = salvageJson(text, collection);
      const found = scanSequencedRecords(text, sequenced);
      const { merged } = newerOf(whole?.data.records ?? [], found);
      return merged.length === 0 && whole === null ? null : { data: { records: merged }, records: merged.length };
    },
    addSalvaged: (copy, salvaged) => {
      const { merged, added } = newerOf(copy.records, salvaged.records);
      return { data: { records: merged }, added };
    },
  };
  return collection;
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
