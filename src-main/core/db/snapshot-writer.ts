interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Serialises the saves of one document. A save requested while another is running joins the
 * next one, which writes the state as it is when it starts, so it contains every requester's
 * change; each requester's promise settles with the outcome of that save, never a later one.
 *
 * Every snapshot contains all earlier changes. So when a save fails, the saves queued behind
 * it fail too: their changes were built on a state that never reached the disk.
 */
export class SnapshotWriter {
  private running = false;
  private queued: Waiter[] = [];
  private idleWaiters: Array<() => void> = [];

  constructor(
    /** Writes the current state. */
    private readonly save: () => Promise<void>,
    /** Called once per failed save, before any requester's promise rejects. */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  requestSave(): Promise<void> {
    const settled = new Promise<void>((resolve, reject) => this.queued.push({ resolve, reject }));
    if (!this.running) {
      this.running = true;
      // Starting in a microtask lets changes made in the same tick share one write.
      queueMicrotask(() => void this.drain());
    }
    return settled;
  }

  /** Resolves once every save requested so far has settled; never rejects. */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0) {
      const batch = this.queued;
      this.queued = [];
      try {
        await this.save();
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        const doomed = [...batch, ...this.queued];
        this.queued = [];
        this.onFailure(error);
        for (const waiter of doomed) waiter.reject(error);
      }
    }
    this.running = false;
    const idleWaiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of idleWaiters) resolve();
  }
}
