import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

export const backupKeys = {
  list: ['backup', 'list'] as const,
};

export const automaticBackupsQuery = () => queryOptions({ queryKey: backupKeys.list, queryFn: () => call('backup:list', {}) });
