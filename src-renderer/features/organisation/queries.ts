import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const organisationKeys = {
  all: ['organisation'] as const,
};

export const organisationQuery = () =>
  queryOptions({ queryKey: organisationKeys.all, queryFn: () => call('organisation:get', {}) });
