import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../../src-main/core/contract/index.js';
import { subscribe } from '../../lib/api';

/**
 * How far the running backup, check or restore has come. Mounted only while one runs, so it
 * starts from nothing each time; it appears with the core's first report, so nothing shows
 * behind the file dialog that comes before the work.
 */
export function BackupProgressBar() {
  const { t } = useTranslation('backup');
  const labelId = useId();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  useEffect(() => subscribe('backup:progress', setProgress), []);
  if (progress === null) return null;
  const percent = Math.round(progress.fraction * 100);
  return (
    <div className="backup__progress">
      <span id={labelId}>{t(`progress.${progress.phase}`)}</span>
      <progress aria-labelledby={labelId} max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
