import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useErrorMessage } from '../../lib/use-error-message';
import { useNameRevision } from './mutations';

/** Keeps the current draft as a named revision, e.g. "अध्यक्ष को भेजा गया". */
export function NameRevisionDialog({ reportId, beforeSaving, onDone, onClose }: { reportId: string; beforeSaving: () => Promise<void>; onDone: (name: string) => void; onClose: () => void }) {
  const { t } = useTranslation('reports');
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const [name, setName] = useState('');
  const keep = useNameRevision(reportId);
  const [error, setError] = useState<unknown>(null);
  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="dialog--form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          beforeSaving()
            .then(() => keep.mutateAsync(name))
            .then((revision) => onDone(revision.name))
            .catch(setError);
        }}
      >
        <h2 id={titleId}>{t('nameRevision.title')}</h2>
        <div className="field">
          <label htmlFor={`${titleId}-name`}>{t('nameRevision.name')}</label>
          <input id={`${titleId}-name`} className="input" value={name} autoFocus onChange={(event) => setName(event.target.value)} />
          <span className="hint">{t('nameRevision.hint')}</span>
        </div>
        {error !== null && (
          <p className="form-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('nameRevision.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={keep.isPending}>
            {t('nameRevision.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
