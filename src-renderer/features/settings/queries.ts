import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Settings } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';

export const settingsKeys = {
  all: ['settings'] as const,
};

export const settingsQuery = () =>
  queryOptions({ queryKey: settingsKeys.all, queryFn: () => call('settings:get', {}) });

const FALLBACK: Settings = { language: 'hi', digits: 'latn' };

/** The saved settings; the app shell waits for them before rendering, so the fallback is only a formality. */
export function useSettings(): Settings {
  return useQuery(settingsQuery()).data ?? FALLBACK;
}
