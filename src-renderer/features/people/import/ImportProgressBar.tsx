import { useTranslation } from 'react-i18next';
import type { ImportProgress } from './use-import-progress';

/** Step 4: how far reading, checking or saving has come, announced as a progress bar. */
export function ImportProgressBar({ progress, fallbackPhase }: { progress: ImportProgress | null; fallbackPhase: ImportProgress['phase'] }) {
  const { t } = useTranslation('peopleImport');
  const phase = progress?.phase ?? fallbackPhase;
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <div className="import-dialog__progress">
      <span id="import-progress-label">{t(`progress.${phase}`)}</span>
      <progress aria-labelledby="import-progress-label" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}
