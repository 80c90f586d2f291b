import { setImmediate as nextMacrotask } from 'node:timers/promises';

/** How long one slice of a long loop may hold the event loop before it lets the window and timers run. */
const SLICE_MS = 10;
/** Steps between two looks at the clock; a step is one row, a few microseconds. */
const CHECK_EVERY = 32;

/**
 * Cuts a long loop into slices by time rather than by count, so the first rows (run before the
 * code is optimised, several times slower) cannot hold the event loop longer than the rest.
 */
export class TimeSlices {
  private steps = 0;
  private sliceStart = performance.now();

  /** Call once per step: true when the slice is over and the loop should await pause(). */
  due(): boolean {
    this.steps += 1;
    if (this.steps < CHECK_EVERY) return false;
    this.steps = 0;
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  async pause(): Promise<void> {
    await nextMacrotask();
    this.sliceStart = performance.now();
  }
}
