import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { appKeys } from '../features/app/queries';
import { attendanceKeys } from '../features/attendance/queries';
import { feedbackKeys } from '../features/feedback/queries';
import { organisationKeys } from '../features/organisation/queries';
import { categoryKeys, peopleKeys } from '../features/people/queries';
import { citationKeys, listKeys, programmeKeys } from '../features/programmes/queries';
import { reportKeys } from '../features/reports/queries';
import { settingsKeys } from '../features/settings/queries';
import type { EventPayload } from '../../src-main/core/contract/index.js';
import { subscribe } from './api';

const keysByDomain = {
  people: peopleKeys.all,
  categories: categoryKeys.all,
  settings: settingsKeys.all,
  programmes: programmeKeys.all,
  feedback: feedbackKeys.all,
  lists: listKeys.all,
  citations: citationKeys.all,
  organisation: organisationKeys.all,
  attendance: attendanceKeys.all,
  // Only the list: an open report's text belongs to its editor and is never reloaded under it.
  reports: reportKeys.list(),
} as const satisfies Record<EventPayload<'data:changed'>['domain'], readonly string[]>;

/** Keeps cached server data in step with changes the core announces (from any window or task). */
export function useDataEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribers = [
      subscribe('data:changed', ({ domain }) => void queryClient.invalidateQueries({ queryKey: keysByDomain[domain] })),
      subscribe('settings:changed', (settings) => queryClient.setQueryData(settingsKeys.all, settings)),
      subscribe('app:notice', () => void queryClient.invalidateQueries({ queryKey: appKeys.all })),
    ];
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
  }, [queryClient]);
}
