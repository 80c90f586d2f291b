import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { programmesListQuery } from '../programmes/queries';
import { useProgrammeDates } from '../programmes/use-programme-dates';
import '../../styles/programmes.css';

/** #/feedback: feedback belongs to a programme, so this screen asks which one. */
export function FeedbackPickPage() {
  const { t } = useTranslation(['feedback', 'common']);
  const format = useFormatter();
  const dates = useProgrammeDates();
  const errorMessage = useErrorMessage();
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText.trim(), 200);
  const filter = useMemo(() => ({ query, kindId: null, status: null, from: null, to: null, organiser: '', limit: 100 }), [query]);
  const programmes = useQuery(programmesListQuery(filter));

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        {t('title')}
      </h1>
      <p>{t('pick.intro')}</p>
      <div className="toolbar" role="search">
        <div className="toolbar__field toolbar__field--grow">
          <label htmlFor="feedback-programme-search">{t('pick.search')}</label>
          <input
            id="feedback-programme-search"
            type="search"
            className="input"
            value={searchText}
            autoComplete="off"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
      </div>
      {programmes.isError ? (
        <p className="state form-error" role="alert">
          {errorMessage(programmes.error)}
        </p>
      ) : !programmes.data ? (
        <p className="state">{t('common:status.loading')}</p>
      ) : programmes.data.total === 0 ? (
        <div className="state">
          <p className="state__title">{query === '' ? t('pick.none') : t('pick.noResults')}</p>
          {query === '' && (
            <p>
              <Link to="/programmes/new">{t('pick.create')}</Link>
            </p>
          )}
        </div>
      ) : (
        <ul className="pick-list" aria-label={t('pick.label')}>
          {programmes.data.items.map((programme) => (
            <li key={programme.id} className="pick-list__item">
              <Link to={`/programmes/${programme.id}/feedback`}>{programme.title}</Link>
              <span className="hint">
                {dates.range(programme.firstDate, programme.lastDate)} ·{' '}
                {t('counts.total', { count: programme.counts.feedback, formatted: format.number(programme.counts.feedback) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
