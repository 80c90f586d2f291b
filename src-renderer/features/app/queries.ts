import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const appKeys = {
  all: ['app'] as const,
  info: () => [...appKeys.all, 'info'] as const,
};

export const appInfoQuery = () => queryOptions({ queryKey: appKeys.info(), queryFn: () => call('app:info', {}) });
