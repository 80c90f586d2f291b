import { defineConfig } from '@playwright/test';

/**
 * Renderer end-to-end tests: the built renderer in Debian's Chromium, served with the app's
 * CSP, talking to the real core through page.exposeBinding. Build first (`npm run build`).
 */
/**
 * The window shares the time zone of the worker that runs the core, as in the app, where both
 * follow the computer's. Unset, both are put in Asia/Kolkata, where the users are (the workers
 * inherit this process's environment); scripts/test-all.mjs runs the tier in Asia/Kolkata and
 * again in UTC.
 */
if (process.env.TZ === undefined || process.env.TZ === '') process.env.TZ = 'Asia/Kolkata';
const windowTimeZone = process.env.TZ;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  // `npm test` reads the counts from the JSON report for its closing summary line.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'hi-IN',
    timezoneId: windowTimeZone,
    trace: 'retain-on-failure',
    // Playwright gives every browser a fresh temporary profile (it refuses --user-data-dir in args).
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
