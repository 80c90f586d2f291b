import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackEntryInput, ListEntry } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { useFieldErrorText } from '../people/use-field-error-text';
import { ANONYMOUS, linesOf, sourceFromDraft, type FeedbackChannel, type SourceDraft } from './feedback-source';
import { useAddManyFeedback } from './mutations';
import { EntryMetaFields } from './EntryMetaFields';
import { useKrutiDevOffer } from '../../components/KrutiDevOfferBar';

/** Lines shown in the preview; a long paste is summarised after these. */
const PREVIEW_LINES = 100;
/** Letters shown of one line; laying out a whole megabyte-long line would freeze the window. */
const PREVIEW_CHARS = 300;

interface BulkPasteDialogProps {
  programmeId: string;
  categories: readonly ListEntry[];
  onClose: () => void;
  onAdded: (count: number) => void;
}

/** Many comments at once: one per pasted line, all with the same category, source and channel. */
export function BulkPasteDialog({ programmeId, categories, onClose, onAdded }: BulkPasteDialogProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();
  const addMany = useAddManyFeedback(programmeId);
  const [text, setText] = useState('');
  const krutiDev = useKrutiDevOffer(text, setText);
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '');
  const [channel, setChannel] = useState<FeedbackChannel>('written');
  const [source, setSource] = useState<SourceDraft>(ANONYMOUS);
  const lines = useMemo(() => linesOf(text), [text]);
  const count = lines.length;
  const formatted = format.number(count);

  const lineProblems = (() => {
    if (!addMany.isError || !isApiError(addMany.error)) return [];
    return (addMany.error.details.fields ?? []).map((issue) => {
      const line = /^entries\.(\d+)\./.exec(issue.field)?.[1];
      const message = fieldErrorText(issue, issue.field === 'entries' ? t('paste.linesField') : t('fields.text'));
      return line === undefined ? message : t('paste.lineProblem', { line: format.number(Number(line) + 1), message });
    });
  })();

  const confirm = () => {
    const sourceInput = sourceFromDraft(source);
    if (!sourceInput || count === 0) return;
    const entries: FeedbackEntryInput[] = lines.map((line) => ({ text: line, categoryId, channel, source: sourceInput }));
    addMany.mutate(entries, { onSuccess: () => onAdded(count) });
  };

  return (
    <Dialog labelledBy="paste-title" onClose={onClose} className="dialog--form dialog--paste">
      <h2 id="paste-title" className="dialog__title">
        {t('paste.title')}
      </h2>
      <p className="hint">{t('paste.hint')}</p>
      {addMany.isError && (
        <div className="form-error" role="alert">
          <p>{errorMessage(addMany.error)}</p>
          {lineProblems.length > 0 && (
            <ul>
              {lineProblems.slice(0, 10).map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="feedback-entry__row">
        <EntryMetaFields
          idPrefix="paste"
          categories={categories}
          categoryId={categoryId}
          onCategoryId={setCategoryId}
          source={source}
          onSource={setSource}
          channel={channel}
          onChannel={setChannel}
        />
      </div>
      <div className="field">
        <label htmlFor="paste-text">{t('paste.text')}</label>
        <textarea
          id="paste-text"
          className="input paste__text"
          rows={8}
          value={text}
          autoFocus
          onPaste={krutiDev.onPaste}
          onChange={(event) => setText(event.target.value)}
        />
        {krutiDev.offerBar}
      </div>
      <section className="paste__preview" aria-labelledby="paste-preview-title">
        <h3 id="paste-preview-title" className="card__subheading">
          {t('paste.preview', { count, formatted })}
        </h3>
        {count > 0 && (
          <ol className="paste__lines">
            {lines.slice(0, PREVIEW_LINES).map((line, index) => (
              <li key={index}>{line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line}</li>
            ))}
          </ol>
        )}
        {count > PREVIEW_LINES && <p className="hint">{t('paste.more', { formatted: format.number(count - PREVIEW_LINES) })}</p>}
      </section>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={count === 0 || addMany.isPending} onClick={confirm}>
          {t('paste.confirm', { count, formatted })}
        </button>
      </div>
    </Dialog>
  );
}
