import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackEntryToInput, type FeedbackEntry } from '../../../src-main/core/contract/index.js';
import { Dialog } from '../../components/Dialog';
import { useErrorMessage } from '../../lib/use-error-message';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './feedback-source';
import { useUpdateFeedback } from './mutations';
import { useKrutiDevOffer } from '../../components/KrutiDevOfferBar';

interface FollowUpDialogProps {
  programmeId: string;
  entry: FeedbackEntry;
  position: number;
  onClose: () => void;
  onSaved: () => void;
}

/** Records what was done about one comment: its follow-up status and the response given. */
export function FollowUpDialog({ programmeId, entry, position, onClose, onSaved }: FollowUpDialogProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const update = useUpdateFeedback(programmeId);
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<FollowUpStatus>(entry.followUp.status);
  const [response, setResponse] = useState(entry.followUp.response);
  const krutiDev = useKrutiDevOffer(response, setResponse);

  const save = () =>
    update.mutate(
      { id: entry.id, entry: { ...feedbackEntryToInput(entry), followUp: { status, response } } },
      { onSuccess: onSaved },
    );

  return (
    <Dialog labelledBy="follow-up-title" onClose={onClose} className="dialog--form">
      <h2 id="follow-up-title" className="dialog__title">
        {t('followUp.title', { n: position })}
      </h2>
      <blockquote className="follow-up__text">{entry.text}</blockquote>
      {update.isError && (
        <p className="form-error" role="alert">
          {errorMessage(update.error)}
        </p>
      )}
      <div className="field">
        <label htmlFor="follow-up-status">{t('followUp.status')}</label>
        <select
          id="follow-up-status"
          className="input"
          value={status}
          autoFocus
          onChange={(event) => setStatus(FOLLOW_UP_STATUSES.find((candidate) => candidate === event.target.value) ?? 'open')}
        >
          {FOLLOW_UP_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`followUp.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="follow-up-response">{t('followUp.response')}</label>
        <textarea
          id="follow-up-response"
          className="input"
          rows={4}
          value={response}
          onPaste={krutiDev.onPaste}
          onChange={(event) => setResponse(event.target.value)}
        />
        {krutiDev.offerBar}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={update.isPending} onClick={save}>
          {t('common:actions.save')}
        </button>
      </div>
    </Dialog>
  );
}
