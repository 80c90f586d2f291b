import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueriesState } from '../../components/QueriesState';
import { useFormatter } from '../../lib/use-formatter';
import { revisionsQuery } from './queries';

interface RevisionsPanelProps {
  reportId: string;
  locked: boolean;
  onCompare: (number: number) => void;
  onRestore: (number: number) => void;
  onClose: () => void;
}

/** The kept revisions, newest first, each with its time and size, to compare or restore. */
export function RevisionsPanel({ reportId, locked, onCompare, onRestore, onClose }: RevisionsPanelProps) {
  const { t } = useTranslation('reports');
  const format = useFormatter();
  const revisions = useQuery(revisionsQuery(reportId));
  return (
    <aside className="revisions" aria-labelledby="revisions-title">
      <div className="revisions__header">
        <h2 id="revisions-title">{t('revisions.title')}</h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('revisions.close')}
        </button>
      </div>
      {!revisions.data ? (
        <QueriesState queries={[revisions]} />
      ) : revisions.data.length === 0 ? (
        <p className="state">{t('revisions.empty')}</p>
      ) : (
        <ol className="revisions__list" aria-label={t('revisions.title')}>
          {revisions.data.map((revision) => (
            <li key={revision.number} className="revisions__item">
              <strong>
                {t('revisions.item', { number: format.number(revision.number) })}
                {revision.name !== '' && `: ${revision.name}`}
              </strong>
              <span className="hint">
                {t(`revisions.kind.${revision.kind}`)} · {format.date(revision.savedAt)} {format.time(revision.savedAt)} ·{' '}
                {t('revisions.letters', { count: revision.letters, formatted: format.number(revision.letters) })}
              </span>
              <span className="revisions__actions">
                <button type="button" className="button button--small" onClick={() => onCompare(revision.number)}>
                  {t('revisions.compare', { number: format.number(revision.number) })}
                </button>
                <button type="button" className="button button--small" disabled={locked} onClick={() => onRestore(revision.number)}>
                  {t('revisions.restore', { number: format.number(revision.number) })}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
