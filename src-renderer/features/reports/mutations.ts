import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportTemplate } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { reportKeys } from './queries';

function useInvalidateReports() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reportKeys.all });
}

export function useCreateReport() {
  const invalidate = useInvalidateReports();
  return useMutation({
    mutationFn: (input: { programmeId: string; template: ReportTemplate }) => call('reports:create', input),
    onSuccess: invalidate,
  });
}

export function useRemoveReport() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: (id: string) => call('reports:remove', { id }), onSuccess: invalidate });
}

export function useRestoreReport() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: (id: string) => call('reports:restore', { id }), onSuccess: invalidate });
}

/** Changes that replace the whole report (restore, finalise, reopen): the page reloads its copy. */
export function useReportAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: { kind: 'finalise' } | { kind: 'reopen' } | { kind: 'restoreRevision'; number: number }) => {
      switch (action.kind) {
        case 'finalise':
          return call('reports:finalise', { id });
        case 'reopen':
          return call('reports:reopen', { id });
        case 'restoreRevision':
          return call('reports:restoreRevision', { id, number: action.number });
      }
    },
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.one(id), report);
      return queryClient.invalidateQueries({ queryKey: reportKeys.all, predicate: (query) => query.queryKey[2] !== id || query.queryKey[1] !== 'one' });
    },
  });
}

export function useNameRevision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('reports:nameRevision', { id, name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.revisions(id) }),
  });
}

export function useExportReport(id: string) {
  return useMutation({ mutationFn: (format: 'pdf' | 'docx') => call('reports:export', { id, format }) });
}

export function usePrintReport(id: string) {
  return useMutation({ mutationFn: () => call('reports:print', { id }) });
}
