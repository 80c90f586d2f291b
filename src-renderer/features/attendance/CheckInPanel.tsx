import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, AttendanceStatus, Attendee } from '../../../src-main/core/contract/index.js';
import { useErrorMessage } from '../../lib/use-error-message';
import { useFormatter } from '../../lib/use-formatter';
import { AttendeeRow } from './AttendeeRow';
import { checkInSearchQuery } from './queries';

export type CheckInTarget = { kind: 'attendee'; attendeeId: string; name: string } | { kind: 'person'; personId: string; name: string };

interface CheckInPanelProps {
  programmeId: string;
  scope: string;
  attendance: Attendance;
  searchRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  /** Resolves once the check-in was saved, so the search can be cleared for the next person. */
  onCheckIn: (target: CheckInTarget) => Promise<void>;
  onStatus: (attendee: Attendee, status: AttendanceStatus) => void;
  onRemove: (attendee: Attendee) => void;
}

/**
 * The desk's one search box: each keystroke narrows the list (Hindi, part of a name, a phone
 * number or Roman letters), Enter checks in the top match, and directory people who are not
 * on the list are offered underneath.
 */
export function CheckInPanel({ programmeId, scope, attendance, searchRef, busy, onCheckIn, onStatus, onRemove }: CheckInPanelProps) {
  const { t } = useTranslation('attendance');
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const [text, setText] = useState('');
  const query = text.trim();
  const search = useQuery(checkInSearchQuery(programmeId, query));
  const byId = useMemo(() => new Map(attendance.attendees.map((attendee) => [attendee.id, attendee])), [attendance]);
  const rows = (search.data?.attendeeIds ?? []).flatMap((id) => byId.get(id) ?? []);
  const others = query === '' ? [] : (search.data?.others ?? []);
  const top: CheckInTarget | null = rows[0]
    ? { kind: 'attendee', attendeeId: rows[0].id, name: rows[0].name }
    : others[0]
      ? { kind: 'person', personId: others[0].id, name: others[0].name }
      : null;

  const checkIn = (target: CheckInTarget) =>
    void onCheckIn(target).then(() => {
      setText('');
      searchRef.current?.focus();
    });

  // Enter pressed before the matches for the latest keystroke arrived waits for them, so it
  // never checks in the top row of an older query.
  const [enterFor, setEnterFor] = useState<string | null>(null);
  const settled = search.data !== undefined && !search.isPlaceholderData && !search.isFetching;
  useEffect(() => {
    if (enterFor === null || enterFor !== query || !settled || busy) return;
    setEnterFor(null);
    if (top) checkIn(top);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      setEnterFor(query);
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
            {rows.map((attendee, index) => (
              <AttendeeRow key={attendee.id} attendee={attendee} scope={scope} isTop={index === 0} busy={busy} onStatus={onStatus} onRemove={onRemove} />
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
                    disabled={busy}
                    onClick={() => checkIn({ kind: 'person', personId: person.id, name: person.name })}
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
