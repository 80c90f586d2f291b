import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROGRAMME_SCOPE, type AttendanceStatus, type Attendee, type InviteSelection } from '../../../src-main/core/contract/index.js';
import { useFocusRequest } from '../../app/use-focus-request';
import { StatusToast, type Toast } from '../../components/StatusToast';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { PersonDialog } from '../people/PersonDialog';
import { categoriesQuery } from '../people/queries';
import { useFieldErrorText } from '../people/use-field-error-text';
import { programmeQuery } from '../programmes/queries';
import { useProgrammeDates } from '../programmes/use-programme-dates';
import { CheckInPanel } from './CheckInPanel';
import { CountsPanel } from './CountsPanel';
import { InviteDialog } from './InviteDialog';
import { useAttendanceOutput, useInvite, useMark, useSetQuorum, useUninvite, useWalkIn } from './mutations';
import { OutputMenu, type OutputRequest } from './OutputMenu';
import { attendanceQuery } from './queries';
import { ReasonDialog } from './ReasonDialog';
import { useCheckInQueue, type CheckInScope, type CheckInTarget, type FailedCheckIn, type SavedCheckIn } from './use-check-in-queue';
import { useDeskUndo, type UndoAction } from './use-desk-undo';
import { anyFailed, QueriesState } from '../../components/QueriesState';
import '../../styles/programmes.css';
import './attendance.css';
import { ScreenGuide } from '../../components/ScreenGuide';

/** #/programmes/:id/attendance: invitations, the check-in desk and the live counts of one programme. */
export function AttendancePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['attendance', 'common']);
  const errorMessage = useErrorMessage();
  const fieldErrorText = useFieldErrorText();
  const format = useFormatter();
  const dates = useProgrammeDates();
  const programme = useQuery(programmeQuery(id));
  const attendance = useQuery(attendanceQuery(id));
  const categories = useQuery(categoriesQuery());
  const mark = useMark(id);
  const walkIn = useWalkIn(id);
  const invite = useInvite(id);
  const uninvite = useUninvite(id);
  const setQuorum = useSetQuorum(id);
  const output = useAttendanceOutput(id);
  const [scope, setScope] = useState(PROGRAMME_SCOPE);
  const [reasonFor, setReasonFor] = useState<{ attendee: Attendee; status: AttendanceStatus } | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [walkingIn, setWalkingIn] = useState(false);
  const [addToDirectory, setAddToDirectory] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [inviteError, setInviteError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const clearToast = useCallback(() => setToast(null), []);
  const showToast = (message: string, undo?: UndoAction) =>
    setToast({ id: Date.now(), message, ...(undo ? { onUndo: desk.remember(undo) } : {}) });
  const { queue, failed } = useCheckInQueue(id, (saved: SavedCheckIn) => {
    const { attendee, previous, addedToList } = saved.result;
    const markNow = attendee.marks[saved.scope.id];
    showToast(markNow ? t('checkIn.checkedIn', { name: attendee.name, time: format.time(markNow.at) }) : t('checkIn.marked', { name: attendee.name, status: t('status.present') }), {
      kind: 'mark',
      attendeeId: attendee.id,
      name: attendee.name,
      status: 'present',
      scope: saved.scope.id,
      previous,
      removeFromList: addedToList,
    });
  });
  const desk = useDeskUndo(id, searchRef, (message) => showToast(message), () => queue.settled());
  const fail = (error: unknown) => showToast(errorMessage(error));
  const refocus = () => searchRef.current?.focus();
  useFocusRequest(searchRef);

  // The desk types names all day: when a dialog closes (and the browser hands focus back to the
  // button that opened it), the search box takes the focus again, except after the reason for a
  // status, which hands it back to that person's status button, where the user was.
  const dialogOpen = inviting || walkingIn || reasonFor !== null;
  const reasonOpener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (dialogOpen) return;
    const opener = reasonOpener.current;
    reasonOpener.current = null;
    (opener?.isConnected ? opener : searchRef.current)?.focus();
  }, [dialogOpen]);

  const needed = [programme, attendance, categories];
  if (anyFailed(needed) || !programme.data || !attendance.data || !categories.data) return <QueriesState queries={needed} />;

  const { days } = programme.data;
  const firstDay = days[0];
  const when = days.length === 1 && firstDay ? dates.day(firstDay) : dates.range(firstDay?.date ?? null, days[days.length - 1]?.date ?? null);
  const scopes = attendance.data.scopes;
  const activeScope = scopes.some((entry) => entry.id === scope) ? scope : PROGRAMME_SCOPE;
  const counts = attendance.data.counts[activeScope];

  const recordMark = async (target: CheckInTarget, status: AttendanceStatus, reason = '') => {
    const result = await mark.mutateAsync({
      scope: activeScope,
      target: target.kind === 'attendee' ? { kind: 'attendee', attendeeId: target.attendeeId } : { kind: 'person', personId: target.personId },
      status,
      reason,
    });
    const markNow = result.attendee.marks[activeScope];
    const message =
      status === 'present' && markNow
        ? t('checkIn.checkedIn', { name: result.attendee.name, time: format.time(markNow.at) })
        : t('checkIn.marked', { name: result.attendee.name, status: t(`status.${status}`) });
    showToast(message, {
      kind: 'mark',
      attendeeId: result.attendee.id,
      name: result.attendee.name,
      status,
      scope: activeScope,
      previous: result.previous,
      removeFromList: result.addedToList,
    });
  };

  // With several sessions a failed check-in names its session, as a retry saves it there.
  const activeEntry = scopes.find((entry) => entry.id === activeScope);
  const checkInScope: CheckInScope = {
    id: activeScope,
    name: scopes.length > 1 ? (activeScope === PROGRAMME_SCOPE ? t('scope.programme') : (activeEntry?.name ?? null)) : null,
  };
  // A failed check-in is shown under the search box by the queue, so no toast here.
  const onCheckIn = (typed: string, target: CheckInTarget | null) => queue.checkIn(typed, target, checkInScope);
  const onRetry = (failure: FailedCheckIn) => {
    queue.retry(failure);
    refocus();
  };
  const onDismiss = (failure: FailedCheckIn) => {
    queue.remove(failure);
    refocus();
  };

  // The focus stays on the status button the user chose from; only the reason dialog takes it.
  const onStatus = (attendee: Attendee, status: AttendanceStatus) => {
    if (status === 'excused') {
      reasonOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setReasonError(undefined);
      setReasonFor({ attendee, status });
      return;
    }
    recordMark({ kind: 'attendee', attendeeId: attendee.id, name: attendee.name }, status).catch(fail);
  };

  const onReason = (reason: string) => {
    if (!reasonFor) return;
    recordMark({ kind: 'attendee', attendeeId: reasonFor.attendee.id, name: reasonFor.attendee.name }, reasonFor.status, reason).then(
      () => setReasonFor(null),
      (error: unknown) => {
        const issue = isApiError(error) ? error.details.fields?.[0] : undefined;
        setReasonError(issue ? fieldErrorText(issue, t('reason.label')) : errorMessage(error));
      },
    );
  };

  const onRemove = (attendee: Attendee) =>
    uninvite.mutate(
      { attendeeIds: [attendee.id] },
      { onSuccess: () => showToast(t('checkIn.removed', { name: attendee.name }), { kind: 'uninvite', attendeeIds: [attendee.id] }), onError: fail },
    );

  const onInvite = (selection: InviteSelection) => {
    setInviteError(null);
    invite.mutate(
      { selection },
      {
        onSuccess: (result) => {
          setInviting(false);
          refocus();
          if (result.added === 0) return showToast(t('invite.nothing'));
          showToast(t('invite.done', { added: format.number(result.added), already: format.number(result.alreadyInvited) }), { kind: 'invite', attendeeIds: result.addedIds });
        },
        onError: (error) => setInviteError(errorMessage(error)),
      },
    );
  };

  const onOutput = (request: OutputRequest) =>
    // A sign-in sheet printed while a session is chosen is headed with that session.
    output.mutate(request.kind === 'print' ? { kind: 'print', input: { ...request.input, scope: activeScope } } : request, {
      onSuccess: (saved) => {
        if (saved === null) return;
        showToast('pages' in saved && typeof saved.pages === 'number' ? t('output.printed', { pages: format.number(saved.pages), path: saved.path }) : t('output.saved', { path: saved.path }));
      },
      onError: fail,
    });

  return (
    <section className="page page--attendance" aria-labelledby="page-title">
      <header className="editor__header editor__header--static">
        <div className="editor__heading">
          <p className="editor__crumb">
            <Link to={`/programmes/${id}`}>{t('backToProgramme')}</Link>
          </p>
          <h1 id="page-title" className="page__title">
            {t('title')}
          </h1>
          <p className="feedback__programme">{t('ofProgramme', { title: programme.data.title, when })}</p>
          <ScreenGuide screen="attendance" />
        </div>
        <div className="editor__actions">
          <button type="button" className="button" onClick={() => setInviting(true)}>
            {t('invite.open')}
          </button>
          <button type="button" className="button" onClick={() => setWalkingIn(true)}>
            {t('checkIn.walkIn')}
          </button>
        </div>
      </header>

      {scopes.length > 1 && (
        <fieldset className="attendance-scopes">
          <legend>{t('scope.label')}</legend>
          {scopes.map((entry) => (
            <label key={entry.id} className="radio">
              <input type="radio" name="attendance-scope" value={entry.id} checked={activeScope === entry.id} onChange={() => setScope(entry.id)} />
              {entry.id === PROGRAMME_SCOPE ? t('scope.programme') : entry.name}
            </label>
          ))}
        </fieldset>
      )}

      <div className="attendance-layout">
        <CheckInPanel
          programmeId={id}
          scope={activeScope}
          attendance={attendance.data}
          searchRef={searchRef}
          onCheckIn={onCheckIn}
          isWaiting={(target) => queue.isWaiting(activeScope, target)}
          onNotice={(message) => showToast(message)}
          failed={failed}
          onRetry={onRetry}
          onDismiss={onDismiss}
          onStatus={onStatus}
          onRemove={onRemove}
        />
        <div className="attendance-side">
          {counts && (
            <CountsPanel
              counts={counts}
              categories={categories.data}
              quorum={attendance.data.quorum}
              onQuorumChange={(quorum) => setQuorum.mutate({ quorum }, { onError: fail })}
            />
          )}
          <OutputMenu working={output.isPending ? output.variables : null} onChoose={onOutput} />
        </div>
      </div>

      {reasonFor && (
        <ReasonDialog
          name={reasonFor.attendee.name}
          status={reasonFor.status}
          error={reasonError}
          busy={mark.isPending}
          onSave={onReason}
          onClose={() => setReasonFor(null)}
        />
      )}
      {walkingIn && (
        <PersonDialog
          person={null}
          onClose={() => {
            setWalkingIn(false);
            refocus();
          }}
          variant={{
            title: t('walkIn.title'),
            submitLabel: t('walkIn.save'),
            extra: (
              <label className="checkbox">
                <input type="checkbox" checked={addToDirectory} onChange={(event) => setAddToDirectory(event.target.checked)} />
                {t('walkIn.addToDirectory')}
              </label>
            ),
            save: async (person, allowDuplicate) => {
              const result = await walkIn.mutateAsync({ scope: activeScope, person, addToDirectory, allowDuplicate });
              setWalkingIn(false);
              showToast(t('walkIn.added', { name: result.attendee.name }), {
                kind: 'mark',
                attendeeId: result.attendee.id,
                name: result.attendee.name,
                status: 'present',
                scope: activeScope,
                previous: null,
                removeFromList: true,
              });
              refocus();
            },
          }}
        />
      )}
      {inviting && (
        <InviteDialog
          programmeId={id}
          busy={invite.isPending}
          error={inviteError}
          onInvite={onInvite}
          onClose={() => {
            setInviting(false);
            setInviteError(null);
            refocus();
          }}
        />
      )}
      <StatusToast toast={toast} onDone={clearToast} />
    </section>
  );
}
