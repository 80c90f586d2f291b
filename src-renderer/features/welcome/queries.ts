import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const demoKeys = { status: ['demo', 'status'] as const };

export const demoStatusQuery = () => queryOptions({ queryKey: demoKeys.status, queryFn: () => call('demo:status', {}) });

/** Loading or removing the demo changes every list, so every cached query is refreshed. */
export function useDemoChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: 'load' | 'remove') => call(change === 'load' ? 'demo:load' : 'demo:remove', {}),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
