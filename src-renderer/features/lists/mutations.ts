import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { listKeys } from '../programmes/queries';

/** Saves one whole list; every screen that reads the lists sees the saved version at once. */
export function useUpdateList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'lists:update'>) => call('lists:update', input),
    onSuccess: (saved) => queryClient.setQueryData(listKeys.all, saved),
  });
}
