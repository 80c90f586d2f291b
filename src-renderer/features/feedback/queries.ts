import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (programmeId: string) => [...feedbackKeys.all, 'list', programmeId] as const,
};

export const feedbackListQuery = (programmeId: string) =>
  queryOptions({ queryKey: feedbackKeys.list(programmeId), queryFn: () => call('feedback:list', { programmeId }) });
