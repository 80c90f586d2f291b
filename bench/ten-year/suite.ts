import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src-main/core/db/index.js';
import { openCore } from '../../src-main/core/index.js';
import { percentile, report, timed, type Budget } from '../report.js';
import type { ChildResult, ChildTask } from './child-tasks.js';
import { writeDataFolder } from './generate.js';
import { COMMIT_KINDS } from './measure.js';
import type { Scale } from './scale.js';

export interface SuiteOptions {
  scales: readonly Scale[];
  /** Rounds of the three commits against the sharded store, and against the one-file baseline. */
  rounds: number;
  baselineRounds: number;
  /** The scale whose size the budgets are set for; null prints every figure without budgets. */
  budgetScale: string | null;
  /** Runs a task in a fresh process (the real bench) or in this one (the smoke test). */
  runTask: <T extends ChildTask>(task: T) => Promise<ChildResult<T>>;
}

const COMMIT_P95_MS: Budget = { op: '<=', limit: 15 };
const STALL_MS: Budget = { op: '<=', limit: 20 };
const COLD_OPEN_MS: Budget = { op: '<=', limit: 1000 };
const RSS_MB: Budget = { op: '<=', limit: 250 };
const SPEED_UP: Budget = { op: '>=', limit: 20 };

const round1 = (value: number) => Number(value.toFixed(1));
const KIND_NAMES = { checkIn: 'check_in', personEdit: 'person_edit', reportAutosave: 'report_autosave' } as const;

/** The storage benchmark: commits, stalls, cold open and memory at each scale, against a one-file baseline. */
export async function runStorageSuite(options: SuiteOptions): Promise<boolean> {
  const results: boolean[] = [];
  const budgetIf = (applies: boolean, budget: Budget) => (options.budgetScale !== null && applies ? budget : undefined);
  results.push(...(await measureDiskFloor()));

  for (const scale of options.scales) {
    const atBudgetScale = scale.label === options.budgetScale;
    const dir = await mkdtemp(join(tmpdir(), `sachiv-bench-${scale.label}-`));
    try {
      const generated = await timed(() => writeDataFolder(dir, scale));
      results.push(report(`storage.generate_${scale.label}`, Math.round(generated.ms), 'ms'));
      const firstOpen = await timed(() => firstOpenOf(dir));
      results.push(report(`storage.first_open_migrate_and_catalog_${scale.label}`, Math.round(firstOpen.ms), 'ms'));

      const sharded = await options.runTask({ kind: 'sharded', dataDir: dir, scale: scale.label, rounds: options.rounds });
      const cold = sharded.coldOpen;
      results.push(report(`storage.cold_open_first_screen_${scale.label}`, Math.round(cold.firstScreenMs), 'ms', budgetIf(atBudgetScale, COLD_OPEN_MS)));
      results.push(report(`storage.rss_after_open_${scale.label}`, Math.round(cold.rssAtFirstScreenMb), 'MB', budgetIf(atBudgetScale, RSS_MB)));
      results.push(report(`storage.cold_open_people_searchable_${scale.label}`, Math.round(cold.peopleSearchableMs), 'ms'));
      results.push(report(`storage.rss_people_searchable_${scale.label}`, Math.round(cold.rssPeopleSearchableMb), 'MB'));

      for (const kind of COMMIT_KINDS) {
        const name = `storage.${KIND_NAMES[kind]}`;
        results.push(report(`${name}_p50_${scale.label}`, round1(percentile(sharded[kind], 0.5)), 'ms'));
        results.push(report(`${name}_p95_${scale.label}`, round1(percentile(sharded[kind], 0.95)), 'ms', budgetIf(true, COMMIT_P95_MS)));
        results.push(report(`${name}_max_${scale.label}`, round1(Math.max(...sharded[kind])), 'ms'));
      }
      results.push(report(`storage.commit_stall_max_${scale.label}`, round1(sharded.stallMaxMs), 'ms', budgetIf(true, STALL_MS)));

      results.push(report(`storage.programme_first_search_uncached_${scale.label}`, Math.round(sharded.programmeSearchUncachedMs), 'ms'));
      results.push(...(await measureLater(dir, scale, atBudgetScale, options)));

      // The one-file baseline is what the budgets compare against at ten years; at smaller
      // sizes it only costs time, since the issue asks for the ratio at ten years.
      if (!atBudgetScale && options.budgetScale !== null) continue;
      const baseline = await options.runTask({ kind: 'baseline', dataDir: dir, scale: scale.label, rounds: options.baselineRounds });
      results.push(report(`baseline.file_size_${scale.label}${baseline.withRevisions ? '' : '_without_revisions'}`, Math.round(baseline.fileMb), 'MB'));
      for (const kind of COMMIT_KINDS) {
        const name = `baseline.${KIND_NAMES[kind]}`;
        const baselineP50 = percentile(baseline[kind], 0.5);
        results.push(report(`${name}_p50_${scale.label}`, round1(baselineP50), 'ms'));
        results.push(report(`${name}_max_${scale.label}`, round1(Math.max(...baseline[kind])), 'ms'));
        const speedUp = baselineP50 / Math.max(percentile(sharded[kind], 0.5), 0.01);
        results.push(report(`storage.${KIND_NAMES[kind]}_speedup_vs_one_file_${scale.label}`, round1(speedUp), 'x', budgetIf(atBudgetScale, SPEED_UP)));
      }
      results.push(report(`baseline.commit_stall_max_${scale.label}`, round1(baseline.stallMaxMs), 'ms'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return results.every(Boolean);
}

/**
 * Later in the day, in a fresh process: the first programme search with the words the last
 * session saved, and at the budget scale "बैकअप लें", its check, and a quit with nothing changed.
 * Backups have no budget in the issue. Their peak memory does not grow with the folder (one
 * file at a time), but parsing the largest files (catalogs of several MB) while the rest of the
 * app is loaded takes it above the 250 MB the open is held to, so it is printed without one.
 */
async function measureLater(dir: string, scale: Scale, atBudgetScale: boolean, options: SuiteOptions): Promise<boolean[]> {
  const withBackup = atBudgetScale || options.budgetScale === null;
  const later = await options.runTask({ kind: 'later', dataDir: dir, scale: scale.label, withBackup });
  const lines = [report(`storage.programme_first_search_cached_${scale.label}`, Math.round(later.programmeSearchMs), 'ms')];
  if (later.backupMs === undefined) return lines;
  lines.push(
    report(`backup.create_${scale.label}`, Math.round(later.backupMs), 'ms'),
    report(`backup.create_peak_rss_${scale.label}`, Math.round(later.backupPeakRssMb ?? 0), 'MB'),
    report(`backup.archive_size_${scale.label}`, Math.round(later.archiveMb ?? 0), 'MB'),
    report(`backup.verify_${scale.label}`, Math.round(later.verifyMs ?? 0), 'ms'),
    report(`backup.verify_peak_rss_${scale.label}`, Math.round(later.verifyPeakRssMb ?? 0), 'MB'),
    report(`backup.quit_unchanged_${scale.label}`, Math.round(later.quitUnchangedMs ?? 0), 'ms'),
  );
  return lines;
}

/**
 * The first start of this version on the folder: the core migrates the people file and builds
 * every collection's catalog from its shards, and saves both when it closes.
 */
async function firstOpenOf(dir: string): Promise<void> {
  const core = await openCore({ dataDir: dir, appVersion: 'bench', dailyBackup: false });
  await core.close();
}

/** What one durable 20 KB write costs on this disk by itself: the floor under every commit figure. */
async function measureDiskFloor(): Promise<boolean[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sachiv-bench-disk-'));
  try {
    const content = 'x'.repeat(20 * 1024);
    const samples: number[] = [];
    for (let n = 0; n < 100; n += 1) {
      samples.push((await timed(() => writeFileAtomic(join(dir, 'floor.json'), content, { renameRetryMs: 0 }))).ms);
    }
    return [
      report('disk.durable_write_20kb_p50', round1(percentile(samples, 0.5)), 'ms'),
      report('disk.durable_write_20kb_p95', round1(percentile(samples, 0.95)), 'ms'),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
