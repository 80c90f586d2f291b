import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackEntry, FeedbackSource, ListEntry } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';
import { PersonName } from '../programmes/PersonPicker';

interface FeedbackTableProps {
  entries: readonly FeedbackEntry[];
  categories: readonly ListEntry[];
  /** Ids of the comments a drafted report quotes (see commentsQuotedInReport). */
  quoted: ReadonlySet<string>;
  onInReportChange: (entry: FeedbackEntry, inReport: boolean) => void;
  onFollowUp: (entry: FeedbackEntry, position: number) => void;
  onRemove: (entry: FeedbackEntry, position: number) => void;
}

export function FeedbackTable({ entries, categories, quoted, onInReportChange, onFollowUp, onRemove }: FeedbackTableProps) {
  const { t } = useTranslation('feedback');
  const format = useFormatter();
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  // A tick shows its new state in the click's own render: the saved list reaches this table a
  // moment later (query updates are batched), and a controlled checkbox would flick back meanwhile.
  // The ticks clicked since the list last changed are kept here, and dropped once it changes.
  const [clicked, setClicked] = useState<{ entries: readonly FeedbackEntry[]; ticks: ReadonlyMap<string, boolean> }>({ entries, ticks: new Map() });
  const ticks = clicked.entries === entries ? clicked.ticks : new Map<string, boolean>();
  const tick = (entry: FeedbackEntry, inReport: boolean) => {
    setClicked({ entries, ticks: new Map(ticks).set(entry.id, inReport) });
    onInReportChange(entry, inReport);
  };
  return (
    <table className="feedback-table" aria-label={t('table.label')}>
      <thead>
        <tr>
          <th scope="col">{t('table.number')}</th>
          <th scope="col">{t('fields.category')}</th>
          <th scope="col">{t('fields.source')}</th>
          <th scope="col">{t('fields.channel')}</th>
          <th scope="col">{t('fields.text')}</th>
          <th scope="col">{t('table.inReport')}</th>
          <th scope="col">{t('table.followUp')}</th>
          <th scope="col">{t('table.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => {
          const position = index + 1;
          return (
            <tr key={entry.id}>
              <td>{format.number(position)}</td>
              <td>{entry.categoryId ? (categoryNames.get(entry.categoryId) ?? '') : ''}</td>
              <td>
                <SourceText source={entry.source} />
              </td>
              <td>{t(`channel.${entry.channel}`)}</td>
              <td className="feedback-table__text">{entry.text}</td>
              <td className="feedback-table__in-report">
                <input
                  type="checkbox"
                  checked={ticks.get(entry.id) ?? quoted.has(entry.id)}
                  aria-label={t('table.inReportOf', { n: format.number(position) })}
                  onChange={(event) => tick(entry, event.target.checked)}
                />
              </td>
              <td>
                <span className={`badge badge--${entry.followUp.status}`}>{t(`followUp.${entry.followUp.status}`)}</span>
                {entry.followUp.response && <p className="feedback-table__response">{entry.followUp.response}</p>}
              </td>
              <td className="feedback-table__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('table.followUpOf', { n: position })}
                  onClick={() => onFollowUp(entry, position)}
                >
                  {t('table.followUpShort')}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  aria-label={t('table.removeOf', { n: position })}
                  onClick={() => onRemove(entry, position)}
                >
                  {t('table.remove')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SourceText({ source }: { source: FeedbackSource }) {
  const { t } = useTranslation('feedback');
  switch (source.kind) {
    case 'anonymous':
      return <>{t('source.anonymous')}</>;
    case 'unit':
      return <>{source.name}</>;
    case 'person':
      return <PersonName personId={source.personId} />;
  }
}
