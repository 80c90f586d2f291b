import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { call, subscribe } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { RestoreDialog } from './RestoreDialog';

/**
 * A backup file double-clicked outside the app opens Sachiv (or reaches the running copy):
 * the archive is verified and previewed, and restoring it is offered, exactly as when it is
 * chosen in Settings. A damaged or foreign file is refused with the same Hindi message.
 */
export function OpenedBackupOffer() {
  const { t } = useTranslation(['backup', 'common']);
  const errorMessage = useErrorMessage();
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const inspectOpened = () =>
      call('backup:inspectOpened', {}).then(
        (opened) => {
          if (opened !== null) setPreview(opened);
        },
        (error: unknown) => setFailure(errorMessage(error)),
      );
    void inspectOpened();
    return subscribe('backup:opened', () => void inspectOpened());
    // Once per window: the message function changes with the language, the subscription must not.
  }, []);

  if (preview !== null) return <RestoreDialog preview={preview} onClose={() => setPreview(null)} />;
  if (failure === null) return null;
  return (
    <Dialog labelledBy="opened-backup-title" onClose={() => setFailure(null)} role="alertdialog">
      <h2 id="opened-backup-title" className="dialog__title">
        {t('restore.title')}
      </h2>
      <p role="alert">{failure}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={() => setFailure(null)}>
          {t('common:actions.dismiss')}
        </button>
      </div>
    </Dialog>
  );
}
