import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { useErrorMessage } from '../../lib/use-error-message';
import { BackupProgressBar } from './BackupProgressBar';
import { useRestoreBackup } from './mutations';
import { useBackupFormat } from './use-backup-format';

interface RestoreDialogProps {
  preview: BackupPreview;
  onClose: () => void;
}

/** Shows what the picked backup holds and asks before the current data is replaced. */
export function RestoreDialog({ preview, onClose }: RestoreDialogProps) {
  const { t } = useTranslation(['backup', 'common']);
  const restore = useRestoreBackup();
  const errorMessage = useErrorMessage();
  const format = useBackupFormat();

  if (restore.isSuccess) {
    return (
      <Dialog labelledBy="restore-title" onClose={() => undefined} role="alertdialog">
        <h2 id="restore-title" className="dialog__title">
          {t('restore.title')}
        </h2>
        <p role="status">{t('restore.restarting')}</p>
      </Dialog>
    );
  }

  return (
    <Dialog labelledBy="restore-title" onClose={onClose} role="alertdialog">
      <h2 id="restore-title" className="dialog__title">
        {t('restore.title')}
      </h2>
      <dl className="facts">
        <dt>{t('restore.file')}</dt>
        <dd dir="auto">{preview.fileName}</dd>
        <dt>{t('restore.createdAt')}</dt>
        <dd>{format.when(preview.createdAt)}</dd>
        <dt>{t('restore.people')}</dt>
        <dd>{format.number(preview.counts.people)}</dd>
        <dt>{t('restore.programmes')}</dt>
        <dd>{format.number(preview.counts.programmes)}</dd>
        <dt>{t('restore.appVersion')}</dt>
        <dd dir="ltr">{preview.appVersion}</dd>
      </dl>
      <p>{t('restore.warning')}</p>
      {restore.isPending && <BackupProgressBar />}
      {restore.isError && (
        <p className="form-error" role="alert">
          {errorMessage(restore.error)}
        </p>
      )}
      <div className="dialog__actions">
        {/* Cancel comes first and takes focus: the safe choice is the default one. */}
        <button type="button" className="button" onClick={onClose} autoFocus disabled={restore.isPending}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={restore.isPending} onClick={() => restore.mutate()}>
          {restore.isPending ? t('restore.working') : t('restore.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
