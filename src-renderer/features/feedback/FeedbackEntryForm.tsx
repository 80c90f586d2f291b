import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListEntry } from '../../../src-main/core/contract/index.js';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFieldErrorText } from '../people/use-field-error-text';
import { ANONYMOUS, sourceFromDraft, type FeedbackChannel, type SourceDraft } from './feedback-source';
import { useAddFeedback } from './mutations';
import { EntryMetaFields } from './EntryMetaFields';
import { DateField } from '../../components/DateField';
import { FieldLabel } from '../../components/FieldLabel';
import { useKrutiDevOffer } from '../../components/KrutiDevOfferBar';

interface FeedbackEntryFormProps {
  programmeId: string;
  categories: readonly ListEntry[];
}

/**
 * Fast entry: category, source and channel stay as chosen, so a pile of comments can be typed
 * one after another; Enter adds the comment and the cursor stays in the text box.
 */
export function FeedbackEntryForm({ programmeId, categories }: FeedbackEntryFormProps) {
  const { t } = useTranslation('feedback');
  const add = useAddFeedback(programmeId);
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const [source, setSource] = useState<SourceDraft>(ANONYMOUS);
  const [channel, setChannel] = useState<FeedbackChannel>('written');
  const [receivedOn, setReceivedOn] = useState('');
  const [text, setText] = useState('');
  const krutiDev = useKrutiDevOffer(text, setText);
  const [errors, setErrors] = useState<{ text?: string; unit?: string; receivedOn?: string; form?: string }>({});
  const textBox = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const sourceInput = sourceFromDraft(source);
    if (!sourceInput) {
      setErrors({ form: t('entry.pickPerson') });
      return;
    }
    add.mutate(
      { categoryId: categoryId === '' ? null : categoryId, source: sourceInput, channel, receivedOn: receivedOn === '' ? null : receivedOn, text },
      {
        onSuccess: () => {
          setText('');
          setErrors({});
          textBox.current?.focus();
        },
        onError: (error) => {
          const issues = isApiError(error) ? (error.details.fields ?? []) : [];
          const textIssue = issues.find((issue) => issue.field.endsWith('text'));
          const unitIssue = issues.find((issue) => issue.field.startsWith('source'));
          const dateIssue = issues.find((issue) => issue.field.endsWith('receivedOn'));
          setErrors({
            ...(dateIssue ? { receivedOn: fieldErrorText(dateIssue, t('fields.receivedOn')) } : {}),
            ...(textIssue ? { text: fieldErrorText(textIssue, t('fields.text')) } : {}),
            ...(unitIssue ? { unit: fieldErrorText(unitIssue, t('fields.unitName')) } : {}),
            form: errorMessage(error),
          });
          textBox.current?.focus();
        },
      },
    );
  };

  return (
    <form
      className="feedback-entry"
      aria-label={t('entry.label')}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        // Enter in the directory search belongs to the search, not to adding the comment.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'search') event.preventDefault();
      }}
    >
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="feedback-entry__row">
        <EntryMetaFields
          idPrefix="feedback"
          categories={categories}
          categoryId={categoryId}
          onCategoryId={setCategoryId}
          source={source}
          onSource={setSource}
          unitError={errors.unit}
          channel={channel}
          onChannel={setChannel}
        />
        <DateField id="feedback-received" label={t('fields.receivedOn')} value={receivedOn} error={errors.receivedOn} onChange={setReceivedOn} />
      </div>
      <div className="feedback-entry__row feedback-entry__row--text">
        <div className={`field feedback-entry__text ${errors.text ? 'field--invalid' : ''}`}>
          <FieldLabel htmlFor="feedback-text" label={t('fields.text')} required />
          <input
            ref={textBox}
            id="feedback-text"
            className="input"
            value={text}
            autoComplete="off"
            autoFocus
            placeholder={t('entry.placeholder')}
            aria-invalid={errors.text ? true : undefined}
            aria-required="true"
            aria-describedby={errors.text ? 'feedback-text-error' : undefined}
            onPaste={krutiDev.onPaste}
            onChange={(event) => setText(event.target.value)}
          />
          {krutiDev.offerBar}
          {errors.text && (
            <p id="feedback-text-error" className="field__error">
              {errors.text}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('entry.add')}
        </button>
      </div>
    </form>
  );
}
