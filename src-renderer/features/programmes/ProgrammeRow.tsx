import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListEntry, ProgrammeSummary } from '../../../src-main/core/contract/index.js';
import { useFormatter } from '../../lib/use-formatter';
import { useProgrammeDates } from './use-programme-dates';

interface ProgrammeRowProps {
  programme: ProgrammeSummary;
  kindName: string;
  feedbackCategories: readonly ListEntry[];
  onDuplicate: (programme: ProgrammeSummary) => void;
  onRemove: (programme: ProgrammeSummary) => void;
}

export function ProgrammeRow({ programme, kindName, feedbackCategories, onDuplicate, onRemove }: ProgrammeRowProps) {
  const { t } = useTranslation('programmes');
  const format = useFormatter();
  const titleId = `programme-${programme.id}-title`;
  const { counts } = programme;
  const count = (key: 'sessions' | 'speakers' | 'feedback' | 'invited' | 'present', value: number) => t(`counts.${key}`, { count: value, formatted: format.number(value) });

  return (
    <li className="programme-row">
      <article aria-labelledby={titleId}>
        <div className="programme-row__main">
          <h2 id={titleId} className="programme-row__title">
            <Link to={`/programmes/${programme.id}`}>{programme.title}</Link>
          </h2>
          <p className="programme-row__meta">
            <ProgrammeWhen programme={programme} />
            {kindName && <span className="programme-row__kind">{kindName}</span>}
            <span className={`badge badge--${programme.status}`}>{t(`status.${programme.status}`)}</span>
          </p>
          {programme.organiser && <p className="programme-row__organiser">{t('list.organisedBy', { organiser: programme.organiser })}</p>}
          <p className="programme-row__counts">
            <span>{count('sessions', counts.sessions)}</span>
            <span>{count('speakers', counts.speakers)}</span>
            <span>{count('feedback', counts.feedback)}</span>
            <span>{count('invited', counts.invited)}</span>
            <span>{count('present', counts.present)}</span>
          </p>
          {counts.feedback > 0 && (
            <ul className="programme-row__categories" aria-label={t('list.feedbackByCategory')}>
              {feedbackCategories
                .filter((category) => (counts.feedbackByCategory[category.id] ?? 0) > 0)
                .map((category) => (
                  <li key={category.id}>
                    {category.name} <strong>{format.number(counts.feedbackByCategory[category.id] ?? 0)}</strong>
                  </li>
                ))}
            </ul>
          )}
        </div>
        <div className="programme-row__actions">
          <Link className="button button--small" to={`/programmes/${programme.id}/attendance`} aria-label={t('list.attendanceOf', { title: programme.title })}>
            {t('list.attendance')}
          </Link>
          <Link className="button button--small" to={`/programmes/${programme.id}/feedback`} aria-label={t('list.feedbackOf', { title: programme.title })}>
            {t('list.feedback')}
          </Link>
          <Link className="button button--small" to={`/reports?programme=${encodeURIComponent(programme.id)}`} aria-label={t('list.reportOf', { title: programme.title })}>
            {t('list.report')}
          </Link>
          <button type="button" className="button button--small" aria-label={t('list.duplicateOf', { title: programme.title })} onClick={() => onDuplicate(programme)}>
            {t('list.duplicate')}
          </button>
          <button
            type="button"
            className="button button--small button--danger-quiet"
            aria-label={t('list.removeOf', { title: programme.title })}
            onClick={() => onRemove(programme)}
          >
            {t('list.remove')}
          </button>
        </div>
      </article>
    </li>
  );
}

/** The date line; a one-day programme also shows its part of day or times. */
function ProgrammeWhen({ programme }: { programme: ProgrammeSummary }) {
  const dates = useProgrammeDates();
  const [onlyDay] = programme.days.length === 1 ? programme.days : [];
  return <span className="programme-row__when">{onlyDay ? dates.day(onlyDay) : dates.range(programme.firstDate, programme.lastDate)}</span>;
}
