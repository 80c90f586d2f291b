import { app } from 'electron';

/**
 * Starts the app again after a restore was staged. The renderer first receives the restore's
 * answer and shows that the app is restarting; the quit then goes through the quit coordinator,
 * which closes the core (flushing it) before the process exits, and the new process's core
 * puts the restored data in place before it reads anything.
 */
export function relaunchAfterRestore(): void {
  // The reply to 'backup:restore' is sent after the handler returns; let it reach the window first.
  setTimeout(() => {
    app.relaunch();
    app.quit();
  }, 1500);
}
