// Runs every test tier in order (build, static checks, unit and contract, renderer end to end,
// Electron end to end), stops at the first failing tier, and ends with one plain summary line
// "N passed, N failed, N skipped" so a reader (or CI) sees the whole outcome at a glance.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const vitestJson = join(resultsDir, 'vitest.json');
const e2eJson = join(resultsDir, 'e2e.json');
const e2eEveningJson = join(resultsDir, 'e2e-evening-utc.json');
const electronJson = join(resultsDir, 'electron.json');
const e2eReports = [e2eJson, e2eEveningJson, electronJson];
for (const file of [vitestJson, ...e2eReports]) rmSync(file, { force: true });

/**
 * The app's window and its main process always share the computer's time zone, and the tests
 * keep it so: the window's zone follows TZ (tests/e2e/playwright.config.ts), as the in-process
 * core's does. The renderer tier runs twice: once in Asia/Kolkata, where the users are, with the
 * real clock; and once in UTC, as CI machines keep it, with every clock the tests control (the
 * window's, through Playwright's page.clock, and the core's `now`) set to 20:00 UTC, the hour at
 * which a test that took "today" from another zone than the app's used to fail. The day is three
 * days back, so a test that takes "today" from Node's real clock instead of the app's disagrees
 * with the app at any hour the suite runs. tests/e2e/support/clock.ts reads the instant.
 */
const eveningUtc = new Date();
eveningUtc.setUTCDate(eveningUtc.getUTCDate() - 3);
eveningUtc.setUTCHours(20, 0, 0, 0);

const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  { name: 'build', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'types (node: core, shell, preload, tests)', command: bin('tsc'), args: ['-p', 'tsconfig.node.json'] },
  { name: 'types (web: renderer, contract)', command: bin('tsc'), args: ['-p', 'tsconfig.web.json'] },
  { name: 'types (end-to-end tests)', command: bin('tsc'), args: ['-p', 'tsconfig.e2e.json'] },
  { name: 'lint (layering rules)', command: bin('eslint'), args: ['.'] },
  { name: 'locale parity', command: 'node', args: ['scripts/check-locales.mjs'] },
  { name: 'electronegativity', command: 'node', args: ['scripts/electronegativity-gate.mjs'] },
  { name: 'unit and contract (vitest)', command: bin('vitest'), args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`] },
  {
    name: 'renderer end to end (playwright, chromium; Asia/Kolkata, real clock)',
    command: bin('playwright'),
    args: ['test', '-c', 'tests/e2e/playwright.config.ts'],
    // An instant left in the caller's environment must not fake the real-clock run.
    env: { TZ: 'Asia/Kolkata', SACHIV_E2E_CLOCK: '', PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
  },
  {
    name: `renderer end to end again (UTC, clocks at ${eveningUtc.toISOString()})`,
    command: bin('playwright'),
    args: ['test', '-c', 'tests/e2e/playwright.config.ts', '--output', 'test-results/e2e-evening-utc'],
    env: { TZ: 'UTC', SACHIV_E2E_CLOCK: eveningUtc.toISOString(), PLAYWRIGHT_JSON_OUTPUT_NAME: e2eEveningJson },
  },
  { name: 'electron end to end (playwright _electron)', command: bin('playwright'), args: ['test', '-c', 'tests/electron/playwright.config.ts'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: electronJson } },
];

const started = Date.now();
let failedStep = null;
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (result.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
/** One line per tier that reported, so the total (which counts the renderer tier's two runs) reads plainly. */
const tierLines = [];
const addTier = (label, passed, failed, skipped) => {
  tierLines.push(`  ${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
};
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  addTier('unit and contract', report.numPassedTests ?? 0, report.numFailedTests ?? 0, (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0));
}
const e2eLabels = new Map([
  [e2eJson, 'renderer end to end, Asia/Kolkata'],
  [e2eEveningJson, 'renderer end to end, UTC at 20:00 (faked clock)'],
  [electronJson, 'electron end to end'],
]);
for (const file of e2eReports) {
  if (!existsSync(file)) continue;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  addTier(e2eLabels.get(file), (stats.expected ?? 0) + (stats.flaky ?? 0), stats.unexpected ?? 0, stats.skipped ?? 0);
}
if (failedStep !== null && totals.failed === 0) totals.failed = 1;

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${failedStep === null ? 'all tiers passed' : `stopped: "${failedStep}" failed`} in ${seconds} s`);
for (const line of tierLines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep === null ? 0 : 1);
