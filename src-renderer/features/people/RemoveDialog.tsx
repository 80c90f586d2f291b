import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { useErrorMessage } from '../../lib/use-error-message';
import { useRemovePerson } from './mutations';

interface RemoveDialogProps {
  person: Person;
  onClose: () => void;
  onRemoved: (person: Person) => void;
}

export function RemoveDialog({ person, onClose, onRemoved }: RemoveDialogProps) {
  const { t } = useTranslation(['people', 'common']);
  const remove = useRemovePerson();
  const errorMessage = useErrorMessage();
  return (
    <Dialog labelledBy="remove-title" onClose={onClose} role="alertdialog">
      <h2 id="remove-title" className="dialog__title">
        {t('remove.title', { name: person.name })}
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
          onClick={() => remove.mutate(person.id, { onSuccess: onRemoved })}
        >
          {t('remove.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
