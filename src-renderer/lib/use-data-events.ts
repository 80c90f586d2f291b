import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { appKeys } from '../features/app/queries';
import { categoryKeys, peopleKeys } from '../features/people/queries';
import { settingsKeys } from '../features/settings/queries';
import { subscribe } from './api';

const keysByDomain = {
  people: peopleKeys.all,
  categories: categoryKeys.all,
  settings: settingsKeys.all,
} as const;

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
