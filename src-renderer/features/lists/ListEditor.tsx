import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, ListEntry, ListName } from '../../../src-main/core/contract/index.js';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { blankEntry, draftOf, itemsOf, moved, sameEntries, type DraftEntry } from './list-draft';
import { useUpdateList } from './mutations';
import { useListIssueText } from './use-list-issue-text';

interface ListEditorProps {
  list: ListName;
  entries: ListEntry[];
}

/** Renames, adds, reorders and removes the entries of one list, saved together with one button. */
export function ListEditor({ list, entries }: ListEditorProps) {
  const { t } = useTranslation('lists');
  const listLabel = t(`names.${list}`);
  const [baseline, setBaseline] = useState(entries);
  const [draft, setDraft] = useState<DraftEntry[]>(() => draftOf(entries));
  const [saved, setSaved] = useState(false);
  const update = useUpdateList();
  const errorMessage = useErrorMessage();
  const issueText = useListIssueText();

  // When the list changes elsewhere (another screen, a restored backup) an untouched editor follows it.
  if (entries !== baseline) {
    setBaseline(entries);
    if (sameEntries(draft, baseline)) setDraft(draftOf(entries));
  }

  const issues: FieldIssue[] = update.isError && isApiError(update.error) ? (update.error.details.fields ?? []) : [];
  const rowIssue = (index: number) => issues.find((issue) => issue.field.startsWith(`items.${index}.`));
  const listIssues = issues.filter((issue) => issue.field === 'items');
  const dirty = !sameEntries(draft, entries);

  const change = (next: DraftEntry[]) => {
    setSaved(false);
    setDraft(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { list, items: itemsOf(draft) },
      {
        onSuccess: (lists) => {
          setBaseline(lists[list]);
          setDraft(draftOf(lists[list]));
          setSaved(true);
        },
      },
    );
  };

  return (
    <form className="list-editor" noValidate aria-labelledby={`list-${list}-heading`} onSubmit={onSubmit}>
      <h3 id={`list-${list}-heading`} className="list-editor__heading">
        {listLabel}
      </h3>
      {update.isError && (
        <div className="form-error" role="alert">
          <p>{errorMessage(update.error)}</p>
          {listIssues.length > 0 && (
            <ul>
              {listIssues.map((issue) => (
                <li key={`${String(issue.params?.name)}`}>{issueText(issue, listLabel)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ol className="list-editor__entries">
        {draft.map((entry, index) => {
          const issue = rowIssue(index);
          const label = t('entry', { list: listLabel, n: index + 1 });
          return (
            <li key={entry.key} className="list-editor__entry">
              <TextField
                id={`list-${list}-${entry.key}`}
                label={label}
                value={entry.name}
                error={issue ? issueText(issue, label) : undefined}
                onChange={(name) => change(draft.map((candidate, at) => (at === index ? { ...candidate, name } : candidate)))}
              />
              <div className="list-editor__actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={index === 0}
                  aria-label={t('moveUp', { n: index + 1 })}
                  title={t('moveUp', { n: index + 1 })}
                  onClick={() => change(moved(draft, index, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={index === draft.length - 1}
                  aria-label={t('moveDown', { n: index + 1 })}
                  title={t('moveDown', { n: index + 1 })}
                  onClick={() => change(moved(draft, index, index + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  onClick={() => change(draft.filter((_, at) => at !== index))}
                >
                  {t('remove', { n: index + 1 })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="list-editor__footer">
        <button type="button" className="button button--small" onClick={() => change([...draft, blankEntry()])}>
          {t('add')}
        </button>
        <button type="submit" className="button button--primary" disabled={update.isPending || !dirty}>
          {t('save', { list: listLabel })}
        </button>
        {dirty && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              update.reset();
              change(draftOf(entries));
            }}
          >
            {t('undo')}
          </button>
        )}
        <span aria-live="polite" className="hint">
          {saved ? t('saved') : dirty ? t('unsaved') : ''}
        </span>
      </div>
    </form>
  );
}
