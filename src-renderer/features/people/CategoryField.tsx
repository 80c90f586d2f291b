import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCreateCategory } from './mutations';
import { categoriesQuery } from './queries';
import { useFieldErrorText } from './use-field-error-text';
import { useKrutiDevOffer } from '../../components/KrutiDevOfferBar';

interface CategoryFieldProps {
  value: string;
  onChange: (categoryId: string) => void;
  error?: string | undefined;
}

/** Picks a category, or creates one on the spot without leaving the person's form. */
export function CategoryField({ value, onChange, error }: CategoryFieldProps) {
  const { t } = useTranslation('people');
  const categories = useQuery(categoriesQuery()).data ?? [];
  const [creating, setCreating] = useState(false);
  const [newName, setNewName] = useState('');
  const krutiDev = useKrutiDevOffer(newName, setNewName);
  const create = useCreateCategory();
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();

  const createError = (() => {
    if (!create.isError) return undefined;
    const issue = isApiError(create.error) ? create.error.details.fields?.[0] : undefined;
    return issue ? fieldErrorText(issue, t('form.categoryName')) : errorMessage(create.error);
  })();

  const submitNewCategory = () => {
    create.mutate(newName, {
      onSuccess: (category) => {
        onChange(category.id);
        setNewName('');
        setCreating(false);
      },
    });
  };

  const onNewNameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter here means "create this category", not "save the person"; Escape closes only this row.
    if (event.key === 'Enter') {
      event.preventDefault();
      submitNewCategory();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setCreating(false);
    }
  };

  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <div className="field__label-row">
        <label htmlFor="person-categoryId">{t('form.categoryId')}</label>
      </div>
      <div className="category-picker">
        <select
          id="person-categoryId"
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'person-categoryId-error' : undefined}
        >
          <option value="">{t('form.noCategory')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={creating}
          aria-controls="new-category"
          onClick={() => setCreating((open) => !open)}
        >
          {t('form.newCategory')}
        </button>
      </div>
      {error && (
        <p id="person-categoryId-error" className="field__error">
          {error}
        </p>
      )}
      {creating && (
        <div id="new-category" className="inline-create">
          <label htmlFor="new-category-name">{t('form.newCategoryName')}</label>
          <div className="category-picker">
            <input
              id="new-category-name"
              className="input"
              value={newName}
              autoFocus
              autoComplete="off"
              aria-invalid={createError ? true : undefined}
              aria-describedby={createError ? 'new-category-error' : undefined}
              onPaste={krutiDev.onPaste}
              onChange={(event) => setNewName(event.target.value)}
              onKeyDown={onNewNameKeyDown}
            />
            <button type="button" className="button" onClick={submitNewCategory} disabled={create.isPending}>
              {t('form.createCategory')}
            </button>
          </div>
          {krutiDev.offerBar}
          {createError && (
            <p id="new-category-error" className="field__error">
              {createError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
