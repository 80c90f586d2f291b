import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation, CitationInput } from '../../../src-main/core/contract/index.js';
import { DateField } from '../../components/DateField';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../lib/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { useFieldErrorText } from '../people/use-field-error-text';
import { GroupError } from './field-errors';
import { useSaveCitation } from './mutations';
import { inputIdFor, without } from './programme-draft';
import { citationSearchQuery, citationsByIdsQuery } from './queries';

/** "संकल्प संख्या 21-एनक्यू/टीडब्ल्यू, दिनांक 16 जून 2022 (पार्टी केंद्रीय समिति)" */
export function useCitationText(): (citation: Citation) => string {
  const { t } = useTranslation('programmes');
  const format = useFormatter();
  return (citation) => {
    const base = citation.date
      ? t('citations.labelWithDate', { kind: citation.kind, number: citation.number, date: format.date(citation.date) })
      : t('citations.label', { kind: citation.kind, number: citation.number });
    return citation.issuedBy ? t('citations.issuedBy', { citation: base, body: citation.issuedBy }) : base;
  };
}

interface CitationsFieldProps {
  /** Field path of the speech, e.g. 'speeches.0'. */
  path: string;
  citationIds: string[];
  onChange: (citationIds: string[]) => void;
}

/** The documents a speech cites: found among those already saved, or recorded here once for every programme. */
export function CitationsField({ path, citationIds, onChange }: CitationsFieldProps) {
  const { t } = useTranslation('programmes');
  const citationText = useCitationText();
  const chosen = useQuery({ ...citationsByIdsQuery(citationIds), enabled: citationIds.length > 0 });
  const byId = new Map((chosen.data ?? []).map((citation) => [citation.id, citation]));
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText.trim(), 150);
  const found = useQuery({ ...citationSearchQuery(query), enabled: query !== '' });
  const [creating, setCreating] = useState(false);
  const add = (id: string) => {
    if (!citationIds.includes(id)) onChange([...citationIds, id]);
    setSearchText('');
  };
  const searchId = `${inputIdFor(path)}-citation-search`;

  return (
    <fieldset className="citations">
      <legend className="role__legend">{t('citations.legend')}</legend>
      <GroupError path={`${path}.citationIds`} />
      {citationIds.length > 0 && (
        <ul className="citations__chosen" aria-label={t('citations.chosen')}>
          {citationIds.map((id, index) => {
            const citation = byId.get(id);
            return (
              <li key={id}>
                <span>{citation ? citationText(citation) : t('citations.loading')}</span>
                <GroupError path={`${path}.citationIds.${index}`} />
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  aria-label={t('citations.removeNamed', { name: citation ? citationText(citation) : '' })}
                  onClick={() => onChange(without(citationIds, index))}
                >
                  {t('citations.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>{t('citations.search')}</label>
        <input
          id={searchId}
          type="search"
          className="input"
          value={searchText}
          autoComplete="off"
          placeholder={t('citations.searchPlaceholder')}
          onChange={(event) => setSearchText(event.target.value)}
        />
      </div>
      {query !== '' && found.data && (
        <ul className="picker__results" aria-label={t('citations.results')}>
          {found.data.items.length === 0 && <li className="hint">{t('citations.noResults')}</li>}
          {found.data.items.map((citation) => (
            <li key={citation.id}>
              <button type="button" className="button button--small" onClick={() => add(citation.id)}>
                {t('citations.choose', { name: citationText(citation) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {creating ? (
        <NewCitationForm
          idPrefix={`${inputIdFor(path)}-new-citation`}
          onCreated={(citation) => {
            add(citation.id);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => setCreating(true)}>
          {t('citations.new')}
        </button>
      )}
    </fieldset>
  );
}

const CITATION_FIELDS = ['kind', 'number', 'date', 'issuedBy', 'title'] as const;
type CitationField = (typeof CITATION_FIELDS)[number];
const EMPTY_CITATION: Record<CitationField, string> = { kind: '', number: '', date: '', issuedBy: '', title: '' };

interface NewCitationFormProps {
  idPrefix: string;
  onCreated: (citation: Citation) => void;
  onCancel: () => void;
}

function NewCitationForm({ idPrefix, onCreated, onCancel }: NewCitationFormProps) {
  const { t } = useTranslation('programmes');
  const [draft, setDraft] = useState(EMPTY_CITATION);
  const save = useSaveCitation();
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();
  const issues = save.isError && isApiError(save.error) ? (save.error.details.fields ?? []) : [];
  const errorFor = (field: CitationField) => {
    const issue = issues.find((candidate) => candidate.field.replace(/^citation\./, '') === field);
    return issue ? fieldErrorText(issue, t(`citationFields.${field}`)) : undefined;
  };
  const submit = () => {
    const citation: CitationInput = { ...draft, date: draft.date === '' ? null : draft.date };
    save.mutate(citation, { onSuccess: onCreated });
  };

  return (
    <div
      className="inline-create"
      role="group"
      aria-label={t('citations.newTitle')}
      onKeyDown={(event) => {
        // Enter here saves this document, not the whole programme around it.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <p className="card__subheading">{t('citations.newTitle')}</p>
      {save.isError && issues.length === 0 && <p className="field__error">{errorMessage(save.error)}</p>}
      <div className="form-grid">
        {CITATION_FIELDS.map((field) => {
          const props = {
            key: field,
            id: `${idPrefix}-${field}`,
            label: t(`citationFields.${field}`),
            value: draft[field],
            error: errorFor(field),
            onChange: (value: string) => setDraft((current) => ({ ...current, [field]: value })),
          };
          return field === 'date' ? <DateField {...props} /> : <TextField {...props} />;
        })}
      </div>
      <div className="inline-create__actions">
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('citations.cancel')}
        </button>
        <button type="button" className="button button--small button--primary" disabled={save.isPending} onClick={submit}>
          {t('citations.saveAndAdd')}
        </button>
      </div>
    </div>
  );
}
