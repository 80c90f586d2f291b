import { basename, extname } from 'node:path';
import type { BackupCounts, BackupList, BackupPreview, ChannelOutput, Notice } from '../contract/index.js';
import { DEFAULT_RENAME_RETRY_MS, writeStreamAtomic } from '../db/index.js';
import { AppError } from '../errors.js';
import type { PickOpenFile, PickSaveFile } from '../export/ports.js';
import { automaticBackupsDir, DEFAULT_BACKUPS_KEPT, listAutomaticBackups, saveAutomaticBackup } from './automatic-backups.js';
import { readArchive } from './archive-reader.js';
import { archiveStream } from './archive-writer.js';
import { newestDataChange } from './data-changes.js';
import { ARCHIVE_EXTENSION } from './manifest.js';
import { percentSteps, type ReportProgress } from './progress.js';
import { discardStaging, hasPendingRestore, markRestoreStaged, clearBackupDue, stageRestore } from './pending-restore.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const CLOCK_MARGIN_MS = 5_000;

export interface BackupServiceDeps {
  dataDir: string;
  appVersion: string;
  now: () => Date;
  /** Makes everything acknowledged so far reach disk, so an archive of the files is consistent. */
  flush: () => Promise<void>;
  counts: () => Promise<BackupCounts>;
  notices: () => Notice[];
  backupsKept: () => number | undefined;
  pickSaveFile: PickSaveFile | undefined;
  pickOpenFile: PickOpenFile | undefined;
  /** True when this start put a restored backup in place: the next automatic backup must keep it. */
  restoredAtStart: boolean;
  /** Tells the window how far a backup, a check or a restore has come. */
  onProgress?: ReportProgress;
}

/** "बैकअप लें", "बैकअप से पुनर्स्थापित करें" and the rolling automatic backups. */
export class BackupService {
  private inspected: { path: string; sha256: string } | null = null;
  private offered: string | null = null;
  private dataWasReset = false;
  private restoreBackedUp = false;
  private changedSinceBackupStarted = false;
  /** Backups run one at a time, so two archives never read the folder while it changes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: BackupServiceDeps) {
    this.noteResets();
  }

  /** Saves an archive of the whole data folder where the user chooses; null if they cancelled. */
  async create(): Promise<ChannelOutput<'backup:create'>> {
    if (this.deps.pickSaveFile === undefined) throw new AppError('backup.unavailable');
    const createdAt = this.deps.now();
    const suggestedName = `sachiv-backup-${createdAt.toISOString().slice(0, 10)}.${ARCHIVE_EXTENSION}`;
    const chosen = await this.deps.pickSaveFile({ suggestedName, format: 'sachiv-backup' });
    if (chosen === null) return null;
    const path = extname(chosen).toLowerCase() === `.${ARCHIVE_EXTENSION}` ? chosen : `${chosen}.${ARCHIVE_EXTENSION}`;
    return await this.serially(async () => {
      try {
        const { sizeBytes, counts } = await this.archiveNow(path, createdAt);
        return { path, sizeBytes, counts };
      } catch (error) {
        throw new AppError('backup.writeFailed', { path, message: String(error) }, { cause: error });
      }
    });
  }

  /** Asks for an archive and verifies all of it; the preview is what a restore would bring back. */
  async inspect(): Promise<BackupPreview | null> {
    if (this.deps.pickOpenFile === undefined) throw new AppError('backup.unavailable');
    const path = await this.deps.pickOpenFile({ format: 'sachiv-backup' });
    return path === null ? null : this.inspectPath(path);
  }

  /**
   * Remembers an archive the user opened from outside the app (a double click on a
   * .sachiv-backup file); the renderer is told and asks for its preview with inspectOffered().
   */
  offer(path: string): void {
    this.offered = path;
  }

  /** Verifies and previews the archive last offered by the system, once; null when there is none. */
  async inspectOffered(): Promise<BackupPreview | null> {
    const path = this.offered;
    this.offered = null;
    return path === null ? null : this.inspectPath(path);
  }

  private async inspectPath(path: string): Promise<BackupPreview> {
    this.inspected = null;
    const { header, files, sizeBytes, sha256 } = await readArchive(path, { onProgress: percentSteps('checking', this.deps.onProgress) });
    this.inspected = { path, sha256 };
    return {
      fileName: basename(path),
      createdAt: header.createdAt,
      appVersion: header.appVersion,
      counts: header.counts,
      fileCount: files.length,
      sizeBytes,
    };
  }

  /**
   * Restores the archive last inspected: unpacks it into a staging folder while verifying it
   * again (it may have changed since), backs up the current data, then marks the staging for
   * the swap at the next start.
   */
  async restore(): Promise<ChannelOutput<'backup:restore'>> {
    const inspected = this.inspected;
    if (inspected === null) throw new AppError('backup.nothingInspected');
    return await this.serially(async () => {
      const { dataDir } = this.deps;
      const staged = await stageRestore(dataDir, inspected.path, percentSteps('checking', this.deps.onProgress));
      try {
        if (staged.sha256 !== inspected.sha256) throw new AppError('backup.changedSinceInspect');
        // Always kept, even after a reset this session: it is the user's data as it is right now.
        const at = this.deps.now();
        const previousDataBackup = await this.saveAutomatic(at);
        await markRestoreStaged(dataDir);
        this.inspected = null;
        return { restartRequired: true as const, previousDataBackup };
      } catch (error) {
        await discardStaging(dataDir);
        throw error;
      }
    });
  }

  async list(): Promise<BackupList> {
    return { folder: automaticBackupsDir(this.deps.dataDir), kept: this.kept(), items: await listAutomaticBackups(this.deps.dataDir) };
  }

  /**
   * Takes an automatic backup unless this session started from a reset (damaged) file or a
   * restore is waiting for the next start: either would rotate a good backup out for a worse one.
   * Resolves with the backup's path, or null when skipped.
   */
  automatic(): Promise<string | null> {
    return this.serially(() => this.automaticNow());
  }

  /** The once-a-day backup: taken when the newest automatic backup is a day old or missing. */
  dailyIfDue(): Promise<string | null> {
    return this.serially(async () => {
      const [newest] = await listAutomaticBackups(this.deps.dataDir);
      const age = newest === undefined ? Number.POSITIVE_INFINITY : this.deps.now().getTime() - Date.parse(newest.createdAt);
      // A negative age is a backup dated in the future: the clock was wrong then, or is now.
      if (age >= 0 && age < DAY_MS) return null;
      return await this.automaticNow();
    });
  }

  /** Resolves once every backup started so far has finished. */
  async idle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private async automaticNow(): Promise<string | null> {
    this.noteResets();
    if (this.dataWasReset || (await hasPendingRestore(this.deps.dataDir))) return null;
    if (await this.unchangedSinceNewestBackup()) return null;
    const at = this.deps.now();
    // Changes reported from here on may have missed this backup's read of their files.
    this.changedSinceBackupStarted = false;
    let path: string;
    try {
      path = await this.saveAutomatic(at);
    } catch (error) {
      this.changedSinceBackupStarted = true;
      throw error;
    }
    if (this.deps.restoredAtStart && !this.restoreBackedUp) await clearBackupDue(this.deps.dataDir);
    this.restoreBackedUp = true;
    return path;
  }

  /** Called for every change the core reports; the next automatic backup then always runs. */
  noteChange(): void {
    this.changedSinceBackupStarted = true;
  }

  /**
   * A session that only looked at the data needs no new backup: the newest one already holds
   * it, and at ten years' size a backup on quit takes half a minute. Changes made in this
   * session are known from the core's own reports; changes of earlier sessions (one that
   * crashed before its quit backup) from the files' times, with a margin for clocks that file
   * systems keep coarsely (FAT: 2 s) or on another machine (a network folder). Every doubt
   * takes the backup.
   */
  private async unchangedSinceNewestBackup(): Promise<boolean> {
    if (this.changedSinceBackupStarted) return false;
    if (this.deps.restoredAtStart && !this.restoreBackedUp) return false;
    const [newest] = await listAutomaticBackups(this.deps.dataDir);
    if (newest === undefined) return false;
    const startedAt = Date.parse(newest.createdAt);
    // A backup dated in the future (the clock was wrong when it was taken) proves nothing.
    if (startedAt > this.deps.now().getTime()) return false;
    return (await newestDataChange(this.deps.dataDir)) < startedAt - CLOCK_MARGIN_MS;
  }

  private noteResets(): void {
    // Salvaged data is only what was whole in a damaged file: older backups may hold more of it.
    if (this.deps.notices().some((notice) => notice.kind === 'damagedFileReset' || notice.kind === 'damagedFileSalvaged')) this.dataWasReset = true;
  }

  private kept(): number {
    return this.deps.backupsKept() ?? DEFAULT_BACKUPS_KEPT;
  }

  /** Adds an automatic backup of the data as it is now, dated `at`; resolves with its path. */
  private saveAutomatic(at: Date): Promise<string> {
    return saveAutomaticBackup(this.deps.dataDir, at, this.kept(), async (path) => {
      await this.archiveNow(path, at);
    });
  }

  /** Writes an archive of the data folder as it is now to `path`, atomically. */
  private async archiveNow(path: string, createdAt: Date): Promise<{ sizeBytes: number; counts: BackupCounts }> {
    await this.deps.flush();
    const counts = await this.deps.counts();
    const archive = archiveStream(this.deps.dataDir, { appVersion: this.deps.appVersion, createdAt, counts }, percentSteps('archiving', this.deps.onProgress));
    const sizeBytes = await writeStreamAtomic(path, archive, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
    return { sizeBytes, counts };
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(task);
    this.queue = run;
    return run;
  }
}
