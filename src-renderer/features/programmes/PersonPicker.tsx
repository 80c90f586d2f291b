import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { titledName } from '../people/person-draft';
import { peopleKeys } from '../people/queries';

const RESULTS_SHOWN = 6;

const personQuery = (id: string) => ({ queryKey: [...peopleKeys.all, 'get', id], queryFn: () => call('people:get', { id }) });

/** Titled names of directory people, for labels that must be plain text; undefined while one is on its way. */
export function usePersonNames(personIds: readonly string[]): (personId: string) => string | undefined {
  const unique = [...new Set(personIds)];
  const people = useQueries({ queries: unique.map((id) => personQuery(id)) });
  const names = new Map<string, string>();
  people.forEach((person, index) => {
    const id = unique[index];
    if (id !== undefined && person.data) names.set(id, titledName(person.data));
  });
  return (personId) => names.get(personId);
}

/** The name (and designation) of a directory person, as shown in forms and lists. */
export function PersonName({ personId }: { personId: string }) {
  const { t } = useTranslation('programmes');
  const person = useQuery(personQuery(personId));
  if (person.isError) return <span>{t('person.missing')}</span>;
  if (!person.data) return <span>{t('person.loading')}</span>;
  const name = titledName(person.data);
  return <span>{person.data.designation ? `${name} (${person.data.designation})` : name}</span>;
}

interface PersonPickerProps {
  id: string;
  onPick: (personId: string, person: Person) => void;
  onCancel: () => void;
}

/** Finds someone in the directory by the first letters of their name, designation or organisation. */
export function PersonPicker({ id, onPick, onCancel }: PersonPickerProps) {
  const { t } = useTranslation('programmes');
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 150);
  const results = useQuery({
    queryKey: [...peopleKeys.all, 'picker', query],
    queryFn: () => call('people:search', { query, categoryId: null, offset: 0, limit: RESULTS_SHOWN }),
    enabled: query !== '',
  });
  const items = results.data?.items ?? [];
  return (
    <div className="picker">
      <label htmlFor={id}>{t('person.search')}</label>
      <div className="picker__row">
        <input
          id={id}
          type="search"
          className="input"
          value={text}
          autoComplete="off"
          autoFocus
          placeholder={t('person.searchPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Escape closes only the search, not the page's dialog or the editor.
              event.preventDefault();
              event.stopPropagation();
              onCancel();
            }
          }}
        />
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('person.cancel')}
        </button>
      </div>
      {query !== '' && results.data && (
        <ul className="picker__results" aria-label={t('person.results')}>
          {items.length === 0 && <li className="hint">{t('person.noResults')}</li>}
          {items.map((person) => (
            <li key={person.id}>
              <button type="button" className="button button--small" onClick={() => onPick(person.id, person)}>
                {t('person.choose', { name: person.designation ? `${person.name} (${person.designation})` : person.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
