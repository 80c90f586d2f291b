import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CitationInput, ProgrammeInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { citationKeys, programmeKeys } from './queries';

export interface SaveProgrammeRequest {
  /** Absent when the programme is new. */
  id?: string;
  programme: ProgrammeInput;
}

/*
 * Every mutation invalidates what it touched itself: the core's 'data:changed' event does the
 * same, but the screen must not depend on an event arriving to show the user's own change.
 */

export function useSaveProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, programme }: SaveProgrammeRequest) =>
      id === undefined ? call('programmes:create', { programme }) : call('programmes:update', { id, programme }),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: [...programmeKeys.all, 'list'] });
    },
  });
}

function useProgrammeAction(channel: 'programmes:duplicate' | 'programmes:remove' | 'programmes:restore') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(channel, { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export const useDuplicateProgramme = () => useProgrammeAction('programmes:duplicate');
export const useRemoveProgramme = () => useProgrammeAction('programmes:remove');
export const useRestoreProgramme = () => useProgrammeAction('programmes:restore');

export function useSaveCitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (citation: CitationInput) => call('citations:save', { citation }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: citationKeys.all }),
  });
}
