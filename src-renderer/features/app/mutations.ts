import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { appKeys } from './queries';

export function useDismissNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('app:dismissNotice', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appKeys.all }),
  });
}
