import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { AppError } from '../errors.js';
import { manifestSchema, type Manifest } from './manifest.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * The archive is one gzip stream holding a magic line, the manifest's length and the manifest
 * as JSON, then every file's bytes back to back in manifest order. gzip's own CRC catches a
 * truncated or altered file before any of our checks run, and the magic line tells our
 * archives apart from any other gzip file.
 */
const MAGIC = Buffer.from('SACHIV-BACKUP\n', 'utf8');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export interface ArchiveContent {
  manifest: Manifest;
  /** Each manifest file's bytes, by its relative path. */
  files: Map<string, Buffer>;
}

export async function encodeArchive(manifest: Manifest, files: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const parts: Buffer[] = [MAGIC, Buffer.from(`${manifestBytes.length}\n`, 'utf8'), manifestBytes];
  for (const file of manifest.files) {
    const bytes = files.get(file.path);
    if (bytes === undefined) throw new Error(`No content for ${file.path}`);
    parts.push(bytes);
  }
  // Async gzip runs on the thread pool, so the main process stays responsive while it packs.
  return await gzipAsync(Buffer.concat(parts));
}

/**
 * Unpacks an archive without trusting it: refuses anything that is not ours with
 * backup.notAnArchive and anything cut short or inconsistent with backup.damaged.
 * Checksums and schema versions are checked by verifyArchive.
 */
export async function decodeArchive(archive: Buffer): Promise<ArchiveContent> {
  if (archive.length < GZIP_MAGIC.length || !archive.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) {
    throw new AppError('backup.notAnArchive');
  }
  let payload: Buffer;
  try {
    payload = await gunzipAsync(archive);
  } catch (error) {
    throw new AppError('backup.damaged', { message: 'unreadable' }, { cause: error });
  }
  if (!payload.subarray(0, MAGIC.length).equals(MAGIC)) throw new AppError('backup.notAnArchive');

  const lengthEnd = payload.indexOf(0x0a, MAGIC.length);
  const manifestLength = lengthEnd < 0 ? NaN : Number(payload.subarray(MAGIC.length, lengthEnd).toString('utf8'));
  if (!Number.isSafeInteger(manifestLength) || manifestLength <= 0) throw new AppError('backup.damaged', { message: 'manifest' });
  const manifestStart = lengthEnd + 1;
  const manifest = parseManifest(payload.subarray(manifestStart, manifestStart + manifestLength));

  const files = new Map<string, Buffer>();
  let offset = manifestStart + manifestLength;
  for (const file of manifest.files) {
    if (files.has(file.path)) throw new AppError('backup.damaged', { message: 'manifest' });
    files.set(file.path, payload.subarray(offset, offset + file.size));
    offset += file.size;
  }
  if (offset !== payload.length) throw new AppError('backup.damaged', { message: 'size' });
  return { manifest, files };
}

function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AppError('backup.damaged', { message: 'manifest' }, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new AppError('backup.damaged', { message: 'manifest' });
  return parsed.data;
}
