/**
 * The automatic backups (whole-folder archives, made by core/backup) as a place to look for
 * a good copy of one damaged file. core/backup reads archives and itself uses core/db, so the
 * store only knows this port; the app passes the real one to openStore.
 */
export interface ArchiveSource {
  /**
   * Looks in every automatic backup, newest first, for the file at `relativePath` ("/"-separated,
   * relative to the data folder), yielding one answer per backup. A copy is yielded only once
   * its checksum matched the backup's manifest.
   */
  copiesOf(relativePath: string): AsyncIterable<ArchiveLookup>;
}

export type ArchiveLookup =
  | { kind: 'found'; bytes: Buffer; archiveFile: string; createdAt: string }
  | { kind: 'absent'; archiveFile: string }
  /** The backup could not be read whole or failed its checksums: passed over, and the user told. */
  | { kind: 'damaged'; archiveFile: string }
  /** The backup could not be opened (access refused, a disk error): passed over, but it is not damaged. */
  | { kind: 'unreadable'; archiveFile: string };
