import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

/** Asks before locking the report: finalising stamps the signature and stops further edits. */
export function FinaliseDialog({ busy, onConfirm, onClose }: { busy: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const titleId = useId();
  return (
    <Dialog labelledBy={titleId} onClose={onClose} role="alertdialog">
      <h2 id={titleId}>{t('finalise.title')}</h2>
      <p>{t('finalise.body')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('finalise.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm}>
          {t('finalise.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
