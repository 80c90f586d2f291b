import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { checkInQueueFor, type SavedCheckIn } from './check-in-queue-store';

export type { CheckInScope, CheckInTarget, FailedCheckIn, SavedCheckIn } from './check-in-queue-store';

/**
 * The desk's view of its programme's check-in queue (see CheckInQueue): the failures to show,
 * and `onSaved` for each check-in saved while the desk is on screen.
 */
export function useCheckInQueue(programmeId: string, onSaved: (saved: SavedCheckIn) => void) {
  const queryClient = useQueryClient();
  const queue = checkInQueueFor(programmeId, queryClient);
  const failed = useSyncExternalStore(queue.subscribe, queue.getFailed);
  const latestOnSaved = useRef(onSaved);
  useEffect(() => {
    latestOnSaved.current = onSaved;
  });
  useEffect(() => queue.onSaved((saved) => latestOnSaved.current(saved)), [queue]);
  return { queue, failed };
}
