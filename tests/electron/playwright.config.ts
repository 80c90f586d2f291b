import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findInstalledElectron } from './electron-binary.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const electronInstalled = findInstalledElectron(path.resolve(here, '..', '..')) !== null;

/**
 * The Electron end-to-end suite. With no Electron binary installed every test is skipped and
 * the run exits 0, printing one line that says so; the list reporter is left out then, so that
 * line is the whole story.
 */
export default defineConfig({
  testDir: here,
  testMatch: '*.spec.ts',
  outputDir: path.resolve(here, '..', '..', 'test-results', 'electron'),
  // One Electron app at a time: the app holds Electron's single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ...(electronInstalled ? [['list'] as const] : []),
    [path.join(here, 'skip-reason-reporter.ts')],
    // `npm test` reads the counts from here for its closing summary line.
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as const] : []),
  ],
});
