import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Person } from '../../../src-main/core/contract/index.js';
import { NEW_PERSON_STATE } from '../../app/areas';
import { useFocusRequest } from '../../app/use-focus-request';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { ImportDialog, type ImportResult } from './import/ImportDialog';
import { useUndoImport } from './import/mutations';
import { useRestorePerson } from './mutations';
import { PeopleTable, type RemovedRow } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { categoriesQuery } from './queries';
import { RemoveDialog } from './RemoveDialog';
import { usePeopleFirstPage } from './use-people-pages';
import { ScreenGuide } from '../../components/ScreenGuide';

const SEARCH_DEBOUNCE_MS = 200;

type Editing = { person: Person | null } | null;

export function PeoplePage() {
  const { t } = useTranslation(['people', 'common', 'peopleImport']);
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [searchText, setSearchText] = useState('');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<(RemovedRow & { person: Person }) | null>(null);
  const [removedRow, setRemovedRow] = useState<RemovedRow | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [importing, setImporting] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const restore = useRestorePerson();
  const undoImport = useUndoImport();

  const query = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const filter = { query, categoryId };
  const firstPage = usePeopleFirstPage(filter);
  const categories = useQuery(categoriesQuery()).data ?? [];
  const total = firstPage.data?.total ?? 0;
  const isFiltered = query !== '' || categoryId !== null;

  const locationState = useLocation().state as Record<string, unknown> | null;
  useFocusRequest(searchBox);
  const newPersonRequest: unknown = locationState?.[NEW_PERSON_STATE];
  useEffect(() => {
    if (newPersonRequest !== undefined) setEditing({ person: null });
  }, [newPersonRequest]);

  const showToast = (message: string, onUndo?: () => void) =>
    setToast({ id: Date.now(), message, ...(onUndo ? { onUndo } : {}) });
  const clearToast = useCallback(() => setToast(null), []);
  const clearRemovedRow = useCallback(() => setRemovedRow(null), []);

  // With the last person of the list removed, there is no neighbour: the focus goes to "add a person".
  const listEmptied = removedRow !== null && firstPage.isSuccess && total === 0;
  useEffect(() => {
    if (!listEmptied) return;
    addButton.current?.focus();
    setRemovedRow(null);
  }, [listEmptied]);

  const onRemoved = (person: Person) => {
    if (removing) setRemovedRow({ index: removing.index, personId: removing.person.id });
    setRemoving(null);
    showToast(t('remove.done', { name: person.name }), () =>
      restore.mutate(person.id, {
        onSuccess: (restored) => showToast(t('remove.restored', { name: restored.name })),
        onError: (error) => showToast(errorMessage(error)),
      }),
    );
  };

  const closeImport = useCallback(() => setImporting(false), []);

  const onImported = (result: ImportResult) => {
    setImporting(false);
    const added = t('peopleImport:done', { count: result.added, formatted: format.number(result.added) });
    const message =
      result.merged > 0 ? t('peopleImport:doneMerged', { added, merged: format.number(result.merged) }) : added;
    showToast(message, () =>
      undoImport.mutate(result.batchId, {
        onSuccess: (undone) =>
          showToast(
            t('peopleImport:undone', { removed: format.number(undone.removed), restored: format.number(undone.restored) }),
          ),
        onError: (error) => showToast(errorMessage(error)),
      }),
    );
  };

  const onSaved = (person: Person, wasNew: boolean) => {
    setEditing(null);
    showToast(wasNew ? t('saved.added', { name: person.name }) : t('saved.updated', { name: person.name }));
  };

  return (
    <section className="page page--people" aria-labelledby="page-title">
      <header className="page__header">
        <h1 id="page-title" className="page__title">
          {t('title')}
        </h1>
        {total > 0 && (
          <p className="page__count">{t('count', { count: total, formatted: format.number(total) })}</p>
        )}
        <button type="button" className="button page__action" onClick={() => setImporting(true)}>
          {t('peopleImport:open')}
        </button>
        <button
          ref={addButton}
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Control+Shift+N"
          title={t('addShortcut')}
          onClick={() => setEditing({ person: null })}
        >
          {t('add')}
        </button>
      </header>
      <ScreenGuide screen="people" />

      <div className="toolbar" role="search">
        <div className="toolbar__field toolbar__field--grow">
          <label htmlFor="people-search">{t('search.label')}</label>
          <input
            ref={searchBox}
            id="people-search"
            type="search"
            className="input"
            value={searchText}
            placeholder={t('search.placeholder')}
            aria-keyshortcuts="Control+K"
            autoComplete="off"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="toolbar__field">
          <label htmlFor="people-category-filter">{t('filter.label')}</label>
          <select
            id="people-category-filter"
            className="input"
            value={categoryId ?? ''}
            onChange={(event) => setCategoryId(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('filter.all')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      {firstPage.isPending ? (
        <p className="state" role="status">
          {t('common:status.loading')}
        </p>
      ) : firstPage.isError ? (
        <p className="state form-error" role="alert">
          {errorMessage(firstPage.error)}
        </p>
      ) : total === 0 ? (
        <div className="state">
          <p className="state__title">{isFiltered ? t('noResults.title') : t('empty.title')}</p>
          <p>{isFiltered ? t('noResults.hint') : t('empty.hint')}</p>
        </div>
      ) : (
        <PeopleTable
          filter={filter}
          total={total}
          onEdit={(person) => setEditing({ person })}
          onRemove={(person, index) => setRemoving({ person, index, personId: person.id })}
          removedRow={removedRow}
          onRemovedRowFocused={clearRemovedRow}
        />
      )}

      {editing && <PersonDialog person={editing.person} onClose={() => setEditing(null)} onSaved={onSaved} />}
      {importing && <ImportDialog onClose={closeImport} onImported={onImported} />}
      {removing && <RemoveDialog person={removing.person} onClose={() => setRemoving(null)} onRemoved={onRemoved} />}
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
