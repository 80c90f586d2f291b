import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feedbackEntryToInput, type FeedbackEntry, type FeedbackEntryInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { programmeKeys } from '../programmes/queries';
import { feedbackKeys, feedbackListQuery } from './queries';

/** Feedback changes a programme's counts too, so both caches are refreshed after each change. */
function useInvalidateFeedback(programmeId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: feedbackKeys.list(programmeId) }),
      queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
    ]);
}

export function useAddFeedback(programmeId: string) {
  const invalidate = useInvalidateFeedback(programmeId);
  return useMutation({
    mutationFn: (entry: FeedbackEntryInput) => call('feedback:add', { programmeId, entry }),
    onSuccess: invalidate,
  });
}

export function useAddManyFeedback(programmeId: string) {
  const invalidate = useInvalidateFeedback(programmeId);
  return useMutation({
    // One call, so a paste is saved whole or not at all; the core refuses more than
    // FEEDBACK_BATCH_MAX (1,000) lines with a message the dialog shows.
    mutationFn: async (entries: readonly FeedbackEntryInput[]) => {
      await call('feedback:addMany', { programmeId, entries: [...entries] });
    },
    onSettled: invalidate,
  });
}

export function useUpdateFeedback(programmeId: string) {
  const invalidate = useInvalidateFeedback(programmeId);
  return useMutation({
    mutationFn: ({ id, entry }: { id: string; entry: FeedbackEntryInput }) => call('feedback:update', { programmeId, id, entry }),
    onSuccess: invalidate,
  });
}

/**
 * Marks whether a drafted report quotes a comment. The tick changes at once (and goes back if
 * the core refuses), so a secretary going down the list with Space never waits for a row.
 */
export function useSetFeedbackInReport(programmeId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateFeedback(programmeId);
  const { queryKey } = feedbackListQuery(programmeId);
  return useMutation({
    mutationFn: ({ entry, inReport }: { entry: FeedbackEntry; inReport: boolean }) =>
      call('feedback:update', { programmeId, id: entry.id, entry: { ...feedbackEntryToInput(entry), inReport } }),
    onMutate: async ({ entry, inReport }) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      queryClient.setQueryData(queryKey, (list) =>
        list ? { ...list, items: list.items.map((item) => (item.id === entry.id ? { ...item, inReport } : item)) } : list,
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: invalidate,
  });
}

export function useRemoveFeedback(programmeId: string) {
  const invalidate = useInvalidateFeedback(programmeId);
  return useMutation({
    mutationFn: (id: string) => call('feedback:remove', { programmeId, id }),
    onSuccess: invalidate,
  });
}

export function useRestoreFeedback(programmeId: string) {
  const invalidate = useInvalidateFeedback(programmeId);
  return useMutation({
    mutationFn: (id: string) => call('feedback:restore', { programmeId, id }),
    onSuccess: invalidate,
  });
}

/** Asks main to save the log as a spreadsheet; resolves with the saved path, or null if the user cancelled. */
export function useExportFeedback(programmeId: string) {
  return useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => call('feedback:export', { programmeId, format }),
  });
}
