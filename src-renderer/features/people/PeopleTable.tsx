import { useQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../src-main/core/contract/index.js';
import { titledName } from './person-draft';
import { categoriesQuery } from './queries';
import { usePeopleRows, type PeopleFilter } from './use-people-pages';

const ROW_HEIGHT = 48;
const COLUMNS = ['name', 'designation', 'organisation', 'category', 'phone', 'actions'] as const;

interface PeopleTableProps {
  filter: PeopleFilter;
  total: number;
  onEdit: (person: Person) => void;
  onRemove: (person: Person, index: number) => void;
  /** A row just removed: its neighbour takes the focus once the list no longer shows it. */
  removedRow: RemovedRow | null;
  onRemovedRowFocused: () => void;
}

export interface RemovedRow {
  index: number;
  personId: string;
}

/**
 * A virtual table: only the rows on screen exist in the page, and only the pages of 100
 * that hold them are fetched, so 50,000 people scroll as smoothly as 50.
 */
export function PeopleTable({ filter, total, onEdit, onRemove, removedRow, onRemovedRowFocused }: PeopleTableProps) {
  const { t } = useTranslation('people');
  const scrollElement = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const rowAt = usePeopleRows(
    filter,
    virtualRows.map((row) => row.index),
  );
  const categories = useQuery(categoriesQuery()).data;
  const categoryNames = useMemo(() => new Map(categories?.map((category) => [category.id, category.name])), [categories]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [filter.query, filter.categoryId, virtualizer]);

  // After a removal the focus goes to the person who took the row's place (the next one, or the
  // previous one when the last was removed), on that row's first button, once the list has reloaded.
  const neighbourIndex = removedRow === null ? null : Math.min(removedRow.index, total - 1);
  const neighbour = neighbourIndex === null ? undefined : rowAt(neighbourIndex);
  useEffect(() => {
    if (removedRow === null || neighbourIndex === null || neighbourIndex < 0) return;
    if (neighbour === undefined || neighbour.id === removedRow.personId) return;
    const button = scrollElement.current?.querySelector<HTMLElement>(`[aria-rowindex="${neighbourIndex + 2}"] button`);
    if (!button) {
      virtualizer.scrollToIndex(neighbourIndex);
      return;
    }
    button.focus();
    onRemovedRowFocused();
  });

  return (
    <div className="people-table" role="table" aria-label={t('title')} aria-rowcount={total + 1}>
      <div role="rowgroup" className="people-table__head">
        <div role="row" aria-rowindex={1} className="people-table__row">
          {COLUMNS.map((column) => (
            <div key={column} role="columnheader" className={`people-table__cell people-table__cell--${column}`}>
              {t(`columns.${column}`)}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollElement} className="people-table__scroller">
        <div role="rowgroup" className="people-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const person = rowAt(virtualRow.index);
            return (
              <div
                key={virtualRow.key}
                role="row"
                aria-rowindex={virtualRow.index + 2}
                className="people-table__row people-table__row--body"
                style={{ transform: `translateY(${virtualRow.start}px)`, height: ROW_HEIGHT }}
              >
                {person ? (
                  <PersonCells
                    person={person}
                    categoryName={person.categoryId ? (categoryNames.get(person.categoryId) ?? '') : ''}
                    onEdit={onEdit}
                    onRemove={(removed) => onRemove(removed, virtualRow.index)}
                  />
                ) : (
                  <div role="cell" className="people-table__cell people-table__cell--loading">
                    {t('row.loading')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface PersonCellsProps {
  person: Person;
  categoryName: string;
  onEdit: (person: Person) => void;
  onRemove: (person: Person) => void;
}

function PersonCells({ person, categoryName, onEdit, onRemove }: PersonCellsProps) {
  const { t } = useTranslation('people');
  return (
    <>
      <div role="cell" className="people-table__cell people-table__cell--name" title={titledName(person)}>
        {titledName(person)}
      </div>
      <div role="cell" className="people-table__cell" title={person.designation}>
        {person.designation}
      </div>
      <div role="cell" className="people-table__cell" title={person.organisation}>
        {person.organisation}
      </div>
      <div role="cell" className="people-table__cell">
        {categoryName}
      </div>
      <div role="cell" className="people-table__cell" dir="ltr">
        {person.phone}
      </div>
      <div role="cell" className="people-table__cell people-table__cell--actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('row.edit', { name: person.name })}
          onClick={() => onEdit(person)}
        >
          {t('row.editShort')}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={t('row.remove', { name: person.name })}
          onClick={() => onRemove(person)}
        >
          {t('row.removeShort')}
        </button>
      </div>
    </>
  );
}
