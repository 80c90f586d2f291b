import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../contract/index.js';
import { AppError } from '../errors.js';
import { errorCode, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
import type { ArchiveSource } from './archive-source.js';
import { listBackups } from './backups.js';
import { interpretDocumentBytes, serializeDocument, type FileVerdict } from './document-file.js';
import { backupDirPath, damagedFileName, isTempFileOf, mainFilePath } from './file-names.js';
import { recoverDamagedFile } from './recover-file.js';
import { recoveryNotice } from './recovery-notice.js';
import type { DocumentSpec } from './types.js';

export interface LoadOptions extends AtomicWriteOptions {
  dataDir: string;
  now: () => Date;
  /** Where a damaged file's older copies are looked for once the app's own copies are used up. */
  archives?: ArchiveSource;
}

export type NoticeDraft = Omit<Notice, 'id'>;

export interface LoadedDocument<T> {
  data: T;
  /** Where the data came from; a document restored from a backup needs no new backup of it. */
  source: 'main' | 'temp' | 'backup' | 'defaults';
  notice: NoticeDraft | null;
}

interface Candidate<T> {
  path: string;
  bytes: Buffer;
  data: T;
  source: 'temp' | 'backup';
}

/**
 * Loads a document without ever losing what is on disk: a damaged main file is moved aside
 * (never deleted, never overwritten) and replaced by the newest good copy (a cut-off save's
 * temp file, its own backups, then the automatic backups), or else by what is still whole in
 * it, and every such recovery produces a notice for the user.
 */
export async function loadDocument<T>(spec: DocumentSpec<T>, options: LoadOptions): Promise<LoadedDocument<T>> {
  const file = mainFilePath(options.dataDir, spec.name);
  const main = await readMainFile(file, spec);

  if (main.kind === 'valid') {
    await removeLeftoverTemps(spec.name, options.dataDir);
    return { data: main.data, source: 'main', notice: null };
  }
  if (main.kind === 'newer') {
    throw new AppError('db.readFailed', {
      path: file,
      message: `schema version ${main.schemaVersion} is newer than this app's ${spec.schemaVersion}`,
    });
  }
  if (main.kind === 'missing') {
    const temp = await newestValidTemp(spec, options.dataDir);
    if (temp !== null) {
      await restoreMainFile(file, temp, options);
      return {
        data: temp.data,
        source: 'temp',
        notice: { kind: 'unfinishedSaveRecovered', file, restoredFrom: temp.path, at: options.now().toISOString() },
      };
    }
    // A recovery an earlier version cut off (after moving the damaged file aside, before writing
    // its replacement) left no main file: it is finished now, never taken for a first run.
    const leftAside = await newestMovedAside(spec.name, options.dataDir);
    if (leftAside === null) return { data: spec.defaults(), source: 'defaults', notice: null };
    return await recover(spec, options, file, leftAside.bytes, leftAside.path);
  }
  return await recover(spec, options, file, main.bytes);
}

async function recover<T>(spec: DocumentSpec<T>, options: LoadOptions, file: string, damagedBytes: Buffer, keptAs?: string): Promise<LoadedDocument<T>> {
  const recovery = await recoverDamagedFile({
    file,
    damagedBytes,
    movedAsideName: (attempt) => damagedFileName(spec.name, options.now(), attempt),
    ...(keptAs === undefined ? {} : { keptAs }),
    format: spec,
    ownCopies: [
      ...(await leftoverTemps(spec.name, options.dataDir)).map((path) => ({ path, source: 'temp' as const })),
      ...(await listBackups(backupDirPath(options.dataDir, spec.name))).map((path) => ({ path, source: 'backup' as const })),
    ],
    options,
  });
  await removeLeftoverTemps(spec.name, options.dataDir);
  const notice = recoveryNotice(recovery, { file, subject: spec.name, at: options.now().toISOString() });
  if (recovery.kind === 'nothing') {
    // The defaults take the main file's place, so that the next start does not recover the moved-aside file again.
    // If even that cannot be written, the next start does exactly that, and tells the user again.
    await writeFileAtomic(file, serializeDocument(spec.schemaVersion, spec.defaults()), options).catch(() => undefined);
    return { data: spec.defaults(), source: 'defaults', notice };
  }
  // A copy from a backup needs no new backup of it; salvaged data does, as the next save replaces it.
  return { data: recovery.data, source: recovery.kind === 'copy' && recovery.source === 'backup' ? 'backup' : 'temp', notice };
}

/** The newest `<name>.damaged-….json` beside the main file, if any. */
async function newestMovedAside(name: string, dataDir: string): Promise<{ path: string; bytes: Buffer } | null> {
  const prefix = `${name}.damaged-`;
  const names = (await readdir(dataDir)).filter((entry) => entry.startsWith(prefix) && entry.endsWith('.json'));
  if (names.length === 0) return null;
  const dated = await Promise.all(names.map(async (entry) => ({ path: join(dataDir, entry), modified: (await stat(join(dataDir, entry))).mtimeMs })));
  const newest = dated.sort((a, b) => b.modified - a.modified)[0]!;
  try {
    return { path: newest.path, bytes: await readFile(newest.path) };
  } catch (error) {
    throw new AppError('db.readFailed', { path: newest.path, message: String(error) }, { cause: error });
  }
}

async function readMainFile<T>(file: string, spec: DocumentSpec<T>): Promise<MainFile<T>> {
  try {
    const bytes = await readFile(file);
    const verdict = interpretDocumentBytes(bytes, spec);
    return verdict.kind === 'damaged' ? { ...verdict, bytes } : verdict;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    // A file we may not read is not a damaged file: leave it alone and say so.
    throw new AppError('db.readFailed', { path: file, message: String(error) }, { cause: error });
  }
}

type MainFile<T> = Exclude<FileVerdict<T>, { kind: 'damaged' }> | { kind: 'damaged'; reason: string; bytes: Buffer } | { kind: 'missing' };

async function readCandidate<T>(path: string, spec: DocumentSpec<T>, source: Candidate<T>['source']) {
  try {
    const bytes = await readFile(path);
    const verdict = interpretDocumentBytes(bytes, spec);
    return verdict.kind === 'valid' ? { path, bytes, data: verdict.data, source } : null;
  } catch {
    return null;
  }
}

/** Temp files left by a save that was cut off, newest first. */
async function leftoverTemps(name: string, dataDir: string): Promise<string[]> {
  const mainName = `${name}.json`;
  const names = (await readdir(dataDir)).filter((name) => isTempFileOf(name, mainName));
  const dated = await Promise.all(
    names.map(async (name) => {
      const path = join(dataDir, name);
      const modified = await stat(path).then((info) => info.mtimeMs, () => 0);
      return { path, modified };
    }),
  );
  return dated.sort((a, b) => b.modified - a.modified).map((entry) => entry.path);
}

async function newestValidTemp<T>(spec: DocumentSpec<T>, dataDir: string): Promise<Candidate<T> | null> {
  for (const path of await leftoverTemps(spec.name, dataDir)) {
    const candidate = await readCandidate(path, spec, 'temp');
    if (candidate !== null) return candidate;
  }
  return null;
}

/** Temp files of this document (those of its backups are removed when the store opens). */
async function removeLeftoverTemps(name: string, dataDir: string): Promise<void> {
  const temps = await leftoverTemps(name, dataDir);
  await Promise.all(temps.map((path) => rm(path, { force: true }).catch(() => undefined)));
}

/** Writes the recovered bytes unchanged, so the main file is exactly the copy the user is told about. */
async function restoreMainFile(file: string, candidate: Candidate<unknown>, options: LoadOptions): Promise<void> {
  try {
    await writeFileAtomic(file, candidate.bytes, options);
  } catch (error) {
    throw new AppError('db.writeFailed', { path: file, message: String(error) }, { cause: error });
  }
}
