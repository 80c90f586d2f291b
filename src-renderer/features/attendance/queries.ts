import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const attendanceKeys = {
  all: ['attendance'] as const,
  detail: (programmeId: string) => [...attendanceKeys.all, 'detail', programmeId] as const,
  search: (programmeId: string, query: string) => [...attendanceKeys.all, 'search', programmeId, query] as const,
};

export const organisationNameKeys = {
  all: ['people', 'organisations'] as const,
};

export const attendanceQuery = (programmeId: string) =>
  queryOptions({ queryKey: attendanceKeys.detail(programmeId), queryFn: () => call('attendance:get', { programmeId }) });

/** Up to this many list rows are shown at once; a search narrows longer lists. */
export const CHECK_IN_ROWS = 200;

export const checkInSearchQuery = (programmeId: string, query: string) =>
  queryOptions({
    queryKey: attendanceKeys.search(programmeId, query),
    queryFn: () => call('attendance:search', { programmeId, query, limit: CHECK_IN_ROWS, othersLimit: 5 }),
    // The previous matches stay on screen while the next keystroke's arrive, so nothing blinks.
    placeholderData: keepPreviousData,
  });

export const organisationNamesQuery = () =>
  queryOptions({ queryKey: organisationNameKeys.all, queryFn: () => call('people:organisations', {}) });
