import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { useErrorMessage } from '../../lib/use-error-message';
import { useRemoveProgramme } from './mutations';

interface RemoveProgrammeDialogProps {
  programme: ProgrammeSummary;
  onClose: () => void;
  onRemoved: (programme: ProgrammeSummary) => void;
}

export function RemoveProgrammeDialog({ programme, onClose, onRemoved }: RemoveProgrammeDialogProps) {
  const { t } = useTranslation(['programmes', 'common']);
  const remove = useRemoveProgramme();
  const errorMessage = useErrorMessage();
  return (
    <Dialog labelledBy="remove-programme-title" onClose={onClose} role="alertdialog">
      <h2 id="remove-programme-title" className="dialog__title">
        {t('remove.title', { title: programme.title })}
      </h2>
      <p>{t('remove.body')}</p>
      {remove.isError && (
        <p className="form-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
      <div className="dialog__actions">
        {/* Cancel comes first and takes focus: the safe choice is the default one. */}
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('common:actions.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(programme.id, { onSuccess: () => onRemoved(programme) })}
        >
          {t('remove.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
