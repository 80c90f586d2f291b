import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract, type Entry } from 'tar-stream';
import { AppError } from '../errors.js';
import { describeDataFile, isDataFile } from './data-files.js';
import {
  ARCHIVE_FORMAT_VERSION,
  archiveHeaderSchema,
  DATA_PREFIX,
  HEADER_ENTRY,
  isSafeRelativePath,
  MANIFEST_ENTRY,
  manifestSchema,
  type ArchiveHeader,
  type ManifestFile,
} from './manifest.js';
import { supportedSchemaVersion } from './schema-versions.js';

/** No data file comes near this; a larger entry is a damaged or hostile archive, not data to hold in memory. */
const MAX_ENTRY_BYTES = 128 * 2 ** 20;

export interface VerifiedArchive {
  header: ArchiveHeader;
  files: ManifestFile[];
  /** The archive file's own size and checksum, to tell whether it changed since it was verified. */
  sizeBytes: number;
  sha256: string;
}

export interface ReadArchiveOptions {
  /** Receives each verified data file's bytes as the archive is read (a restore writes them to its staging folder). */
  sink?: (file: ManifestFile, bytes: Buffer) => Promise<void>;
  /**
   * Hands a data file newer than this build reads to `sink` instead of refusing the archive:
   * for looking up one other file in it. The archive is still verified whole.
   */
  passNewerFiles?: boolean;
  /** How much of the archive file has been read, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Reads an archive from start to end without trusting it, one file in memory at a time:
 * refuses anything that is not ours with backup.notAnArchive, anything cut short, altered or
 * inconsistent with backup.damaged, and data newer than this build reads with
 * backup.newerVersion. Each data file is checked (a safe data path, its JSON parses, its
 * schema version is readable) before it reaches `sink`; the manifest at the end must list
 * exactly the files read, with their sizes and checksums.
 */
export async function readArchive(path: string, { sink, onProgress, passNewerFiles = false }: ReadArchiveOptions = {}): Promise<VerifiedArchive> {
  const totalBytes = await archiveSize(path);
  const raw = createReadStream(path);
  const archiveHash = createHash('sha256');
  let sizeBytes = 0;
  raw.on('data', (chunk: Buffer | string) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    archiveHash.update(bytes);
    sizeBytes += bytes.length;
    onProgress?.(totalBytes === 0 ? 1 : sizeBytes / totalBytes);
  });
  const gunzip = createGunzip();
  const entries = tarExtract();
  raw.on('error', (error) => entries.destroy(new AppError('backup.readFailed', { path, message: String(error) }, { cause: error })));
  gunzip.on('error', (error) => entries.destroy(error));
  raw.pipe(gunzip).pipe(entries);

  let header: ArchiveHeader | null = null;
  const files: ManifestFile[] = [];
  const paths = new Set<string>();
  let manifestSeen = false;
  try {
    for await (const entry of entries) {
      const bytes = await readEntry(entry);
      if (header === null) {
        header = parseHeader(entry.header.name, bytes);
        continue;
      }
      if (manifestSeen) throw damaged('after manifest');
      if (entry.header.name === MANIFEST_ENTRY) {
        checkManifest(bytes, files);
        manifestSeen = true;
        continue;
      }
      const file = checkDataFile(entry.header.name, bytes, header, paths, passNewerFiles);
      files.push(file);
      paths.add(file.path);
      if (sink !== undefined) await sink(file, bytes);
    }
  } catch (error) {
    throw classify(error, header !== null);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
  if (header === null) throw new AppError('backup.notAnArchive');
  if (!manifestSeen) throw damaged('no manifest');
  return { header, files, sizeBytes, sha256: archiveHash.digest('hex') };
}

async function archiveSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw new AppError('backup.readFailed', { path, message: String(error) }, { cause: error });
  }
}

async function readEntry(entry: Entry): Promise<Buffer> {
  if (entry.header.type !== 'file' || (entry.header.size ?? 0) > MAX_ENTRY_BYTES) throw damaged(`entry: ${entry.header.name}`);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of entry) {
    length += chunk.length;
    if (length > MAX_ENTRY_BYTES) throw damaged(`entry: ${entry.header.name}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}

/** The first entry says whether the archive is ours at all, and whether this build can read its layout. */
function parseHeader(name: string, bytes: Buffer): ArchiveHeader {
  if (name !== HEADER_ENTRY) throw new AppError('backup.notAnArchive');
  const parsed = archiveHeaderSchema.safeParse(parseJson(bytes));
  if (!parsed.success) throw new AppError('backup.notAnArchive');
  if (parsed.data.formatVersion > ARCHIVE_FORMAT_VERSION) throw new AppError('backup.newerVersion', { message: parsed.data.appVersion });
  return parsed.data;
}

function checkDataFile(name: string, bytes: Buffer, header: ArchiveHeader, earlier: ReadonlySet<string>, passNewer: boolean): ManifestFile {
  const path = name.startsWith(DATA_PREFIX) ? name.slice(DATA_PREFIX.length) : '';
  if (!isSafeRelativePath(path) || !isDataFile(path)) throw damaged(`path: ${name}`);
  if (earlier.has(path)) throw damaged(`twice: ${path}`);
  let file: ManifestFile;
  try {
    file = describeDataFile(path, bytes);
  } catch (error) {
    throw new AppError('backup.damaged', { message: `json: ${path}` }, { cause: error });
  }
  const supported = supportedSchemaVersion(path);
  if (!passNewer && file.schemaVersion !== null && supported !== null && file.schemaVersion > supported) {
    throw new AppError('backup.newerVersion', { message: header.appVersion });
  }
  return file;
}

/** The manifest is the archive's own account of its files; any difference means it was altered or mixed. */
function checkManifest(bytes: Buffer, read: readonly ManifestFile[]): void {
  const parsed = manifestSchema.safeParse(parseJson(bytes));
  if (!parsed.success) throw damaged('manifest');
  const listed = parsed.data.files;
  if (listed.length !== read.length) throw damaged('manifest count');
  listed.forEach((file, index) => {
    const actual = read[index];
    if (
      actual === undefined ||
      actual.path !== file.path ||
      actual.size !== file.size ||
      actual.sha256 !== file.sha256 ||
      actual.schemaVersion !== file.schemaVersion
    ) {
      throw damaged(`checksum: ${file.path}`);
    }
  });
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

function damaged(message: string): AppError {
  return new AppError('backup.damaged', { message });
}

/**
 * Our own refusals pass through as they are. Anything else is a stream that would not
 * decompress or unpack: before our header was read it was never our archive (a PDF, a log
 * file, a zip); after it, it is ours but cut short or altered.
 */
function classify(error: unknown, headerRead: boolean): AppError {
  if (error instanceof AppError) return error;
  return headerRead ? new AppError('backup.damaged', { message: String(error) }, { cause: error }) : new AppError('backup.notAnArchive', {}, { cause: error });
}
