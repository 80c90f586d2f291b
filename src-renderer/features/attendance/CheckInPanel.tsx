import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, AttendanceStatus, Attendee } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { AttendeeRow } from './AttendeeRow';
import { FailedCheckIns } from './FailedCheckIns';
import { checkInSearchQuery } from './queries';
import { chooseCheckIn } from './check-in-choice';
import type { CheckInTarget, FailedCheckIn } from './use-check-in-queue';

interface CheckInPanelProps {
  programmeId: string;
  scope: string;
  attendance: Attendance;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Queues a check-in; `target` is null when the matches for `typed` have not arrived yet. */
  onCheckIn: (typed: string, target: CheckInTarget | null) => void;
  /** Whether this person's check-in is already waiting in the queue. */
  isWaiting: (target: CheckInTarget) => boolean;
  /** Says something politely (a status message), e.g. that the person is already present. */
  onNotice: (message: string) => void;
  failed: readonly FailedCheckIn[];
  onRetry: (failure: FailedCheckIn) => void;
  onDismiss: (failure: FailedCheckIn) => void;
  onStatus: (attendee: Attendee, status: AttendanceStatus) => void;
  onRemove: (attendee: Attendee) => void;
}

/**
 * The desk's one search box: each keystroke narrows the list (Hindi, part of a name, a phone
 * number or Roman letters), Enter checks in the top match, and directory people who are not
 * on the list are offered underneath.
 */
export function CheckInPanel({ programmeId, scope, attendance, searchRef, onCheckIn, isWaiting, onNotice, failed, onRetry, onDismiss, onStatus, onRemove }: CheckInPanelProps) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const query = text.trim();
  const search = useQuery(checkInSearchQuery(programmeId, query));
  const byId = useMemo(() => new Map(attendance.attendees.map((attendee) => [attendee.id, attendee])), [attendance]);
  const rows = (search.data?.attendeeIds ?? []).flatMap((id) => byId.get(id) ?? []);
  const others = query === '' ? [] : (search.data?.others ?? []);
  // The matches on screen belong to what is typed now, not to an earlier keystroke, and are not
  // being read again: after a check-in the cached matches for the same text are stale (the
  // person just saved may still show as invited), so Enter then goes through the queue, which
  // waits for the fresh ones.
  const current = search.data !== undefined && !search.isPlaceholderData && !search.isFetching ? search.data : null;
  // Asked again at Enter: a row clicked since this render is waiting in the queue by then.
  const choose = () => (current ? chooseCheckIn({ ...current, attendeeIds: rows.map((row) => row.id) }, (id) => byId.get(id), scope, isWaiting) : null);
  const top = choose();

  // The row Enter would check in is marked; while the matches are still coming, the first one.
  const topRowId = top === null ? rows[0]?.id : top.kind === 'checkIn' && top.target.kind === 'attendee' ? top.target.attendeeId : undefined;

  const checkInFromList = (target: CheckInTarget) => {
    onCheckIn(target.name, target);
    searchRef.current?.focus();
  };

  // A check-in that found no one goes back into the box, to be corrected.
  const putBack = (failure: FailedCheckIn) => {
    onDismiss(failure);
    setText(failure.typed);
    searchRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (query === '') return;
      const choice = choose();
      // No one matches what is on screen: the text stays, to be corrected.
      if (choice?.kind === 'none') return;
      // Everyone it matches is already here: nothing is saved, the arrival time stays, and the
      // text stays in case a different name was meant.
      if (choice?.kind === 'alreadyPresent') return onNotice(t('checkIn.alreadyPresent', { name: choice.name, time: format.time(choice.at) }));
      if (choice?.kind === 'waiting') return onNotice(t('checkIn.alreadyWaiting', { name: choice.name }));
      // The box is emptied now, not when the save returns, so the next name can be typed at
      // once; a check-in whose matches have not arrived yet is queued with its text.
      onCheckIn(query, choice ? choice.target : null);
      setText('');
    } else if (event.key === 'Escape') {
      setText('');
    }
  };

  return (
    <div className="check-in">
      <div className="check-in__search" role="search">
        <label htmlFor="check-in-search">{t('checkIn.search')}</label>
        <input
          id="check-in-search"
          ref={searchRef}
          type="search"
          className="input input--large"
          value={text}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-describedby="check-in-hint"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id="check-in-hint" className="hint">
          {t('checkIn.hint')}
        </p>
      </div>
      <FailedCheckIns failed={failed} onRetry={onRetry} onDismiss={onDismiss} onPutBack={putBack} />
      {search.isError && (
        <p className="form-error" role="alert">
          {errorMessage(search.error)}
        </p>
      )}
      {attendance.attendees.length === 0 && query === '' ? (
        <div className="state">
          <p className="state__title">{t('empty.title')}</p>
          <p>{t('empty.hint')}</p>
        </div>
      ) : (
        <>
          {rows.length === 0 && query !== '' && search.data && <p className="state">{t('checkIn.noMatch', { query })}</p>}
          <ul className="check-in__list" aria-label={t('checkIn.results')}>
            {rows.map((attendee) => (
              <AttendeeRow
                key={attendee.id}
                attendee={attendee}
                scope={scope}
                isTop={attendee.id === topRowId}
                onCheckIn={(row) => checkInFromList({ kind: 'attendee', attendeeId: row.id, name: row.name })}
                onStatus={onStatus}
                onRemove={onRemove}
              />
            ))}
          </ul>
          {search.data && rows.length < search.data.totalAttendees && query === '' && (
            <p className="hint">{t('checkIn.moreHidden', { shown: format.number(rows.length), total: format.number(search.data.totalAttendees) })}</p>
          )}
        </>
      )}
      {others.length > 0 && (
        <section className="check-in__others" aria-label={t('checkIn.others')}>
          <h2 className="check-in__others-title">{t('checkIn.others')}</h2>
          <ul className="check-in__list">
            {others.map((person, index) => (
              <li key={person.id} className={`check-in-row ${rows.length === 0 && index === 0 ? 'check-in-row--top' : ''}`} aria-label={person.name}>
                <div className="check-in-row__who">
                  <strong>{person.name}</strong>
                  <span className="hint">{[person.designation, person.organisation].filter((part) => part !== '').join(' · ')}</span>
                </div>
                <div className="check-in-row__actions">
                  <button
                    type="button"
                    className="button button--small button--primary"
                    aria-label={t('checkIn.markPresentFor', { name: person.name })}
                    onClick={() => checkInFromList({ kind: 'person', personId: person.id, name: person.name })}
                  >
                    {t('checkIn.markPresent')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
