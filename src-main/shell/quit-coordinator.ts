/** The part of Electron's before-quit event the coordinator needs. */
export interface CancellableEvent {
  preventDefault(): void;
}

export interface QuitCoordinatorOptions {
  /** Saves what is still in memory and closes the core; must settle even on failure. */
  closeCore: () => Promise<void>;
  /** Asks Electron to quit again, now that nothing is pending. */
  quit: () => void;
  reportError: (error: unknown) => void;
}

export type QuitState = 'running' | 'closing' | 'closed';

/**
 * Electron does not wait for promises in before-quit. So the first quit is cancelled while the
 * core finishes its writes and releases its lock, then quit is requested again and let through.
 * Quit requests that arrive while closing are cancelled too; they are already being served.
 */
export function createQuitCoordinator(options: QuitCoordinatorOptions) {
  let state: QuitState = 'running';
  return {
    get state(): QuitState {
      return state;
    },
    onBeforeQuit(event: CancellableEvent): void {
      if (state === 'closed') return;
      event.preventDefault();
      if (state === 'closing') return;
      state = 'closing';
      options
        .closeCore()
        .catch((error: unknown) => options.reportError(error))
        .finally(() => {
          state = 'closed';
          options.quit();
        });
    },
  };
}
