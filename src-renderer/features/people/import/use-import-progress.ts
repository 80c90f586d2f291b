import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../src-main/core/contract/index.js';
import { subscribe } from '../../../lib/api';

export type ImportProgress = EventPayload<'import:progress'>;

/** The latest progress the core pushed for the import call that is running; cleared with reset(). */
export function useImportProgress(): { progress: ImportProgress | null; reset: () => void } {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => subscribe('import:progress', setProgress), []);
  return { progress, reset: () => setProgress(null) };
}
