import type { CoreEvents } from './events.js';

/**
 * Asks the window to save the edits it still holds (an autosave waits up to a second after
 * the last keystroke) and waits until it says they are saved, or until `timeoutMs` passed, so
 * closing the window or quitting never drops a sentence typed a moment before. A window that
 * holds nothing answers at once; one that cannot answer does not hold the quit up for long.
 */
export type RendererEditsOutcome = 'saved' | 'notSaved' | 'timedOut';

export class RendererEdits {
  private waiting: Array<(outcome: 'saved' | 'notSaved') => void> = [];

  constructor(private readonly events: CoreEvents) {}

  saveBeforeClosing(timeoutMs: number): Promise<RendererEditsOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((entry) => entry !== done);
        resolve('timedOut');
      }, timeoutMs);
      const done = (outcome: 'saved' | 'notSaved') => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.waiting.push(done);
      this.events.emit('app:saveEdits', {});
    });
  }

  /** The window's answer: whether every edit it held was acknowledged by the core. */
  saved(allSaved: boolean): null {
    const waiting = this.waiting;
    this.waiting = [];
    for (const done of waiting) done(allSaved ? 'saved' : 'notSaved');
    return null;
  }
}
