import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ChannelInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';

export type ProgrammeFilter = Required<Omit<ChannelInput<'programmes:list'>, 'offset'>>;

export const programmeKeys = {
  all: ['programmes'] as const,
  list: (filter: ProgrammeFilter) => [...programmeKeys.all, 'list', filter] as const,
  detail: (id: string) => [...programmeKeys.all, 'detail', id] as const,
};

export const listKeys = {
  all: ['lists'] as const,
};

export const citationKeys = {
  all: ['citations'] as const,
  search: (query: string) => [...citationKeys.all, 'search', query] as const,
  byIds: (ids: readonly string[]) => [...citationKeys.all, 'byIds', ids] as const,
};

/** Every programme, for pickers that list them all (a report's programme, say). */
export const ALL_PROGRAMMES: ProgrammeFilter = { query: '', kindId: null, status: null, from: null, to: null, organiser: '', limit: 1000 };

export const programmesListQuery = (filter: ProgrammeFilter) =>
  queryOptions({
    queryKey: programmeKeys.list(filter),
    queryFn: () => call('programmes:list', { ...filter, offset: 0 }),
    // While a new filter is on its way the previous rows stay, so the list does not blink empty.
    placeholderData: keepPreviousData,
  });

export const programmeQuery = (id: string) =>
  queryOptions({ queryKey: programmeKeys.detail(id), queryFn: () => call('programmes:get', { id }) });

export const listsQuery = () => queryOptions({ queryKey: listKeys.all, queryFn: () => call('lists:get', {}) });

export const citationSearchQuery = (query: string) =>
  queryOptions({
    queryKey: citationKeys.search(query),
    queryFn: () => call('citations:search', { query, limit: 8 }),
    placeholderData: keepPreviousData,
  });

export const citationsByIdsQuery = (ids: readonly string[]) =>
  queryOptions({ queryKey: citationKeys.byIds(ids), queryFn: () => call('citations:get', { ids: [...ids] }) });
