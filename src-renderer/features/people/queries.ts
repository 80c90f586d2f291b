import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** Rows fetched per request; the virtual list asks only for the pages it is showing. */
export const PEOPLE_PAGE_SIZE = 100;

export const peopleKeys = {
  all: ['people'] as const,
  search: (query: string, categoryId: string | null, pageIndex: number) =>
    [...peopleKeys.all, 'search', query, categoryId, pageIndex] as const,
};

export const categoryKeys = {
  all: ['categories'] as const,
};

export const peoplePageQuery = (query: string, categoryId: string | null, pageIndex: number) =>
  queryOptions({
    queryKey: peopleKeys.search(query, categoryId, pageIndex),
    queryFn: () =>
      call('people:search', { query, categoryId, offset: pageIndex * PEOPLE_PAGE_SIZE, limit: PEOPLE_PAGE_SIZE }),
  });

export const categoriesQuery = () =>
  queryOptions({ queryKey: categoryKeys.all, queryFn: () => call('categories:list', {}) });
