import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { commentsQuotedInReport, type FeedbackEntry } from '../../../src-main/core/contract/index.js';
import { useScreenCommand } from '../../app/screen-commands';
import { screenCommandKeys } from '../../app/shortcuts';
import { useShortcutHint } from '../../app/use-shortcut-hint';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { listsQuery, programmeQuery } from '../programmes/queries';
import { useProgrammeDates } from '../programmes/use-programme-dates';
import { BulkPasteDialog } from './BulkPasteDialog';
import { FeedbackCounts } from './FeedbackCounts';
import { FeedbackEntryForm } from './FeedbackEntryForm';
import { FeedbackTable } from './FeedbackTable';
import { FollowUpDialog } from './FollowUpDialog';
import { useExportFeedback, useRemoveFeedback, useRestoreFeedback, useSetFeedbackInReport } from './mutations';
import { feedbackListQuery } from './queries';
import { anyFailed, QueriesState } from '../../components/QueriesState';
import '../../styles/programmes.css';
import { ScreenGuide } from '../../components/ScreenGuide';

/** #/programmes/:id/feedback: the comments received at one programme. */
export function FeedbackPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['feedback', 'common']);
  const errorMessage = useErrorMessage();
  const format = useFormatter();
  const dates = useProgrammeDates();
  const programme = useQuery(programmeQuery(id));
  const lists = useQuery(listsQuery());
  const feedback = useQuery(feedbackListQuery(id));
  const remove = useRemoveFeedback(id);
  const restore = useRestoreFeedback(id);
  const exportLog = useExportFeedback(id);
  const setInReport = useSetFeedbackInReport(id);
  const [pasting, setPasting] = useState(false);
  const [followingUp, setFollowingUp] = useState<{ entry: FeedbackEntry; position: number } | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const hint = useShortcutHint();
  const showToast = (message: string, onUndo?: () => void) => setToast({ id: Date.now(), message, ...(onUndo ? { onUndo } : {}) });
  const onExport = (format: 'xlsx' | 'csv') =>
    exportLog.mutate(format, {
      onSuccess: (saved) => {
        if (saved !== null) showToast(t('export.done', { path: saved.path }));
      },
      onError: (error) => showToast(errorMessage(error)),
    });

  const needed = [programme, lists, feedback];
  const shown = !anyFailed(needed) && programme.data !== undefined && lists.data !== undefined && feedback.data !== undefined;
  // Ctrl+E and the File menu's "निर्यात करें" save the log in Excel; during an export the key does nothing, as the button does.
  useScreenCommand('export', shown ? () => !exportLog.isPending && onExport('xlsx') : null);

  if (anyFailed(needed) || !programme.data || !lists.data || !feedback.data) return <QueriesState queries={needed} />;

  const categories = lists.data.feedbackCategories;
  const { days } = programme.data;
  const firstDay = days[0];
  const when =
    days.length === 1 && firstDay ? dates.day(firstDay) : dates.range(firstDay?.date ?? null, days[days.length - 1]?.date ?? null);

  const onRemove = (entry: FeedbackEntry, position: number) =>
    remove.mutate(entry.id, {
      onSuccess: () =>
        showToast(t('removed', { n: format.number(position) }), () =>
          restore.mutate(entry.id, {
            onSuccess: () => showToast(t('restored')),
            onError: (error) => showToast(errorMessage(error)),
          }),
        ),
      onError: (error) => showToast(errorMessage(error)),
    });

  return (
    <section className="page page--feedback" aria-labelledby="page-title">
      {/* The header and the counts stay in view together while the table scrolls beneath them. */}
      <div className="sticky-top">
        <header className="editor__header editor__header--static">
          <div className="editor__heading">
            <p className="editor__crumb">
              <Link to={`/programmes/${id}`}>{t('backToProgramme')}</Link>
            </p>
            <h1 id="page-title" className="page__title">
              {t('title')}
            </h1>
            <p className="feedback__programme">
              {t('ofProgramme', { title: programme.data.title, when })}
            </p>
            <ScreenGuide screen="feedback" />
          </div>
          <div className="editor__actions">
            <button type="button" className="button" onClick={() => setPasting(true)}>
              {t('paste.open')}
            </button>
            <button type="button" className="button" disabled={exportLog.isPending} {...hint(t('export.xlsx'), screenCommandKeys('export'))} onClick={() => onExport('xlsx')}>
              {exportLog.isPending && exportLog.variables === 'xlsx' ? t('export.working') : t('export.xlsx')}
            </button>
            <button type="button" className="button" disabled={exportLog.isPending} onClick={() => onExport('csv')}>
              {exportLog.isPending && exportLog.variables === 'csv' ? t('export.working') : t('export.csv')}
            </button>
          </div>
        </header>

        <FeedbackCounts total={feedback.data.total} countsByCategory={feedback.data.countsByCategory} categories={categories} />
      </div>
      <FeedbackEntryForm programmeId={id} categories={categories} />

      <div className="feedback__entries">
        {feedback.data.items.length === 0 ? (
          <div className="state">
            <p className="state__title">{t('empty.title')}</p>
            <p>{t('empty.hint')}</p>
          </div>
        ) : (
          <>
            <p className="hint">{t('table.inReportHint')}</p>
            <FeedbackTable
              entries={feedback.data.items}
              categories={categories}
              quoted={commentsQuotedInReport(feedback.data.items)}
              onInReportChange={(entry, inReport) => setInReport.mutate({ entry, inReport }, { onError: (error) => showToast(errorMessage(error)) })}
              onFollowUp={(entry, position) => setFollowingUp({ entry, position })}
              onRemove={onRemove}
            />
          </>
        )}
      </div>

      {pasting && (
        <BulkPasteDialog
          programmeId={id}
          categories={categories}
          onClose={() => setPasting(false)}
          onAdded={(count) => {
            setPasting(false);
            showToast(t('paste.done', { count, formatted: format.number(count) }));
          }}
        />
      )}
      {followingUp && (
        <FollowUpDialog
          programmeId={id}
          entry={followingUp.entry}
          position={followingUp.position}
          onClose={() => setFollowingUp(null)}
          onSaved={() => {
            setFollowingUp(null);
            showToast(t('followUp.saved', { n: format.number(followingUp.position) }));
          }}
        />
      )}
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
