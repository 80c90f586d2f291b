import type { Page } from '@playwright/test';

/**
 * The instant a test run pretends it is, for the run of `npm test` that checks the tests hold in
 * any time zone at any hour (scripts/test-all.mjs sets it with TZ=UTC, at 20:00 UTC three days
 * back). Unset, every clock is the real one. Only the
 * tests' own support code reads it; the app never does.
 */
export const FAKE_CLOCK_VARIABLE = 'SACHIV_E2E_CLOCK';

/** The faked starting instant in milliseconds, or null for the real clock. */
export function fakeClockStart(): number | null {
  const value = process.env[FAKE_CLOCK_VARIABLE];
  if (value === undefined || value === '') return null;
  const start = Date.parse(value);
  if (Number.isNaN(start)) throw new Error(`${FAKE_CLOCK_VARIABLE} is not an instant: ${value}`);
  return start;
}

/**
 * A clock that starts at `start` and then runs at the real pace, for the core's `now`: the
 * window's faked clock runs on too, so the core and the window keep telling the same time.
 */
export function runningClockFrom(start: number): () => Date {
  const realStart = Date.now();
  return () => new Date(start + (Date.now() - realStart));
}

/**
 * Today on the window's calendar ('YYYY-MM-DD', as programme days are stored). It is asked of
 * the page, whose clock and time zone are the ones the app's "today" follows; this Node
 * process's own clock is not the faked one.
 */
export function todayInPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
}

/** The window's clock now, in milliseconds (the faked one on the faked-clock run). */
export function nowInPage(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}
