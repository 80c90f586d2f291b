import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../src-main/core/contract/index.js';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFieldErrorText } from '../people/use-field-error-text';
import { LogoField } from './LogoField';
import { useSaveOrganisation } from './mutations';
import { organisationQuery } from './queries';
import '../../styles/programmes.css';

const FIELDS = ['nameHi', 'nameEn', 'address', 'secretaryName', 'secretaryDesignation', 'defaultOrganiser'] as const;
type OrganisationField = (typeof FIELDS)[number];
type Draft = Record<OrganisationField, string>;

const draftOf = (organisation: Organisation): Draft => ({
  nameHi: organisation.nameHi,
  nameEn: organisation.nameEn,
  address: organisation.address,
  secretaryName: organisation.secretaryName,
  secretaryDesignation: organisation.secretaryDesignation,
  defaultOrganiser: organisation.defaultOrganiser,
});

/** The office's profile on the settings screen; printed headers and signature blocks will use it. */
export function OrganisationSection() {
  const organisation = useQuery(organisationQuery());
  if (!organisation.data) return null;
  return <OrganisationForm organisation={organisation.data} />;
}

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('organisation');
  const [draft, setDraft] = useState<Draft>(() => draftOf(organisation));
  const [saved, setSaved] = useState(false);
  const save = useSaveOrganisation();
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();
  const issues = save.isError && isApiError(save.error) ? (save.error.details.fields ?? []) : [];
  const errorFor = (field: OrganisationField) => {
    const issue = issues.find((candidate) => candidate.field.replace(/^organisation\./, '') === field);
    return issue ? fieldErrorText(issue, t(`fields.${field}`)) : undefined;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(draft, { onSuccess: () => setSaved(true) });
  };

  return (
    <section className="settings__group" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading" className="settings__heading">
        {t('heading')}
      </h2>
      <p className="hint">{organisation.updatedAt === null ? t('firstRun') : t('hint')}</p>
      <form className="organisation-form" noValidate onSubmit={onSubmit}>
        {save.isError && (
          <p className="form-error" role="alert">
            {errorMessage(save.error)}
          </p>
        )}
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`organisation-${field}`}
            label={t(`fields.${field}`)}
            value={draft[field]}
            multiline={field === 'address'}
            error={errorFor(field)}
            dir={field === 'nameEn' ? 'auto' : undefined}
            onChange={(value) => {
              setSaved(false);
              setDraft((current) => ({ ...current, [field]: value }));
            }}
          />
        ))}
        <div className="organisation-form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('save')}
          </button>
          <span aria-live="polite" className="hint">
            {saved ? t('saved') : ''}
          </span>
        </div>
      </form>
      <LogoField />
    </section>
  );
}
