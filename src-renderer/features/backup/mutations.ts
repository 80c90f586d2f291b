import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { backupKeys } from './queries';

export function useCreateBackup() {
  return useMutation({ mutationFn: () => call('backup:create', {}) });
}

/** Picks an archive and has the core verify it; resolves with its preview, or null if cancelled. */
export function useInspectBackup() {
  return useMutation({ mutationFn: () => call('backup:inspect', {}) });
}

export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup:restore', {}),
    // The restore backed up the current data first, so the list has a new entry.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.list }),
  });
}
