import { useTranslation } from 'react-i18next';
import type { FailedCheckIn } from './use-check-in-queue';

interface FailedCheckInsProps {
  failed: readonly FailedCheckIn[];
  onRetry: (failure: FailedCheckIn) => void;
  onDismiss: (failure: FailedCheckIn) => void;
}

/**
 * Check-ins that did not reach the disk, each naming its person, under the search box where the
 * clerk is looking. They stay until retried or dismissed: a toast would vanish with the proof
 * that someone who came is not on the register.
 */
export function FailedCheckIns({ failed, onRetry, onDismiss }: FailedCheckInsProps) {
  const { t } = useTranslation('attendance');
  if (failed.length === 0) return null;
  return (
    <section className="check-in__failed" aria-label={t('checkIn.failedList')}>
      {failed.map((failure) => {
        const who = failure.target?.name ?? `“${failure.typed}”`;
        return (
          <div key={failure.id} className="check-in__failure" role="alert">
            <span>{failure.message}</span>
            <span className="check-in__failure-actions">
              <button type="button" className="button button--small button--primary" aria-label={t('checkIn.retryFor', { who })} onClick={() => onRetry(failure)}>
                {t('checkIn.retry')}
              </button>
              <button type="button" className="button button--small" aria-label={t('checkIn.dismissFor', { who })} onClick={() => onDismiss(failure)}>
                {t('checkIn.dismiss')}
              </button>
            </span>
          </div>
        );
      })}
    </section>
  );
}
