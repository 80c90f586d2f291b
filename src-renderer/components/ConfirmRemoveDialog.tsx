import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstControlIn, focusedElement, neighboursOf, screenHeading } from '../app/focus';
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

/** The rows of the app's lists: a person in the directory table, a programme in its list. */
const ROW = '[role="row"], tr, li';

/**
 * "Remove this?" for every list: the removal itself and its undo belong to the caller.
 *
 * Once the removal went through, the focus goes to the neighbour of the removed row (the next,
 * else the previous, else the screen's heading) instead of back to the removed row's button.
 */
export function ConfirmRemoveDialog({ titleId, title, body, confirmLabel, pending, error, onConfirm, onClose }: ConfirmRemoveDialogProps) {
  const { t } = useTranslation('common');
  const errorMessage = useErrorMessage();
  const [opener] = useState(focusedElement);
  // Read when the user confirms: by the time the dialog closes, the list may already have dropped the row.
  const neighbours = useRef<Element[] | null>(null);
  const failed = error !== null && error !== undefined;
  useEffect(() => {
    if (failed) neighbours.current = null;
  }, [failed]);
  const neighbourOfRemoved = () => {
    if (neighbours.current === null) return null;
    const neighbour = neighbours.current.find((element) => element.isConnected) ?? null;
    return firstControlIn(neighbour) ?? screenHeading();
  };
  return (
    <Dialog labelledBy={titleId} onClose={onClose} role="alertdialog" focusAfterClose={neighbourOfRemoved}>
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
        <button
          type="button"
          className="button button--danger"
          disabled={pending}
          onClick={() => {
            neighbours.current = neighboursOf(opener?.closest(ROW) ?? null);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
