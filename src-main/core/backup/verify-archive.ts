import { AppError } from '../errors.js';
import { decodeArchive, type ArchiveContent } from './archive-format.js';
import { isDataFile, isJsonFile, schemaVersionOf, sha256 } from './data-files.js';
import { ARCHIVE_FORMAT_VERSION } from './manifest.js';
import { supportedSchemaVersion } from './schema-versions.js';

/**
 * Decodes an archive and checks everything a restore relies on: the archive layout is one this
 * build knows, every file is a data file whose checksum matches, and every JSON file parses and carries the
 * schema version the manifest says, no newer than this build reads. Throws AppError otherwise.
 */
export async function verifyArchive(archive: Buffer): Promise<ArchiveContent> {
  const content = await decodeArchive(archive);
  const { manifest, files } = content;
  if (manifest.formatVersion > ARCHIVE_FORMAT_VERSION) throw new AppError('backup.newerVersion', { message: manifest.appVersion });
  for (const entry of manifest.files) {
    const bytes = files.get(entry.path);
    if (bytes === undefined || !isDataFile(entry.path)) throw new AppError('backup.damaged', { message: entry.path });
    if (sha256(bytes) !== entry.sha256) throw new AppError('backup.damaged', { message: `checksum: ${entry.path}` });
    let version: number | null = null;
    try {
      if (isJsonFile(entry.path)) version = schemaVersionOf(bytes);
    } catch (error) {
      throw new AppError('backup.damaged', { message: `json: ${entry.path}` }, { cause: error });
    }
    if (version !== entry.schemaVersion) throw new AppError('backup.damaged', { message: `version: ${entry.path}` });
    const supported = supportedSchemaVersion(entry.path);
    if (version !== null && supported !== null && version > supported) {
      throw new AppError('backup.newerVersion', { message: manifest.appVersion });
    }
  }
  return content;
}
