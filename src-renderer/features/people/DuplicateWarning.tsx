import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DuplicateWarningProps {
  duplicates: readonly { id: string; name: string }[];
  isNew: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Shown in place of the form's buttons when the core finds the person already listed. */
export function DuplicateWarning({ duplicates, isNew, busy, onConfirm, onCancel }: DuplicateWarningProps) {
  const { t } = useTranslation(['people', 'common']);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} className="duplicate" role="alert" tabIndex={-1} aria-labelledby="duplicate-title">
      <p id="duplicate-title" className="duplicate__title">
        {t('duplicate.title')}
      </p>
      <p>{t('duplicate.intro', { count: duplicates.length })}</p>
      <ul className="duplicate__list">
        {duplicates.map((person) => (
          <li key={person.id}>{person.name}</li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {isNew ? t('duplicate.confirmAdd') : t('duplicate.confirmSave')}
        </button>
      </div>
    </div>
  );
}
