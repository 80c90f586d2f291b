import { useMemo } from 'react';
import { useSettings } from '../features/settings/queries';
import { createFormatter, type Formatter } from './format';

export function useFormatter(): Formatter {
  const { language, digits } = useSettings();
  return useMemo(() => createFormatter({ language, digits }), [language, digits]);
}
