import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { extract, pack } from 'tar-stream';

export interface ArchiveEntry {
  name: string;
  bytes: Buffer;
  /** A tar entry of another kind than a plain file, as a hostile archive might hold. */
  link?: { type: 'symlink' | 'link'; target: string };
}

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/** Every entry of a (small) gzipped tar, in order, as any archive tool would see it. */
export async function readArchiveEntries(path: string): Promise<ArchiveEntry[]> {
  const unpacking = extract();
  const entries: ArchiveEntry[] = [];
  const reading = (async () => {
    for await (const entry of unpacking) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk);
      entries.push({ name: entry.header.name, bytes: Buffer.concat(chunks) });
    }
  })();
  unpacking.end(await gunzipAsync(await readFile(path)));
  await reading;
  return entries;
}

/** Writes entries as a gzipped tar: how a tampered, foreign or newer archive is made for a test. */
export async function writeArchiveEntries(path: string, entries: readonly ArchiveEntry[]): Promise<void> {
  const packing = pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of packing) chunks.push(chunk);
  })();
  for (const entry of entries) {
    if (entry.link === undefined) packing.entry({ name: entry.name }, entry.bytes);
    else packing.entry({ name: entry.name, type: entry.link.type, linkname: entry.link.target });
  }
  packing.finalize();
  await collected;
  await writeFile(path, await gzipAsync(Buffer.concat(chunks)));
}

export function jsonOf(entry: ArchiveEntry | undefined): Record<string, unknown> {
  if (entry === undefined) throw new Error('no such entry');
  return JSON.parse(entry.bytes.toString('utf8')) as Record<string, unknown>;
}

export function jsonEntry(name: string, value: unknown): ArchiveEntry {
  return { name, bytes: Buffer.from(JSON.stringify(value), 'utf8') };
}
