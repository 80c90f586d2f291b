import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../../src-main/core/contract/index.js';
import { ConfirmRemoveDialog } from '../../components/ConfirmRemoveDialog';
import { useRemoveProgramme } from './mutations';

interface RemoveProgrammeDialogProps {
  programme: ProgrammeSummary;
  onClose: () => void;
  onRemoved: (programme: ProgrammeSummary) => void;
}

export function RemoveProgrammeDialog({ programme, onClose, onRemoved }: RemoveProgrammeDialogProps) {
  const { t } = useTranslation('programmes');
  const remove = useRemoveProgramme();
  return (
    <ConfirmRemoveDialog
      titleId="remove-programme-title"
      title={t('remove.title', { title: programme.title })}
      body={t('remove.body')}
      confirmLabel={t('remove.confirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(programme.id, { onSuccess: () => onRemoved(programme) })}
      onClose={onClose}
    />
  );
}
