import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../contract/index.js';
import { AppError } from '../errors.js';
import { errorCode, fsyncDirectory, renameWithRetry, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
import { firstFreeName, listBackups } from './backups.js';
import { interpretDocumentBytes, type FileVerdict } from './document-file.js';
import { backupDirPath, damagedFileName, isTempFileOf, mainFilePath } from './file-names.js';
import type { DocumentSpec } from './types.js';

export interface LoadOptions extends AtomicWriteOptions {
  dataDir: string;
  now: () => Date;
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
 * (never deleted, never overwritten) and replaced by the newest good copy, and every such
 * recovery produces a notice for the user.
 */
export async function loadDocument<T>(spec: DocumentSpec<T>, options: LoadOptions): Promise<LoadedDocument<T>> {
  const file = mainFilePath(options.dataDir, spec.name);
  const main = await readMainFile(file, spec);

  if (main.kind === 'valid') {
    await removeLeftoverTemps(spec, options.dataDir);
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
    if (temp === null) return { data: spec.defaults(), source: 'defaults', notice: null };
    await restoreMainFile(file, temp, options);
    return {
      data: temp.data,
      source: 'temp',
      notice: { kind: 'unfinishedSaveRecovered', file, restoredFrom: temp.path, at: options.now().toISOString() },
    };
  }

  const movedTo = await moveAside(file, spec.name, options);
  const candidate = (await newestValidTemp(spec, options.dataDir)) ?? (await newestValidBackup(spec, options.dataDir));
  const at = options.now().toISOString();
  if (candidate === null) {
    return { data: spec.defaults(), source: 'defaults', notice: { kind: 'damagedFileReset', file, movedTo, at } };
  }
  await restoreMainFile(file, candidate, options);
  return {
    data: candidate.data,
    source: candidate.source,
    notice: { kind: 'damagedFileRecovered', file, movedTo, restoredFrom: candidate.path, at },
  };
}

async function readMainFile<T>(file: string, spec: DocumentSpec<T>): Promise<FileVerdict<T> | { kind: 'missing' }> {
  try {
    return interpretDocumentBytes(await readFile(file), spec);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
    // A file we may not read is not a damaged file: leave it alone and say so.
    throw new AppError('db.readFailed', { path: file, message: String(error) }, { cause: error });
  }
}

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
async function leftoverTemps(spec: DocumentSpec<unknown>, dataDir: string): Promise<string[]> {
  const mainName = `${spec.name}.json`;
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
  for (const path of await leftoverTemps(spec, dataDir)) {
    const candidate = await readCandidate(path, spec, 'temp');
    if (candidate !== null) return candidate;
  }
  return null;
}

async function newestValidBackup<T>(spec: DocumentSpec<T>, dataDir: string): Promise<Candidate<T> | null> {
  for (const path of await listBackups(backupDirPath(dataDir, spec.name))) {
    const candidate = await readCandidate(path, spec, 'backup');
    if (candidate !== null) return candidate;
  }
  return null;
}

async function removeLeftoverTemps(spec: DocumentSpec<unknown>, dataDir: string): Promise<void> {
  const temps = await leftoverTemps(spec, dataDir);
  await Promise.all(temps.map((path) => rm(path, { force: true }).catch(() => undefined)));
}

async function moveAside(file: string, name: string, options: LoadOptions): Promise<string> {
  const at = options.now();
  try {
    const target = await firstFreeName(options.dataDir, (attempt) => damagedFileName(name, at, attempt));
    await renameWithRetry(file, target, options);
    await fsyncDirectory(options.dataDir);
    return target;
  } catch (error) {
    throw new AppError('db.readFailed', { path: file, message: String(error) }, { cause: error });
  }
}

/** Writes the recovered bytes unchanged, so the main file is exactly the copy the user is told about. */
async function restoreMainFile(file: string, candidate: Candidate<unknown>, options: LoadOptions): Promise<void> {
  try {
    await writeFileAtomic(file, candidate.bytes, options);
  } catch (error) {
    throw new AppError('db.writeFailed', { path: file, message: String(error) }, { cause: error });
  }
}
