import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker } from 'react-router';
import { REPORT_TITLE_MAX, checkText, type DataBlockSource, type Report, type ReportDoc } from '../../../src-main/core/contract/index.js';
import { useScreenCommand } from '../../app/screen-commands';
import { screenCommandKeys } from '../../app/shortcuts';
import { useShortcutHint } from '../../app/use-shortcut-hint';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { TextField } from '../../components/TextField';
import { call } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { useFieldErrorText } from '../people/use-field-error-text';
import { programmeQuery } from '../programmes/queries';
import { CompareDialog } from './CompareDialog';
import { ReportEditor } from './editor/ReportEditor';
import { FinaliseDialog } from './FinaliseDialog';
import { useExportReport, usePrintReport, useReportAction } from './mutations';
import { NameRevisionDialog } from './NameRevisionDialog';
import { PreviewDialog } from './PreviewDialog';
import { RevisionsPanel } from './RevisionsPanel';
import { SaveStatus } from './SaveStatus';
import { useReportAutosave } from './use-report-autosave';
import './reports.css';

type OpenDialog = { kind: 'finalise' } | { kind: 'name' } | { kind: 'preview' } | { kind: 'compare'; number: number } | null;

const TITLE_RULE = { max: REPORT_TITLE_MAX, required: true };

/** The report's editing screen: title, text, autosave, versions, finalising and the outputs. */
export function ReportWorkspace({ report }: { report: Report }) {
  const { t } = useTranslation('reports');
  const format = useFormatter();
  const fieldErrorText = useFieldErrorText();
  const hint = useShortcutHint();
  const errorMessage = useErrorMessage();
  const programme = useQuery(programmeQuery(report.programmeId));
  const autosave = useReportAutosave(report.id, report.version);
  const action = useReportAction(report.id);
  const exportReport = useExportReport(report.id);
  const printReport = usePrintReport(report.id);
  const [title, setTitle] = useState(report.title);
  /** The last title that can be saved; while the field is empty or too long, edits save under it. */
  const savableTitle = useRef(report.title);
  const body = useRef<ReportDoc>(report.body);
  const [contentKey, setContentKey] = useState(0);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [showRevisions, setShowRevisions] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const say = (message: string) => setToast({ id: Date.now(), message });
  const locked = report.status === 'final';
  const { change, saveNow } = autosave;

  const onBodyChange = useCallback(
    (next: ReportDoc) => {
      body.current = next;
      change({ title: savableTitle.current, body: next });
    },
    [change],
  );
  // The core's own text rule, so a title it would refuse is pointed out here and never autosaved.
  const titleIssue = checkText(title, TITLE_RULE).issue;
  const titleError =
    titleIssue === null
      ? undefined
      : titleIssue.code === 'field.required' || titleIssue.code === 'field.tooLong'
        ? t(`editor.title.${titleIssue.code === 'field.required' ? 'required' : 'tooLong'}`, { max: format.number(REPORT_TITLE_MAX) })
        : fieldErrorText({ field: 'title', ...titleIssue }, t('editor.titleLabel'));
  const onTitleChange = (next: string) => {
    setTitle(next);
    if (checkText(next, TITLE_RULE).issue !== null) return;
    savableTitle.current = next;
    change({ title: next, body: body.current });
  };

  // Leaving for another screen waits until the last change is on disk; a failed save stays here.
  const blocker = useBlocker(() => autosave.isUnsaved());
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    saveNow()
      .then(() => blocker.proceed())
      .catch((error: unknown) => {
        blocker.reset();
        say(errorMessage(error));
      });
  });
  const refreshBlock = useCallback((source: DataBlockSource) => call('reports:dataBlock', { id: report.id, source }), [report.id]);

  /** The core replaced the report (restore, finalise, reopen): show its text and build on its version. */
  const replaced = (next: Report) => {
    body.current = next.body;
    setTitle(next.title);
    savableTitle.current = next.title;
    autosave.reset(next.version);
    setContentKey((key) => key + 1);
  };
  const run = (kind: 'finalise' | 'reopen', done: string) =>
    saveNow()
      .then(() => action.mutateAsync({ kind }))
      .then((next) => {
        replaced(next);
        setDialog(null);
        say(done);
      })
      .catch((error: unknown) => say(errorMessage(error)));
  const restoreRevision = (number: number) =>
    saveNow()
      .then(() => action.mutateAsync({ kind: 'restoreRevision', number }))
      .then((next) => {
        replaced(next);
        say(t('revisions.restored', { number: format.number(number) }));
      })
      .catch((error: unknown) => say(errorMessage(error)));
  const exportAs = (kind: 'pdf' | 'docx') =>
    saveNow()
      .then(() => exportReport.mutateAsync(kind))
      .then((saved) => {
        if (saved === null) return;
        say(
          saved.pages === null
            ? t('editor.exported', { path: saved.path })
            : t('editor.exportedPages', { count: saved.pages, formatted: format.number(saved.pages), path: saved.path }),
        );
      })
      .catch((error: unknown) => say(errorMessage(error)));
  const print = () =>
    saveNow()
      .then(() => printReport.mutateAsync())
      .then((result) => result.printed && say(t('editor.printed')))
      .catch((error: unknown) => say(errorMessage(error)));
  const openPreview = () =>
    saveNow()
      .then(() => setDialog({ kind: 'preview' }))
      .catch((error: unknown) => say(errorMessage(error)));

  const openCompare = (number: number) =>
    saveNow()
      .then(() => setDialog({ kind: 'compare', number }))
      .catch((error: unknown) => say(errorMessage(error)));

  const busy = action.isPending || exportReport.isPending || printReport.isPending;
  // Ctrl+S saves at once (autosave would anyway), Ctrl+P opens the print preview, Ctrl+E saves a PDF.
  useScreenCommand('save', () => void saveNow().catch(() => undefined));
  useScreenCommand('print', openPreview);
  // Offered even during an export, so the menu is not rebuilt for each one; the key does nothing meanwhile, as the greyed-out button does.
  useScreenCommand('export', () => {
    if (!busy) void exportAs('pdf');
  });
  // While the core replaces the text (restore, finalise, reopen) nothing can be typed into the old one.
  const editorLocked = locked || action.isPending;
  return (
    <section className="page report-page" aria-label={t('editor.region')}>
      {/* The title is edited in a field, so the screen's heading is for screen readers and the window
          title; it shows only while it has the focus (on opening the screen), so the focus is seen. */}
      <h1 id="page-title" className="visually-hidden-focusable">
        {title.trim() === '' ? report.title : title}
      </h1>
      <p className="report-page__back">
        <Link to="/reports">← {t('editor.back')}</Link>
        {programme.data && <span className="hint"> · {t('editor.programme', { title: programme.data.title })}</span>}
      </p>
      <div className="report-page__header">
        <div className="report-page__title">
          <TextField
            id="report-title"
            label={t('editor.titleLabel')}
            required={!editorLocked}
            value={title}
            readOnly={editorLocked}
            error={titleError}
            onChange={onTitleChange}
          />
        </div>
        <span className={`badge badge--${report.status}`}>{t(`status.${report.status}`)}</span>
        <SaveStatus state={autosave.state} onRetry={() => saveNow().catch(() => undefined)} />
      </div>
      <div className="toolbar report-page__actions" role="toolbar" aria-label={t('editor.actions')}>
        {locked ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void run('reopen', t('editor.reopened'))}>
            {t('editor.reopen')}
          </button>
        ) : (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => setDialog({ kind: 'finalise' })}>
            {t('editor.finalise')}
          </button>
        )}
        <button type="button" className="button" disabled={locked} onClick={() => setDialog({ kind: 'name' })}>
          {t('editor.nameRevision')}
        </button>
        <button type="button" className="button" aria-expanded={showRevisions} onClick={() => setShowRevisions((shown) => !shown)}>
          {t('editor.revisions')}
        </button>
        <button type="button" className="button" {...hint(t('editor.preview'), screenCommandKeys('print'))} onClick={openPreview}>
          {t('editor.preview')}
        </button>
        <button type="button" className="button" disabled={busy} {...hint(t('editor.exportPdf'), screenCommandKeys('export'))} onClick={() => void exportAs('pdf')}>
          {t('editor.exportPdf')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('docx')}>
          {t('editor.exportWord')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void print()}>
          {t('editor.print')}
        </button>
      </div>
      {locked && report.finalisedAt !== null && <p className="notice">{t('editor.locked', { date: format.date(report.finalisedAt) })}</p>}
      <div className="report-page__body">
        <ReportEditor initialBody={body.current} contentKey={contentKey} readOnly={editorLocked} onChange={onBodyChange} onRefreshDataBlock={refreshBlock} />
        {showRevisions && (
          <RevisionsPanel
            reportId={report.id}
            locked={locked}
            onCompare={(number) => void openCompare(number)}
            onRestore={(number) => void restoreRevision(number)}
            onClose={() => setShowRevisions(false)}
          />
        )}
      </div>
      {dialog?.kind === 'finalise' && <FinaliseDialog busy={busy} onConfirm={() => void run('finalise', t('editor.finalised'))} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'name' && (
        <NameRevisionDialog
          reportId={report.id}
          beforeSaving={saveNow}
          onDone={(name) => {
            setDialog(null);
            say(t('nameRevision.saved', { name }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'compare' && <CompareDialog reportId={report.id} number={dialog.number} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'preview' && (
        <PreviewDialog reportId={report.id} title={title} busy={busy} onExport={(kind) => void exportAs(kind)} onPrint={() => void print()} onClose={() => setDialog(null)} />
      )}
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
