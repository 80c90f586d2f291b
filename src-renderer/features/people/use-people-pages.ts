import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { Person } from '../../../src-main/core/contract/index.js';
import { PEOPLE_PAGE_SIZE, peoplePageQuery } from './queries';

export interface PeopleFilter {
  query: string;
  categoryId: string | null;
}

/**
 * The first page of a search: it carries the total that sizes the list. While a new search
 * is on its way the previous result stays, so the list does not blink empty at every keystroke.
 */
export function usePeopleFirstPage({ query, categoryId }: PeopleFilter) {
  return useQuery({ ...peoplePageQuery(query, categoryId, 0), placeholderData: keepPreviousData });
}

/** Fetches just the pages that hold the given row indexes and returns a row lookup. */
export function usePeopleRows(filter: PeopleFilter, visibleIndexes: readonly number[]): (index: number) => Person | undefined {
  const first = usePeopleFirstPage(filter);
  const pageIndexes = [...new Set(visibleIndexes.map((index) => Math.floor(index / PEOPLE_PAGE_SIZE)))].filter(
    (pageIndex) => pageIndex > 0,
  );
  const pages = useQueries({
    queries: pageIndexes.map((pageIndex) => peoplePageQuery(filter.query, filter.categoryId, pageIndex)),
  });
  const itemsByPage = new Map<number, readonly Person[]>();
  if (first.data) itemsByPage.set(0, first.data.items);
  pageIndexes.forEach((pageIndex, position) => {
    const items = pages[position]?.data?.items;
    if (items) itemsByPage.set(pageIndex, items);
  });
  return (index) => itemsByPage.get(Math.floor(index / PEOPLE_PAGE_SIZE))?.[index % PEOPLE_PAGE_SIZE];
}
