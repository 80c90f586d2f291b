import { setImmediate as nextMacrotask } from 'node:timers/promises';

/** How long one slice of work may hold the event loop before it hands it back. */
const SLICE_MS = 15;
const CHECK_EVERY = 512;

/**
 * Long loops ask `due()` on every step (a counter, nearly free) and, when it says so, await
 * `pause()`: the main process then answers the window and timers before the loop goes on.
 */
export class Cooperative {
  private steps = 0;
  private sliceStart = performance.now();

  constructor(private readonly onProgress?: (fraction: number) => void) {}

  due(): boolean {
    this.steps += 1;
    if (this.steps < CHECK_EVERY) return false;
    this.steps = 0;
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  async pause(fraction?: number): Promise<void> {
    if (fraction !== undefined) this.progress(fraction);
    await nextMacrotask();
    this.sliceStart = performance.now();
  }

  progress(fraction: number): void {
    this.onProgress?.(Math.min(1, Math.max(0, fraction)));
  }
}
