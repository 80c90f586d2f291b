import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useLocation, useNavigate } from 'react-router';
import type { Lists, Programme } from '../../../src-main/core/contract/index.js';
import { FocusAddedScope } from '../../app/FocusAddedScope';
import { useScreenCommand } from '../../app/screen-commands';
import { globalShortcutKeys, screenCommandKeys } from '../../app/shortcuts';
import { useShortcutHint } from '../../app/use-shortcut-hint';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { FieldErrorsProvider, useIssueMessages, type FieldErrors } from './field-errors';
import { LeaveGuard } from './LeaveGuard';
import { useSaveProgramme } from './mutations';
import { ProgrammeFields } from './ProgrammeFields';
import { draftFromProgramme, emptyDraft, inputFromDraft, type ProgrammeDraft } from './programme-draft';

interface ProgrammeEditorProps {
  /** null for a new programme. */
  programme: Programme | null;
  lists: Lists;
  defaultOrganiser: string;
}

/** Set in the location state when a new programme was just created, so the reopened editor can say so. */
const JUST_CREATED = 'programmeCreated';

export function ProgrammeEditor({ programme, lists, defaultOrganiser }: ProgrammeEditorProps) {
  const { t } = useTranslation(['programmes', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveProgramme();
  const errorMessage = useErrorMessage();
  const issueMessages = useIssueMessages();
  const hint = useShortcutHint();

  const initial = useMemo(() => (programme ? draftFromProgramme(programme) : emptyDraft(defaultOrganiser)), [programme, defaultOrganiser]);
  const [draft, setDraft] = useState<ProgrammeDraft>(initial);
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(() =>
    (location.state as Record<string, unknown> | null)?.[JUST_CREATED] ? { id: Date.now(), message: t('editor.created') } : null,
  );
  const clearToast = useCallback(() => setToast(null), []);
  const formAlert = useRef<HTMLDivElement>(null);

  const dirty = JSON.stringify(draft) !== baseline;
  const leavingAfterSave = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leavingAfterSave.current && currentLocation.pathname !== nextLocation.pathname,
  );

  // Put the cursor on the first rejected field in reading order, so the user lands where the fix is.
  useEffect(() => {
    if (fieldErrors.size === 0) return;
    const target = document.querySelector<HTMLElement>('#programme-form [aria-invalid="true"], #programme-form .field__error[tabindex]');
    if (target) target.focus();
    else formAlert.current?.focus();
  }, [fieldErrors]);

  const submit = () => {
    if (save.isPending) return;
    setFormError(null);
    const sent = JSON.stringify(draft);
    save.mutate(
      { ...(programme ? { id: programme.id } : {}), programme: inputFromDraft(draft) },
      {
        onSuccess: (saved) => {
          setFieldErrors(new Map());
          if (!programme) {
            leavingAfterSave.current = true;
            void navigate(`/programmes/${saved.id}`, { replace: true, state: { [JUST_CREATED]: true } });
            return;
          }
          const next = draftFromProgramme(saved);
          // What was typed while the save was on its way stays on screen, still marked unsaved.
          setDraft((current) => (JSON.stringify(current) === sent ? next : current));
          setBaseline(JSON.stringify(next));
          setToast({ id: Date.now(), message: t('editor.saved') });
        },
        onError: (error) => {
          const issues = isApiError(error) ? (error.details.fields ?? []) : [];
          setFieldErrors(issueMessages(issues));
          setFormError(errorMessage(error));
          if (issues.length === 0) formAlert.current?.focus();
        },
      },
    );
  };
  useScreenCommand('save', submit);

  // Enter saves from an ordinary field, but in a search box it belongs to the search.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'search') {
      event.preventDefault();
    }
  };

  return (
    <section className="page page--editor" aria-labelledby="page-title">
      <header className="editor__header">
        <div className="editor__heading">
          <p className="editor__crumb">
            <Link to="/programmes">{t('editor.back')}</Link>
          </p>
          <h1 id="page-title" className="page__title">
            {programme ? programme.title : t('editor.newTitle')}
          </h1>
        </div>
        <div className="editor__actions">
          {dirty && <span className="editor__dirty">{t('editor.unsaved')}</span>}
          {programme && (
            <>
              <Link className="button" to={`/programmes/${programme.id}/attendance`} {...hint(t('editor.attendance'), globalShortcutKeys('checkInDesk'))}>
                {t('editor.attendance')}
              </Link>
              <Link className="button" to={`/programmes/${programme.id}/feedback`}>
                {t('editor.feedback')}
              </Link>
              <Link className="button" to={`/reports?programme=${encodeURIComponent(programme.id)}`}>
                {t('editor.report')}
              </Link>
            </>
          )}
          <button
            type="submit"
            form="programme-form"
            className="button button--primary"
            {...hint(t('common:actions.save'), screenCommandKeys('save'))}
            disabled={save.isPending}
          >
            {t('common:actions.save')}
          </button>
        </div>
      </header>

      <div className="editor__body">
        <div ref={formAlert} tabIndex={-1} className="editor__alert-anchor">
          {formError && (
            <div className="form-error" role="alert">
              <p className="editor__alert-title">{formError}</p>
              {fieldErrors.size > 0 && (
                <ul className="editor__issues">
                  {[...fieldErrors.values()].map((message, index) => (
                    <li key={index}>{message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <FieldErrorsProvider errors={fieldErrors}>
          <form
            id="programme-form"
            noValidate
            onKeyDown={onKeyDown}
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            {/* A session or speech card added with its button takes the focus; the ones loaded with the programme do not. */}
            <FocusAddedScope>
              <ProgrammeFields draft={draft} lists={lists} onChange={setDraft} />
            </FocusAddedScope>
          </form>
        </FieldErrorsProvider>
        <p className="hint">{t('editor.hint')}</p>
      </div>
      <LeaveGuard blocker={blocker} />
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
