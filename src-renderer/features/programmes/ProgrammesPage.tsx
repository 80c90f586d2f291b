import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProgrammeSummary } from '../../../src-main/core/contract/index.js';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { organisationQuery } from '../organisation/queries';
import { useDuplicateProgramme, useRestoreProgramme } from './mutations';
import { NO_FILTER, ProgrammeFilters, type FilterDraft } from './ProgrammeFilters';
import { ProgrammeRow } from './ProgrammeRow';
import { listsQuery, programmesListQuery, type ProgrammeFilter } from './queries';
import { RemoveProgrammeDialog } from './RemoveProgrammeDialog';
import '../../styles/programmes.css';
import { ScreenGuide } from '../../components/ScreenGuide';

const FILTER_DEBOUNCE_MS = 200;
const LIST_LIMIT = 200;

function toFilter(draft: FilterDraft): ProgrammeFilter {
  return {
    query: draft.query.trim(),
    kindId: draft.kindId === '' ? null : draft.kindId,
    status: draft.status === '' ? null : draft.status,
    from: draft.from === '' ? null : draft.from,
    to: draft.to === '' ? null : draft.to,
    organiser: draft.organiser.trim(),
    limit: LIST_LIMIT,
  };
}

export function ProgrammesPage() {
  const { t } = useTranslation(['programmes', 'common']);
  const navigate = useNavigate();
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [filterDraft, setFilterDraft] = useState<FilterDraft>(NO_FILTER);
  const filter = useDebouncedValue(useMemo(() => toFilter(filterDraft), [filterDraft]), FILTER_DEBOUNCE_MS);
  const programmes = useQuery(programmesListQuery(filter));
  const lists = useQuery(listsQuery()).data;
  const organisation = useQuery(organisationQuery()).data;
  const kindNames = new Map(lists?.programmeKinds.map((kind) => [kind.id, kind.name]));
  const [removing, setRemoving] = useState<ProgrammeSummary | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const duplicate = useDuplicateProgramme();
  const restore = useRestoreProgramme();

  const showToast = (message: string, onUndo?: () => void) => setToast({ id: Date.now(), message, ...(onUndo ? { onUndo } : {}) });

  const onRemoved = (programme: ProgrammeSummary) => {
    setRemoving(null);
    showToast(t('remove.done', { title: programme.title }), () =>
      restore.mutate(programme.id, {
        onSuccess: (restored) => showToast(t('remove.restored', { title: restored.title })),
        onError: (error) => showToast(errorMessage(error)),
      }),
    );
  };

  const onDuplicate = (programme: ProgrammeSummary) =>
    duplicate.mutate(programme.id, {
      onSuccess: (copy) => void navigate(`/programmes/${copy.id}`),
      onError: (error) => showToast(errorMessage(error)),
    });

  const total = programmes.data?.total ?? 0;
  const items = programmes.data?.items ?? [];
  const isFiltered = JSON.stringify(filterDraft) !== JSON.stringify(NO_FILTER);

  return (
    <section className="page page--programmes" aria-labelledby="page-title">
      <header className="page__header">
        <h1 id="page-title" className="page__title">
          {t('title')}
        </h1>
        {total > 0 && <p className="page__count">{t('list.count', { count: total, formatted: format.number(total) })}</p>}
        <Link to="/programmes/new" className="button button--primary page__action" aria-keyshortcuts="Control+N" title={t('list.newShortcut')}>
          {t('list.new')}
        </Link>
      </header>
      <ScreenGuide screen="programmes" />

      {organisation?.updatedAt === null && (
        <p className="first-run">
          {t('firstRun.text')} <Link to="/settings">{t('firstRun.link')}</Link>
        </p>
      )}

      <ProgrammeFilters value={filterDraft} lists={lists} onChange={setFilterDraft} />

      {programmes.isPending ? (
        <p className="state">{t('common:status.loading')}</p>
      ) : programmes.isError ? (
        <p className="state form-error" role="alert">
          {errorMessage(programmes.error)}
        </p>
      ) : total === 0 ? (
        <div className="state">
          <p className="state__title">{isFiltered ? t('noResults.title') : t('empty.title')}</p>
          <p>{isFiltered ? t('noResults.hint') : t('empty.hint')}</p>
        </div>
      ) : (
        <div className="programme-list__scroller">
          <ul className="programme-list" aria-label={t('title')}>
            {items.map((programme) => (
              <ProgrammeRow
                key={programme.id}
                programme={programme}
                kindName={programme.kindId ? (kindNames.get(programme.kindId) ?? '') : ''}
                feedbackCategories={lists?.feedbackCategories ?? []}
                onDuplicate={onDuplicate}
                onRemove={setRemoving}
              />
            ))}
          </ul>
          {total > items.length && (
            <p className="hint">{t('list.more', { shown: format.number(items.length), total: format.number(total) })}</p>
          )}
        </div>
      )}

      {removing && <RemoveProgrammeDialog programme={removing} onClose={() => setRemoving(null)} onRemoved={onRemoved} />}
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
