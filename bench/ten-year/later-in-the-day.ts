import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { automaticBackupsDir } from '../../src-main/core/backup/automatic-backups.js';
import { openCore } from '../../src-main/core/index.js';
import { coreCall } from './core-call.js';

export interface LaterFigures {
  /** The first search of the programmes list in a session, with the words saved by the last one. */
  programmeSearchMs: number;
  /** "बैकअप लें" of the whole folder, and the largest RSS while it ran. */
  backupMs: number;
  backupPeakRssMb: number;
  archiveMb: number;
  /** Checking that archive before a restore ("बैकअप से पुनर्स्थापित करें"), and the largest RSS meanwhile. */
  verifyMs: number;
  verifyPeakRssMb: number;
  /** A quit after a session that changed nothing, right after an automatic backup: it takes none. */
  quitUnchangedMs: number;
}

/** Samples RSS every 25 ms while `work` runs and reports the largest. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * A session after the commits: the programmes searched, a backup taken to another folder and
 * checked as a restore would, then a quit with nothing changed. Runs in a fresh process.
 */
export async function measureLaterInTheDay(dataDir: string, withBackup: boolean): Promise<LaterFigures | Pick<LaterFigures, 'programmeSearchMs'>> {
  const usb = await mkdtemp(join(tmpdir(), 'sachiv-bench-usb-'));
  const archive = join(usb, 'बैकअप.sachiv-backup');
  const core = await openCore({
    dataDir,
    appVersion: 'bench',
    dailyBackup: false,
    pickSaveFile: async () => archive,
    pickOpenFile: async () => archive,
  });
  const call = coreCall(core);
  try {
    const started = performance.now();
    const found = await call('programmes:list', { query: 'कार्यशाला' });
    const programmeSearchMs = performance.now() - started;
    if (found.total === 0) throw new Error('the programme search found nothing');
    if (!withBackup) return { programmeSearchMs };

    const backup = await withPeakRss(() => call('backup:create', {}));
    if (backup.value === null) throw new Error('the backup was cancelled');
    const verify = await withPeakRss(() => call('backup:inspect', {}));
    if (verify.value === null) throw new Error('the backup check was cancelled');
    // The state after an earlier automatic backup: the same archive, stamped now.
    await mkdir(automaticBackupsDir(dataDir), { recursive: true });
    await copyFile(archive, join(automaticBackupsDir(dataDir), `${new Date().toISOString().replace(/[:.]/g, '-')}.sachiv-backup`));
    const quit = await withPeakRss(() => core.backupOnQuit());
    return {
      programmeSearchMs,
      backupMs: backup.ms,
      backupPeakRssMb: backup.peakMb,
      archiveMb: backup.value.sizeBytes / 2 ** 20,
      verifyMs: verify.ms,
      verifyPeakRssMb: verify.peakMb,
      quitUnchangedMs: quit.ms,
    };
  } finally {
    await core.close();
    await rm(usb, { recursive: true, force: true });
  }
}
