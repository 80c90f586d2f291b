import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../src-main/core/contract/index.js';
import { call } from '../../../lib/api';
import { categoryKeys, peopleKeys } from '../queries';

/** An import or its undo changes people and may add categories: both lists are fetched again. */
function useInvalidateDirectory() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
      queryClient.invalidateQueries({ queryKey: categoryKeys.all }),
    ]);
}

export function useCommitImport() {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (input: ChannelInput<'import:commit'>) => call('import:commit', input),
    onSuccess: () => invalidate(),
  });
}

export function useUndoImport() {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (batchId: string) => call('import:undo', { batchId }),
    onSuccess: () => invalidate(),
  });
}
