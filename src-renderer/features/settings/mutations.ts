import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { settingsQuery } from './queries';

/**
 * Applies the choice at once (a radio button must not spring back while the core saves it) and
 * puts the previous settings back if saving fails.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  const { queryKey } = settingsQuery();
  return useMutation({
    mutationFn: (patch: ChannelInput<'settings:update'>) => call('settings:update', patch),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) queryClient.setQueryData(queryKey, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(queryKey, settings),
  });
}
