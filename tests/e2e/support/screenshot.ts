import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { fakeClockStart } from './clock.js';

// The faked-clock run keeps its own pictures, so the real run's are not replaced by screens dated days ago.
const SCREENSHOTS = fileURLToPath(new URL(fakeClockStart() === null ? '../../../test-results/screenshots/' : '../../../test-results/screenshots-evening-utc/', import.meta.url));

/** Saves a screenshot under test-results/screenshots once the bundled fonts have loaded. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}
