import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';

interface ReasonDialogProps {
  name: string;
  status: AttendanceStatus;
  error: string | undefined;
  busy: boolean;
  onSave: (reason: string) => void;
  onClose: () => void;
}

/** Asks why someone is absent with notice (required), or for a note on other marks. */
export function ReasonDialog({ name, status, error, busy, onSave, onClose }: ReasonDialogProps) {
  const { t } = useTranslation(['attendance', 'common']);
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSave(reason);
  };
  return (
    <Dialog labelledBy="reason-dialog-title" onClose={onClose} className="dialog--form">
      <form noValidate onSubmit={onSubmit}>
        <h2 id="reason-dialog-title" className="dialog__title">
          {t('reason.title', { name, status: t(`status.${status}`) })}
        </h2>
        <p className="hint">{status === 'excused' ? t('reason.hintExcused') : t('reason.hintOther')}</p>
        <TextField id="attendance-reason" label={t('reason.label')} required={status === 'excused'} value={reason} onChange={setReason} error={error} autoFocus />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('reason.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
