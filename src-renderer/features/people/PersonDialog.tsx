import { useEffect, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonInput } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { CategoryField } from './CategoryField';
import { DuplicateWarning } from './DuplicateWarning';
import { GenderField } from './GenderField';
import { useSavePerson } from './mutations';
import {
  draftFromPerson,
  EMPTY_DRAFT,
  inputFromDraft,
  personFieldOf,
  type PersonDraft,
  type PersonField,
} from './person-draft';
import { TitleField } from './TitleField';
import { useFieldErrorText } from './use-field-error-text';

/**
 * The same form saving somewhere else than the directory, e.g. a walk-in at a check-in desk.
 * `save` rejects with the core's error, which the form shows beside the fields as usual.
 */
export interface PersonDialogVariant {
  title: string;
  submitLabel: string;
  /** Shown under the fields, e.g. an "also add to the directory" checkbox. */
  extra?: ReactNode;
  save: (person: PersonInput, allowDuplicate: boolean) => Promise<void>;
}

type PersonDialogProps = {
  onClose: () => void;
} & (
  | {
      /** The person being edited, or null to add a new one. */
      person: Person | null;
      onSaved: (person: Person, wasNew: boolean) => void;
      variant?: undefined;
    }
  | { person: null; variant: PersonDialogVariant; onSaved?: undefined }
);

type FieldErrors = Partial<Record<PersonField, string>>;
type Duplicates = { id: string; name: string }[];

export function PersonDialog({ person, onClose, onSaved, variant }: PersonDialogProps) {
  const { t } = useTranslation(['people', 'common', 'errors']);
  const isNew = person === null;
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? draftFromPerson(person) : EMPTY_DRAFT));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const [variantPending, setVariantPending] = useState(false);
  const save = useSavePerson();
  const pending = save.isPending || variantPending;
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();

  // The cursor starts on the name: the title before it is optional. (The modal puts it on the
  // first field when it opens, and this runs after that.)
  useEffect(() => {
    document.getElementById('person-name')?.focus();
  }, []);

  // Put the cursor on the first field the core rejected, so the user lands where the fix is.
  useEffect(() => {
    const firstInvalid = Object.keys(fieldErrors)[0];
    if (firstInvalid) document.getElementById(`person-${firstInvalid}`)?.focus();
  }, [fieldErrors]);

  const setField =
    <F extends PersonField>(field: F) =>
    (value: PersonDraft[F]) => {
      setDraft((current) => ({ ...current, [field]: value }));
      setDuplicates(null);
    };

  const showError = (error: unknown) => {
    setDuplicates(null);
    if (isApiError(error) && error.code === 'people.duplicate') {
      setFieldErrors({});
      setDuplicates(error.details.duplicates ?? []);
      return;
    }
    const issues = isApiError(error) ? (error.details.fields ?? []) : [];
    const next: FieldErrors = {};
    for (const issue of issues) {
      const field = personFieldOf(issue);
      if (field && !next[field]) next[field] = fieldErrorText(issue, t(`form.${field}`));
    }
    setFieldErrors(next);
    setFormError(errorMessage(error));
  };

  const submit = (allowDuplicate: boolean) => {
    setFormError(null);
    if (variant) {
      setVariantPending(true);
      variant
        .save(inputFromDraft(draft), allowDuplicate)
        .catch(showError)
        .finally(() => setVariantPending(false));
      return;
    }
    save.mutate(
      { ...(person ? { id: person.id } : {}), person: inputFromDraft(draft), allowDuplicate },
      { onSuccess: (saved) => onSaved?.(saved, isNew), onError: showError },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) submit(false);
  };

  // In the notes box Enter starts a new line, so Ctrl+Enter saves from there.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && event.ctrlKey) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const textField = (field: Exclude<PersonField, 'categoryId' | 'gender' | 'title'>, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`person-${field}`}
      label={t(`form.${field}`)}
      value={draft[field]}
      onChange={setField(field)}
      error={fieldErrors[field]}
      {...extra}
    />
  );

  return (
    <Dialog labelledBy="person-dialog-title" onClose={onClose} className="dialog--form">
      <form noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} className="person-form">
        <h2 id="person-dialog-title" className="dialog__title">
          {variant ? variant.title : isNew ? t('form.addTitle') : t('form.editTitle', { name: person.name })}
        </h2>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="person-form__grid">
          <div className="person-form__wide person-form__name-row">
            <TitleField id="person-title" value={draft.title} onChange={setField('title')} error={fieldErrors.title} />
            {textField('name', { required: true })}
          </div>
          <GenderField id="person-gender" value={draft.gender} onChange={setField('gender')} error={fieldErrors.gender} />
          {textField('designation')}
          {textField('organisation')}
          <CategoryField value={draft.categoryId} onChange={setField('categoryId')} error={fieldErrors.categoryId} />
          {textField('phone', { type: 'tel', inputMode: 'tel', dir: 'ltr' })}
          {textField('email', { type: 'email', inputMode: 'email', dir: 'ltr' })}
          <div className="person-form__wide">{textField('notes', { multiline: true })}</div>
        </div>
        {variant?.extra}
        {duplicates ? (
          <DuplicateWarning
            duplicates={duplicates}
            isNew={isNew}
            busy={pending}
            onConfirm={() => submit(true)}
            onCancel={() => setDuplicates(null)}
          />
        ) : (
          <div className="dialog__actions">
            <p className="hint dialog__hint">{t('form.hint')}</p>
            <button type="button" className="button" onClick={onClose}>
              {t('common:actions.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={pending}>
              {variant ? variant.submitLabel : t('common:actions.save')}
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
