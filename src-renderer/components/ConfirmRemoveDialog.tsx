import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/use-error-message';
import { Dialog } from './Dialog';

interface ConfirmRemoveDialogProps {
  /** Unique within the page: it ties the dialog to its heading for screen readers. */
  titleId: string;
  title: string;
  body: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Remove this?" for every list: the removal itself and its undo belong to the caller. */
export function ConfirmRemoveDialog({ titleId, title, body, confirmLabel, pending, error, onConfirm, onClose }: ConfirmRemoveDialogProps) {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  return (
    <Dialog labelledBy={titleId} onClose={onClose} role="alertdialog">
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <p>{body}</p>
      {error !== null && error !== undefined && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <div className="dialog__actions">
        {/* Cancel comes first and takes focus: the safe choice is the default one. */}
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('actions.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
