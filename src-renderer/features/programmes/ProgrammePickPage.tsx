import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeSummary } from '../../../src-main/core/contract/index.js';
import { useFocusRequest } from '../../app/use-focus-request';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useErrorMessage } from '../../lib/use-error-message';
import { useProgrammeDates } from './use-programme-dates';
import { programmesListQuery } from './queries';
import '../../styles/programmes.css';

interface ProgrammePickPageProps {
  /** The area's namespace, which also prefixes element ids; its title and pick.* texts word the page. */
  area: 'feedback' | 'attendance';
  linkTo: (programme: ProgrammeSummary) => string;
  /** What the area shows about each programme after its dates, e.g. its feedback count. */
  detail: (programme: ProgrammeSummary) => ReactNode;
}

/** An area whose records belong to a programme (feedback, attendance) starts by asking which one. */
export function ProgrammePickPage({ area, linkTo, detail }: ProgrammePickPageProps) {
  const { t } = useTranslation('common');
  const { t: areaText } = useTranslation(area);
  const texts = {
    title: areaText('title'),
    intro: areaText('pick.intro'),
    search: areaText('pick.search'),
    label: areaText('pick.label'),
    none: areaText('pick.none'),
    noResults: areaText('pick.noResults'),
    create: areaText('pick.create'),
  };
  const dates = useProgrammeDates();
  const errorMessage = useErrorMessage();
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText.trim(), 200);
  const filter = useMemo(() => ({ query, kindId: null, status: null, from: null, to: null, organiser: '', limit: 100 }), [query]);
  const programmes = useQuery(programmesListQuery(filter));
  const searchId = `${area}-programme-search`;
  const searchBox = useRef<HTMLInputElement>(null);
  useFocusRequest(searchBox);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        {texts.title}
      </h1>
      <p>{texts.intro}</p>
      <div className="toolbar" role="search">
        <div className="toolbar__field toolbar__field--grow">
          <label htmlFor={searchId}>{texts.search}</label>
          <input
            ref={searchBox}
            id={searchId}
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
        <p className="state">{t('status.loading')}</p>
      ) : programmes.data.total === 0 ? (
        <div className="state">
          <p className="state__title">{query === '' ? texts.none : texts.noResults}</p>
          {query === '' && (
            <p>
              <Link to="/programmes/new">{texts.create}</Link>
            </p>
          )}
        </div>
      ) : (
        <ul className="pick-list" aria-label={texts.label}>
          {programmes.data.items.map((programme) => (
            <li key={programme.id} className="pick-list__item">
              <Link to={linkTo(programme)}>{programme.title}</Link>
              <span className="hint">
                {dates.range(programme.firstDate, programme.lastDate)} · {detail(programme)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
