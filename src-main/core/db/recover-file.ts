import { link, open, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, relative, sep } from 'node:path';
import { AppError } from '../errors.js';
import { errorCode, fsyncDirectory, renameWithRetry, writeFileAtomic } from './atomic-write.js';
import { firstFreeName } from './backups.js';
import { interpretDocumentBytes, serializeDocument, type FileFormat } from './document-file.js';
import { backupTimeOf } from './file-names.js';
import type { LoadOptions } from './load-document.js';
import { salvageJson } from './salvage.js';

/** A copy of the file the app itself keeps: a temp file of a cut-off save, or a per-file backup. */
export interface OwnCopy {
  path: string;
  source: 'temp' | 'backup';
}

export interface RecoveryRequest<T> {
  /** The damaged file; it stays in place until a good replacement is ready. */
  file: string;
  damagedBytes: Uint8Array;
  /** The name to move it to, `-<n>` added by the caller's function when taken. */
  movedAsideName: (attempt: number) => string;
  /**
   * Where the damaged bytes already lie when `file` itself is gone (a recovery that an earlier
   * version cut off after moving it aside): nothing is moved then, only the file written.
   */
  keptAs?: string;
  format: FileFormat<T>;
  /** The app's own copies, newest first; looked at before the automatic backups. */
  ownCopies: readonly OwnCopy[];
  options: LoadOptions;
}

interface Common {
  movedTo: string;
  /** Automatic backups passed over because they were damaged themselves (file names). */
  damagedArchives: string[];
}

export type Recovery<T> =
  | (Common & {
      kind: 'copy';
      data: T;
      source: 'temp' | 'backup' | 'archive';
      restoredFrom: string;
      /** When the copy was made: the data is as it was then. */
      dataFrom: string;
      /** Records newer than the copy that were read whole from the damaged file and kept too. */
      addedFromDamaged: number;
    })
  | (Common & { kind: 'salvaged'; data: T; records: number | null })
  | (Common & { kind: 'nothing' });

/**
 * The one recovery path for every damaged file of ours (a document, a programme's or report's
 * file, the people head file or a bucket). Everything that only reads comes first: the newest
 * good copy that holds it (the app's own copies and the automatic backups, whichever copy is
 * newer; each verified by its checksum and by the same migrations and schema as a normal load;
 * a damaged backup is passed over and named), else what is still whole in the damaged text.
 * Only then is anything changed: the damaged bytes are kept under their moved-aside name, and
 * the recovered file replaces the damaged one in one atomic rename, so the main file is never
 * missing, whatever fails or whenever the power goes. If anything fails before that, the
 * damaged file stays where it is and the load fails with a clear error. The caller tells the
 * user what happened.
 */
export async function recoverDamagedFile<T>(request: RecoveryRequest<T>): Promise<Recovery<T>> {
  const { file, format, options } = request;
  const damagedArchives: string[] = [];
  const copy = await newestCopy(request, damagedArchives);
  const damagedText = new TextDecoder('utf-8').decode(request.damagedBytes);

  if (copy !== null) {
    const added = format.addSalvaged === undefined ? null : addSalvaged(format, copy.data, damagedText);
    const movedTo = request.keptAs ?? (await keepDamagedBytes(request));
    await writeRecovered(file, added === null ? copy.bytes : serializeDocument(format.schemaVersion, added.data), options);
    return {
      kind: 'copy',
      data: added === null ? copy.data : added.data,
      source: copy.source,
      restoredFrom: copy.path,
      dataFrom: copy.dataFrom,
      addedFromDamaged: added?.added ?? 0,
      movedTo,
      damagedArchives,
    };
  }
  const salvaged = (format.salvage ?? ((text: string) => salvageJson(text, format)))(damagedText);
  if (salvaged === null) {
    // Nothing replaces it: a document starts from its defaults, an item leaves the catalog.
    return { kind: 'nothing', movedTo: request.keptAs ?? (await moveAside(file, request.movedAsideName, options)), damagedArchives };
  }
  const movedTo = request.keptAs ?? (await keepDamagedBytes(request));
  await writeRecovered(file, serializeDocument(format.schemaVersion, salvaged.data), options);
  return { kind: 'salvaged', data: salvaged.data, records: salvaged.records, movedTo, damagedArchives };
}

/**
 * The app's own newest good copy or the newest good automatic backup, whichever was made
 * later: a document's own backup holds the state from before a session's first save, the
 * backup made on quit the state after it. On a tie the archive is taken, for the same reason:
 * a backup holds the state from before its time, an archive the state at it. A folder of
 * copies that cannot be read fails the recovery before anything changed.
 */
async function newestCopy<T>(request: RecoveryRequest<T>, damagedArchives: string[]): Promise<GoodCopy<T> | null> {
  try {
    const own = await newestOwnCopy(request);
    const archived = await newestArchivedCopy(request, damagedArchives);
    if (own === null || archived === null) return own ?? archived;
    return Date.parse(archived.dataFrom) >= Date.parse(own.dataFrom) ? archived : own;
  } catch (error) {
    throw new AppError('db.readFailed', { path: request.file, message: String(error) }, { cause: error });
  }
}

interface GoodCopy<T> {
  path: string;
  bytes: Uint8Array;
  data: T;
  source: 'temp' | 'backup' | 'archive';
  dataFrom: string;
}

async function newestOwnCopy<T>({ ownCopies, format }: RecoveryRequest<T>): Promise<GoodCopy<T> | null> {
  for (const { path, source } of ownCopies) {
    try {
      const bytes = await readFile(path);
      const verdict = interpretDocumentBytes(bytes, format);
      if (verdict.kind !== 'valid') continue;
      const dataFrom = (source === 'backup' ? backupTimeOf(basename(path)) : null) ?? new Date((await stat(path)).mtimeMs).toISOString();
      return { path, bytes, data: verdict.data, source, dataFrom };
    } catch {
      continue;
    }
  }
  return null;
}

async function newestArchivedCopy<T>(request: RecoveryRequest<T>, damagedArchives: string[]): Promise<GoodCopy<T> | null> {
  const archives = request.options.archives;
  if (archives === undefined) return null;
  const relativePath = relative(request.options.dataDir, request.file).split(sep).join('/');
  for await (const lookup of archives.copiesOf(relativePath)) {
    if (lookup.kind === 'damaged') damagedArchives.push(lookup.archiveFile);
    if (lookup.kind !== 'found') continue;
    const verdict = interpretDocumentBytes(lookup.bytes, request.format);
    if (verdict.kind !== 'valid') continue;
    return { path: lookup.archiveFile, bytes: lookup.bytes, data: verdict.data, source: 'archive', dataFrom: lookup.createdAt };
  }
  return null;
}

function addSalvaged<T>(format: FileFormat<T>, copy: T, damagedText: string): { data: T; added: number } | null {
  const salvaged = format.salvage?.(damagedText) ?? salvageJson(damagedText, format);
  if (salvaged === null || format.addSalvaged === undefined) return null;
  // Written even when no record was added: the shared state read whole from the damaged file is newer than the copy's.
  return format.addSalvaged(copy, salvaged.data);
}

/** Renames the damaged file aside: only when nothing is put in its place. */
async function moveAside(file: string, nameFor: (attempt: number) => string, options: LoadOptions): Promise<string> {
  const dir = dirname(file);
  try {
    const target = await firstFreeName(dir, nameFor);
    await renameWithRetry(file, target, options);
    await fsyncDirectory(dir);
    return target;
  } catch (error) {
    throw new AppError('db.readFailed', { path: file, message: String(error) }, { cause: error });
  }
}

/**
 * Keeps the damaged file under its moved-aside name while it still stands in its place: as a
 * second name of the same file where the file system allows (no space needed, which matters
 * when a full disk caused the damage), else as a durable copy of the bytes that were read. The
 * recovered file then replaces the main name in one rename, so there is never a moment without
 * a main file. A copy cut off by a failure is removed; the damaged file itself is never touched.
 */
async function keepDamagedBytes(request: RecoveryRequest<unknown>): Promise<string> {
  const dir = dirname(request.file);
  try {
    for (let attempt = 1; ; attempt += 1) {
      const target = await firstFreeName(dir, request.movedAsideName);
      try {
        await keepUnder(target, request);
      } catch (error) {
        // Another recovery took the name in the meantime: never over it, the next free one.
        if (errorCode(error) === 'EEXIST' && attempt < NAME_ATTEMPTS) continue;
        throw error;
      }
      await fsyncDirectory(dir);
      return target;
    }
  } catch (error) {
    throw new AppError('db.writeFailed', { path: request.file, message: String(error) }, { cause: error });
  }
}

const NAME_ATTEMPTS = 10;

async function keepUnder(target: string, request: RecoveryRequest<unknown>): Promise<void> {
  try {
    await link(request.file, target);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw error;
    await writeNewFileDurably(target, request.damagedBytes);
  }
}

/** Creates `path` (never over an existing file) with `bytes`, synced; removes it again if that fails. */
async function writeNewFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    try {
      for (let offset = 0; offset < bytes.byteLength; ) offset += (await handle.write(bytes, offset)).bytesWritten;
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(path, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function writeRecovered(file: string, content: Uint8Array | string, options: LoadOptions): Promise<void> {
  try {
    await writeFileAtomic(file, content, options);
  } catch (error) {
    throw new AppError('db.writeFailed', { path: file, message: String(error) }, { cause: error });
  }
}
