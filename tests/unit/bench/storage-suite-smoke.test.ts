import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runTask } from '../../../bench/ten-year/child-tasks.js';
import { TINY } from '../../../bench/ten-year/scale.js';
import { runStorageSuite } from '../../../bench/ten-year/suite.js';

// The benchmark itself is not a test (the machines are too noisy for budgets); this runs every
// step of it on tiny data so that it keeps working as the storage changes.
describe('the storage benchmark on tiny data', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints every figure in the bench format, without budgets', async () => {
    const withinBudget = await runStorageSuite({ scales: [TINY], rounds: 3, baselineRounds: 2, budgetScale: null, runTask });

    expect(withinBudget).toBe(true);
    for (const line of lines) expect(line).toMatch(/^bench: [a-z0-9_.]+ = \d+(\.\d)? (ms|MB|x)$/);
    const figures = new Map(lines.map((line) => [line.split(' ')[1], Number(line.split(' ')[3])]));
    for (const name of [
      'storage.cold_open_first_screen_tiny',
      'storage.rss_after_open_tiny',
      'storage.check_in_p95_tiny',
      'storage.person_edit_p95_tiny',
      'storage.report_autosave_p95_tiny',
      'storage.commit_stall_max_tiny',
      'baseline.check_in_p50_tiny',
      'storage.report_autosave_speedup_vs_one_file_tiny',
    ]) {
      expect(figures.get(name), name).toBeGreaterThan(0);
    }
    for (const name of [
      'storage.programme_first_search_uncached_tiny',
      'storage.programme_first_search_cached_tiny',
      'backup.create_tiny',
      'backup.verify_tiny',
      'backup.quit_unchanged_tiny',
    ]) {
      expect(figures.get(name), name).toBeGreaterThanOrEqual(0);
    }
    expect(figures.get('backup.create_peak_rss_tiny')).toBeGreaterThan(0);
  });
});
