import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-main/core/contract/index.js';
import { ConfirmRemoveDialog } from '../../components/ConfirmRemoveDialog';
import { useRemovePerson } from './mutations';

interface RemoveDialogProps {
  person: Person;
  onClose: () => void;
  onRemoved: (person: Person) => void;
}

export function RemoveDialog({ person, onClose, onRemoved }: RemoveDialogProps) {
  const { t } = useTranslation('people');
  const remove = useRemovePerson();
  return (
    <ConfirmRemoveDialog
      titleId="remove-title"
      title={t('remove.title', { name: person.name })}
      body={t('remove.body')}
      confirmLabel={t('remove.confirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(person.id, { onSuccess: onRemoved })}
      onClose={onClose}
    />
  );
}
