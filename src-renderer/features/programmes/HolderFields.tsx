import { useTranslation } from 'react-i18next';
import type { Holder } from '../../../src-main/core/contract/index.js';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useSavePerson } from '../people/mutations';
import { GroupError, PathTextField } from './field-errors';
import { PersonName } from './PersonPicker';

interface HolderFieldsProps {
  /** Field path of this holder, e.g. 'sessions.0.roles.1.holders.0' or 'speeches.2.speaker'. */
  path: string;
  holder: Holder;
  onChange: (holder: Holder) => void;
}

/** Edits one holder in place: a directory person is shown by name; a typed name or a body is edited as text. */
export function HolderFields({ path, holder, onChange }: HolderFieldsProps) {
  const { t } = useTranslation('programmes');
  const addToDirectory = useSavePerson();
  const errorMessage = useErrorMessage();
  // The directory may already hold this person; then the secretary picks that entry instead.
  const existing = isApiError(addToDirectory.error) ? (addToDirectory.error.details.duplicates ?? []) : [];

  switch (holder.kind) {
    case 'person':
      return (
        <div className="holder__person">
          <span className="holder__badge">{t('holder.fromDirectory')}</span>
          <PersonName personId={holder.personId} />
          <GroupError path={`${path}.personId`} />
        </div>
      );
    case 'body':
      return (
        <PathTextField
          path={`${path}.name`}
          label={t('holder.bodyName')}
          value={holder.name}
          onChange={(name) => onChange({ ...holder, name })}
        />
      );
    case 'typed':
      return (
        <div className="holder__typed">
          <PathTextField path={`${path}.name`} label={t('holder.name')} value={holder.name} onChange={(name) => onChange({ ...holder, name })} />
          <PathTextField
            path={`${path}.designation`}
            label={t('holder.designation')}
            value={holder.designation}
            onChange={(designation) => onChange({ ...holder, designation })}
          />
          <div className="holder__add-to-directory">
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={holder.name.trim() === '' || addToDirectory.isPending}
              onClick={() =>
                addToDirectory.mutate(
                  { person: { name: holder.name, designation: holder.designation }, allowDuplicate: false },
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
}
