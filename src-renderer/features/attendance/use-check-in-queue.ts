import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendance, ChannelOutput } from '../../../src-main/core/contract/index.js';
import { usePendingEdits } from '../../lib/pending-edits';
import { useErrorMessage } from '../../lib/use-error-message';
import { attendanceKeys, checkInSearchQuery } from './queries';

export type CheckInTarget = { kind: 'attendee'; attendeeId: string; name: string } | { kind: 'person'; personId: string; name: string };

type SearchResult = ChannelOutput<'attendance:search'>;

/** Whom Enter checks in for a search result: the first row of the list, else the first directory match. */
export function topMatch(result: SearchResult, nameOf: (attendeeId: string) => string | undefined): CheckInTarget | null {
  const attendeeId = result.attendeeIds[0];
  if (attendeeId !== undefined) return { kind: 'attendee', attendeeId, name: nameOf(attendeeId) ?? '' };
  const person = result.others[0];
  return person ? { kind: 'person', personId: person.id, name: person.name } : null;
}

/** A check-in that did not reach the disk, kept on screen until it is retried or dismissed. */
export interface FailedCheckIn {
  id: number;
  /** What was typed when Enter was pressed. */
  typed: string;
  /** Whom it was for; null when no one was found for `typed`. */
  target: CheckInTarget | null;
  message: string;
}

const keyOf = (target: CheckInTarget) => (target.kind === 'attendee' ? `attendee:${target.attendeeId}` : `person:${target.personId}`);

interface Job {
  id: number;
  typed: string;
  target: CheckInTarget | null;
  save: (target: CheckInTarget) => Promise<void>;
}

/**
 * The desk's check-ins, saved one after another in the order they were asked for, so a clerk
 * can type the next name while earlier saves are still on their way. Enter pressed before the
 * matches for the typed text had arrived is queued with the text, and its top match is looked
 * up when its turn comes. A check-in that fails stays on screen, named, until it is retried.
 */
export function useCheckInQueue(programmeId: string) {
  const { t } = useTranslation('attendance');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState<FailedCheckIn[]>([]);
  const tail = useRef<Promise<void>>(Promise.resolve());
  // Whom the queue is about to check in: a second click on the same row while the first is still
  // saving would overwrite the arrival time with a later one.
  const waiting = useRef(new Set<string>());
  const nextId = useRef(1);
  const failedNow = useRef(failed);
  useEffect(() => {
    failedNow.current = failed;
  }, [failed]);

  // Closing the window waits for the check-ins still in the queue, and a check-in that failed
  // and was neither retried nor dismissed counts as an unsaved edit, so the shell asks first.
  const settleBeforeClose = useCallback(async () => {
    let settled: Promise<void>;
    do {
      settled = tail.current;
      await settled;
    } while (settled !== tail.current);
    if (failedNow.current.length > 0) throw new Error('check-ins not saved');
  }, []);
  usePendingEdits(settleBeforeClose);

  const nameOf = (attendeeId: string) =>
    queryClient.getQueryData<Attendance>(attendanceKeys.detail(programmeId))?.attendees.find((attendee) => attendee.id === attendeeId)?.name;

  const lookUp = async (typed: string): Promise<CheckInTarget | null> => {
    const found = await queryClient.fetchQuery(checkInSearchQuery(programmeId, typed));
    const target = topMatch(found, nameOf);
    return target?.kind === 'attendee' && target.name === '' ? { ...target, name: typed } : target;
  };

  const run = async (job: Job): Promise<void> => {
    let target = job.target;
    try {
      target ??= await lookUp(job.typed);
      if (target === null) {
        setFailed((list) => [...list, { id: job.id, typed: job.typed, target: null, message: t('checkIn.failedNoMatch', { typed: job.typed }) }]);
        return;
      }
      await job.save(target);
    } catch (error) {
      const message = target
        ? t('checkIn.failedFor', { name: target.name, reason: errorMessage(error) })
        : t('checkIn.failedTyped', { typed: job.typed, reason: errorMessage(error) });
      setFailed((list) => [...list, { id: job.id, typed: job.typed, target, message }]);
    } finally {
      if (job.target) waiting.current.delete(keyOf(job.target));
    }
  };

  const enqueue = (job: Job) => {
    if (job.target) {
      if (waiting.current.has(keyOf(job.target))) return;
      waiting.current.add(keyOf(job.target));
    }
    // run() never rejects, so one failed check-in does not stop the ones behind it.
    tail.current = tail.current.then(() => run(job));
  };

  return {
    failed,
    /** Queues a check-in; `target` is null when the matches for `typed` had not arrived yet. */
    checkIn(typed: string, target: CheckInTarget | null, save: (target: CheckInTarget) => Promise<void>) {
      enqueue({ id: nextId.current++, typed, target, save });
    },
    retry(failure: FailedCheckIn, save: (target: CheckInTarget) => Promise<void>) {
      setFailed((list) => list.filter((entry) => entry.id !== failure.id));
      enqueue({ id: failure.id, typed: failure.typed, target: failure.target, save });
    },
    dismiss(failure: FailedCheckIn) {
      setFailed((list) => list.filter((entry) => entry.id !== failure.id));
    },
  };
}
