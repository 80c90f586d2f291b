import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const organisationKeys = {
  all: ['organisation'] as const,
};

export const organisationQuery = () =>
  queryOptions({ queryKey: organisationKeys.all, queryFn: () => call('organisation:get', {}) });

export const organisationLogoKeys = {
  logo: [...organisationKeys.all, 'logo'] as const,
};

export const organisationLogoQuery = () =>
  queryOptions({ queryKey: organisationLogoKeys.logo, queryFn: () => call('organisation:logo', {}) });
