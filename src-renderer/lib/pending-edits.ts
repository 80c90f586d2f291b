import { useEffect } from 'react';
import { call, subscribe } from './api';

/** Every open editor's "save what you hold now", so closing the window can wait for all of them. */
const savers = new Set<() => Promise<void>>();

/**
 * Registers a save that outlives any one screen (work still queued after its screen is left);
 * returns the unregistering function.
 */
export function registerPendingEdits(save: () => Promise<void>): () => void {
  savers.add(save);
  return () => {
    savers.delete(save);
  };
}

/** An editor registers its save while it is on screen. */
export function usePendingEdits(save: () => Promise<void>): void {
  useEffect(() => registerPendingEdits(save), [save]);
}

/**
 * Answers the shell's "the window is closing" (app:saveEdits): saves every editor's pending
 * change, then says whether all of them reached the disk; the shell asks before closing on a
 * failed save, and is never held up for good.
 */
export function useSaveEditsOnClose(): void {
  useEffect(
    () =>
      subscribe('app:saveEdits', () => {
        void Promise.allSettled([...savers].map((save) => save())).then((outcomes) =>
          call('app:editsSaved', { allSaved: outcomes.every((outcome) => outcome.status === 'fulfilled') }),
        );
      }),
    [],
  );
}
