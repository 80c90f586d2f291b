import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** The catalog's own file format; independent of the items' schema version, which it records. */
const CATALOG_FORMAT_VERSION = 1;

/** What the catalog knows of one shard: its summary, and the size and mtime it had when summarised. */
export interface CatalogEntry<S> {
  summary: S;
  size: number;
  mtimeMs: number;
}

/** A shard as the folder listing shows it. */
export interface ShardStat {
  size: number;
  mtimeMs: number;
}

/** Entries serialised between two yields to the event loop; a few milliseconds' work. */
const ENTRIES_PER_SLICE = 500;

/**
 * The catalog file's text, items in id order so the same contents always give the same file.
 * At 5,000 items one JSON.stringify of the whole catalog blocked the event loop for 20-35 ms
 * here, so it is built in slices, yielding in between. Entries are immutable objects, so a
 * commit landing in between only means the catalog holds an older entry for that item, which
 * the next open notices (its size and mtime differ) and corrects from the shard.
 */
export async function serializeCatalog<S>(itemSchemaVersion: number, entries: ReadonlyMap<string, CatalogEntry<S>>): Promise<string> {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; start += ENTRIES_PER_SLICE) {
    if (start > 0) await yieldToEventLoop();
    for (const [id, entry] of sorted.slice(start, start + ENTRIES_PER_SLICE)) parts.push(`${JSON.stringify(id)}:${JSON.stringify(entry)}`);
  }
  return `{"schemaVersion":${CATALOG_FORMAT_VERSION},"data":{"itemSchemaVersion":${itemSchemaVersion},"items":{${parts.join(',')}}}}\n`;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Reads the catalog file. Resolves with null when it is missing, unparseable, of another
 * format, or was written for another item schema version: in each case it is rebuilt.
 */
export async function readCatalog<S>(
  path: string,
  itemSchemaVersion: number,
  summarySchema: z.ZodType<S>,
): Promise<Map<string, CatalogEntry<S>> | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  const catalogSchema = z.object({
    schemaVersion: z.literal(CATALOG_FORMAT_VERSION),
    data: z.object({
      itemSchemaVersion: z.literal(itemSchemaVersion),
      items: z.record(z.string(), z.object({ summary: summarySchema, size: z.number(), mtimeMs: z.number() })),
    }),
  });
  const checked = catalogSchema.safeParse(parsed);
  if (!checked.success) return null;
  return new Map(Object.entries(checked.data.data.items) as Array<[string, CatalogEntry<S>]>);
}

/**
 * Compares the catalog with the shards actually in the folder. Entries whose shard is unchanged
 * (same size and mtime) are kept; shards that are new or changed behind the catalog's back must
 * be read again; entries whose shard is gone are dropped. With no catalog, every shard is read.
 */
export function reconcileCatalog<S>(
  catalog: ReadonlyMap<string, CatalogEntry<S>> | null,
  shards: ReadonlyMap<string, ShardStat>,
): { kept: Map<string, CatalogEntry<S>>; toRead: string[]; consistent: boolean } {
  const kept = new Map<string, CatalogEntry<S>>();
  const toRead: string[] = [];
  for (const [id, stat] of shards) {
    const entry = catalog?.get(id);
    if (entry !== undefined && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) kept.set(id, entry);
    else toRead.push(id);
  }
  const consistent = catalog !== null && toRead.length === 0 && catalog.size === shards.size;
  return { kept, toRead, consistent };
}
