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
const electronJson = join(resultsDir, 'electron.json');
for (const file of [vitestJson, e2eJson, electronJson]) rmSync(file, { force: true });

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
  { name: 'renderer end to end (playwright, chromium)', command: bin('playwright'), args: ['test', '-c', 'tests/e2e/playwright.config.ts'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson } },
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
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
for (const file of [e2eJson, electronJson]) {
  if (!existsSync(file)) continue;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}
if (failedStep !== null && totals.failed === 0) totals.failed = 1;

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${failedStep === null ? 'all tiers passed' : `stopped: "${failedStep}" failed`} in ${seconds} s`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep === null ? 0 : 1);
