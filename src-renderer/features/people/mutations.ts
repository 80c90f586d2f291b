import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PersonInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { categoriesQuery, categoryKeys, peopleKeys } from './queries';

export interface SavePersonRequest {
  /** Absent when adding a new person. */
  id?: string;
  person: PersonInput;
  allowDuplicate: boolean;
}

/*
 * Every mutation invalidates what it touched itself as well: the core's 'data:changed' event
 * does the same, but the screen must not depend on an event arriving to show the user's own change.
 */

export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, person, allowDuplicate }: SavePersonRequest) =>
      id === undefined
        ? call('people:create', { person, allowDuplicate })
        : call('people:update', { id, person, allowDuplicate }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useRemovePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('people:remove', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useRestorePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('people:restore', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('categories:create', { name }),
    onSuccess: (category) => {
      // The new category is added to the cache at once, so a <select> can pick it in the same render.
      queryClient.setQueryData(categoriesQuery().queryKey, (categories) => [...(categories ?? []), category]);
      return queryClient.invalidateQueries({ queryKey: categoryKeys.all });
    },
  });
}
