import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { BackupProgressBar } from './BackupProgressBar';
import { useCreateBackup, useInspectBackup } from './mutations';
import { automaticBackupsQuery } from './queries';
import { RestoreDialog } from './RestoreDialog';
import { useBackupFormat } from './use-backup-format';
import './backup.css';

/** "बैकअप" on the settings screen: back up to a file, restore from one, and the automatic backups. */
export function BackupSection() {
  const { t } = useTranslation('backup');
  return (
    <section className="settings__group" aria-labelledby="backup-heading">
      <h2 id="backup-heading" className="settings__heading">
        {t('heading')}
      </h2>
      <p className="hint">{t('hint')}</p>
      <div className="backup__actions">
        <CreateBackup />
        <RestoreBackup />
      </div>
      <AutomaticBackups />
    </section>
  );
}

function CreateBackup() {
  const { t } = useTranslation('backup');
  const create = useCreateBackup();
  const errorMessage = useErrorMessage();
  const format = useBackupFormat();
  return (
    <div className="backup__action">
      <button type="button" className="button button--primary" disabled={create.isPending} onClick={() => create.mutate()}>
        {t('create.button')}
      </button>
      <p className="backup__status" role="status">
        {create.isSuccess &&
          (create.data === null
            ? t('create.cancelled')
            : t('create.done', {
                path: create.data.path,
                size: format.size(create.data.sizeBytes),
                people: format.number(create.data.counts.people),
                programmes: format.number(create.data.counts.programmes),
              }))}
      </p>
      {create.isPending && <BackupProgressBar />}
      {create.isError && (
        <p className="form-error" role="alert">
          {errorMessage(create.error)}
        </p>
      )}
    </div>
  );
}

function RestoreBackup() {
  const { t } = useTranslation('backup');
  const inspect = useInspectBackup();
  const errorMessage = useErrorMessage();
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  return (
    <div className="backup__action">
      <button
        type="button"
        className="button"
        disabled={inspect.isPending}
        onClick={() => inspect.mutate(undefined, { onSuccess: (picked) => setPreview(picked) })}
      >
        {t('restore.button')}
      </button>
      {inspect.isPending && <BackupProgressBar />}
      {inspect.isError && (
        <p className="form-error" role="alert">
          {errorMessage(inspect.error)}
        </p>
      )}
      {preview !== null && <RestoreDialog preview={preview} onClose={() => setPreview(null)} />}
    </div>
  );
}

function AutomaticBackups() {
  const { t } = useTranslation('backup');
  const backups = useQuery(automaticBackupsQuery());
  const format = useBackupFormat();
  if (!backups.data) return null;
  const { items, kept } = backups.data;
  return (
    <>
      <h3 className="backup__subheading">{t('automatic.heading')}</h3>
      <p className="hint">{t('automatic.hint', { kept: format.number(kept) })}</p>
      {items.length === 0 ? (
        <p>{t('automatic.none')}</p>
      ) : (
        <table className="backup__list" aria-label={t('automatic.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('automatic.date')}</th>
              <th scope="col">{t('automatic.size')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.fileName}>
                <td>{format.when(item.createdAt)}</td>
                <td>{format.size(item.sizeBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
