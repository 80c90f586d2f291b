import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import type { FailedCheckIn } from './use-check-in-queue';

interface FailedCheckInsProps {
  failed: readonly FailedCheckIn[];
  onRetry: (failure: FailedCheckIn) => void;
  onDismiss: (failure: FailedCheckIn) => void;
  /** Puts what was typed back into the search box, for a check-in that found no one. */
  onPutBack: (failure: FailedCheckIn) => void;
}

/**
 * Check-ins that did not reach the disk, each naming its person (and its session, when there
 * are several), under the search box where the clerk is looking. They stay until retried or
 * dismissed: a toast would vanish with the proof that someone who came is not on the register.
 * One that found no one cannot be retried as it is; its text goes back into the search box.
 */
export function FailedCheckIns({ failed, onRetry, onDismiss, onPutBack }: FailedCheckInsProps) {
  const { t } = useTranslation('attendance');
  const errorMessage = useErrorMessage();
  const format = useFormatter();
  if (failed.length === 0) return null;

  const messageOf = ({ typed, target, scope, reason }: FailedCheckIn) => {
    if (reason.kind === 'noMatch') return t('checkIn.failedNoMatch', { typed });
    if (reason.kind === 'alreadyPresent') return t('checkIn.failedAlreadyPresent', { typed, name: reason.name, time: format.time(reason.at) });
    const why = errorMessage(reason.error);
    if (target === null) return t('checkIn.failedTyped', { typed, reason: why });
    return scope.name === null ? t('checkIn.failedFor', { name: target.name, reason: why }) : t('checkIn.failedForIn', { name: target.name, session: scope.name, reason: why });
  };

  return (
    <section className="check-in__failed" aria-label={t('checkIn.failedList')}>
      {failed.map((failure) => {
        const who = failure.target?.name ?? `“${failure.typed}”`;
        return (
          <div key={failure.id} className="check-in__failure" role="alert">
            <span>{messageOf(failure)}</span>
            <span className="check-in__failure-actions">
              {failure.target === null ? (
                <button type="button" className="button button--small button--primary" aria-label={t('checkIn.putBackFor', { typed: failure.typed })} onClick={() => onPutBack(failure)}>
                  {t('checkIn.putBack')}
                </button>
              ) : (
                <button type="button" className="button button--small button--primary" aria-label={t('checkIn.retryFor', { who })} onClick={() => onRetry(failure)}>
                  {t('checkIn.retry')}
                </button>
              )}
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
