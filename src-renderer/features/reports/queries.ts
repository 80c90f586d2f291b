import { queryOptions } from '@tanstack/react-query';
import type { RevisionRef } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';

export const reportKeys = {
  all: ['reports'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  one: (id: string) => [...reportKeys.all, 'one', id] as const,
  revisions: (id: string) => [...reportKeys.all, 'revisions', id] as const,
  revision: (id: string, number: number) => [...reportKeys.all, 'revision', id, number] as const,
  compare: (id: string, left: RevisionRef, right: RevisionRef) => [...reportKeys.all, 'compare', id, left, right] as const,
  preview: (id: string) => [...reportKeys.all, 'preview', id] as const,
};

export const reportsListQuery = () => queryOptions({ queryKey: reportKeys.list(), queryFn: () => call('reports:list', {}) });

/**
 * The editor loads a report when it opens and then owns its text: a refetch in the background
 * would replace what the secretary is typing, so this query never goes stale while open. It is
 * dropped as soon as the editor closes, so opening the report again loads what was saved.
 */
export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: reportKeys.one(id),
    queryFn: () => call('reports:get', { id }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });

export const revisionsQuery = (id: string) => queryOptions({ queryKey: reportKeys.revisions(id), queryFn: () => call('reports:revisions', { id }) });

/** Always fresh: the draft side changes with every autosave. */
export const compareQuery = (id: string, left: RevisionRef, right: RevisionRef) =>
  queryOptions({ queryKey: reportKeys.compare(id, left, right), queryFn: () => call('reports:compare', { id, left, right }), staleTime: 0, gcTime: 0 });

export const previewQuery = (id: string) =>
  queryOptions({ queryKey: reportKeys.preview(id), queryFn: () => call('reports:preview', { id }), staleTime: 0, gcTime: 0 });
