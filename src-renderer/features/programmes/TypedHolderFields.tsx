import { useTranslation } from 'react-i18next';
import type { Holder } from '../../../src-main/core/contract/index.js';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { GenderField } from '../people/GenderField';
import { useSavePerson } from '../people/mutations';
import { TitleField } from '../people/TitleField';
import { PathTextField, useFieldError } from './field-errors';
import { inputIdFor } from './programme-draft';

type TypedHolder = Extract<Holder, { kind: 'typed' }>;

interface TypedHolderFieldsProps {
  /** Field path of this holder, e.g. 'sessions.0.roles.1.holders.0' or 'speeches.2.speaker'. */
  path: string;
  holder: TypedHolder;
  onChange: (holder: Holder) => void;
}

/**
 * Someone named on the spot: title, name, gender, designation and organisation, as a report
 * needs them ("नाबार्ड के जिला विकास प्रबंधक श्री विवेक शुक्ला"), and a way to add them to the directory.
 */
export function TypedHolderFields({ path, holder, onChange }: TypedHolderFieldsProps) {
  const { t } = useTranslation('programmes');
  const addToDirectory = useSavePerson();
  const errorMessage = useErrorMessage();
  const titleError = useFieldError(`${path}.title`);
  const genderError = useFieldError(`${path}.gender`);
  // The directory may already hold this person; then the secretary picks that entry instead.
  const existing = isApiError(addToDirectory.error) ? (addToDirectory.error.details.duplicates ?? []) : [];
  const set = <K extends keyof TypedHolder>(key: K) => (value: TypedHolder[K]) => onChange({ ...holder, [key]: value });

  return (
    <div className="holder__typed">
      <div className="holder__title">
        <TitleField id={inputIdFor(`${path}.title`)} value={holder.title} onChange={set('title')} error={titleError} />
      </div>
      <div className="holder__name">
        <PathTextField path={`${path}.name`} label={t('holder.name')} required value={holder.name} onChange={set('name')} />
      </div>
      <div className="holder__gender">
        <GenderField
          id={inputIdFor(`${path}.gender`)}
          value={holder.gender ?? ''}
          onChange={(gender) => set('gender')(gender === '' ? null : gender)}
          error={genderError}
        />
      </div>
      <div className="holder__designation">
        <PathTextField path={`${path}.designation`} label={t('holder.designation')} value={holder.designation} onChange={set('designation')} />
      </div>
      <div className="holder__organisation">
        <PathTextField path={`${path}.organisation`} label={t('holder.organisation')} value={holder.organisation} onChange={set('organisation')} />
      </div>
      <div className="holder__add-to-directory">
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={holder.name.trim() === '' || addToDirectory.isPending}
          onClick={() =>
            addToDirectory.mutate(
              {
                person: {
                  title: holder.title,
                  name: holder.name,
                  gender: holder.gender,
                  designation: holder.designation,
                  organisation: holder.organisation,
                },
                allowDuplicate: false,
              },
              { onSuccess: (person) => onChange({ kind: 'person', personId: person.id }) },
            )
          }
        >
          {t('holder.addToDirectory', { name: holder.name || t('holder.thisPerson') })}
        </button>
        {addToDirectory.isError && <p className="field__error">{errorMessage(addToDirectory.error)}</p>}
        {existing.map((person) => (
          <button
            key={person.id}
            type="button"
            className="button button--small"
            onClick={() => onChange({ kind: 'person', personId: person.id })}
          >
            {t('holder.useExisting', { name: person.name })}
          </button>
        ))}
      </div>
    </div>
  );
}
