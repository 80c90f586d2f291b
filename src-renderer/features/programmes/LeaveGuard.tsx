import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';
import { Dialog } from '../../components/Dialog';

/** Asks before leaving an editor with unsaved changes; staying is the default choice. */
export function LeaveGuard({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation('programmes');
  if (blocker.state !== 'blocked') return null;
  return (
    <Dialog labelledBy="leave-title" role="alertdialog" onClose={() => blocker.reset()}>
      <h2 id="leave-title" className="dialog__title">
        {t('leave.title')}
      </h2>
      <p>{t('leave.body')}</p>
      <div className="dialog__actions">
        <button type="button" className="button" autoFocus onClick={() => blocker.reset()}>
          {t('leave.stay')}
        </button>
        <button type="button" className="button button--danger" onClick={() => blocker.proceed()}>
          {t('leave.discard')}
        </button>
      </div>
    </Dialog>
  );
}
