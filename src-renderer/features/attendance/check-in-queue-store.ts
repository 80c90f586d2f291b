import type { QueryClient } from '@tanstack/react-query';
import type { Attendance, Attendee, ChannelOutput } from '../../../src-main/core/contract/index.js';
import { chooseCheckIn, type CheckInTarget } from './check-in-choice';
import { call } from '../../lib/api';
import { registerPendingEdits } from '../../lib/pending-edits';
import { attendanceKeys, checkInSearchQuery } from './queries';

export type { CheckInTarget } from './check-in-choice';

/** Where a check-in is recorded: the programme as a whole or one session. */
export interface CheckInScope {
  id: string;
  /** The session's name, shown with a failure only when the programme has several sessions. */
  name: string | null;
}

type MarkResult = ChannelOutput<'attendance:mark'>;

/** Why a check-in is kept on screen instead of saved. */
export type FailureReason = { kind: 'noMatch' } | { kind: 'alreadyPresent'; name: string; at: string } | { kind: 'notSaved'; error: unknown };

/** A check-in that did not reach the disk, kept on screen until it is retried or dismissed. */
export interface FailedCheckIn {
  id: number;
  /** What was typed when Enter was pressed. */
  typed: string;
  /** Whom it was for; null when no one was found for `typed`. */
  target: CheckInTarget | null;
  /** Where it was asked for, so a retry saves it there whatever is chosen on screen now. */
  scope: CheckInScope;
  reason: FailureReason;
}

/** A check-in the core saved, for the desk's toast and undo. */
export interface SavedCheckIn {
  scope: CheckInScope;
  result: MarkResult;
}

interface Job {
  id: number;
  typed: string;
  target: CheckInTarget | null;
  scope: CheckInScope;
}

const keyOf = (scope: string, target: CheckInTarget) =>
  `${scope}|${target.kind === 'attendee' ? `attendee:${target.attendeeId}` : `person:${target.personId}`}`;

/**
 * One programme's check-ins, saved one after another in the order they were asked for. It lives
 * outside the desk's components, so check-ins still on their way, and failures, survive the
 * clerk leaving the desk and coming back; closing the window waits for the queue and asks
 * first while a failure is unresolved, whether or not the desk is on screen.
 */
export class CheckInQueue {
  private failures: readonly FailedCheckIn[] = [];
  private tail: Promise<void> = Promise.resolve();
  // Whom the queue is about to check in, by scope: a second click on the same row while the
  // first is still saving would overwrite the arrival time with a later one.
  private readonly waiting = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly savedListeners = new Set<(saved: SavedCheckIn) => void>();
  private nextId = 1;

  constructor(
    private readonly programmeId: string,
    private readonly queryClient: QueryClient,
  ) {
    registerPendingEdits(() => this.settleBeforeClose());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getFailed = (): readonly FailedCheckIn[] => this.failures;

  /** Listens for saved check-ins while the desk is on screen. */
  onSaved(listener: (saved: SavedCheckIn) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  isWaiting(scope: string, target: CheckInTarget): boolean {
    return this.waiting.has(keyOf(scope, target));
  }

  /** Resolves once every check-in asked for so far has been saved or has failed. */
  async settled(): Promise<void> {
    let settled: Promise<void>;
    do {
      settled = this.tail;
      await settled;
    } while (settled !== this.tail);
  }

  /** Queues a check-in; `target` is null when the matches for `typed` had not arrived yet. */
  checkIn(typed: string, target: CheckInTarget | null, scope: CheckInScope): void {
    this.enqueue({ id: this.nextId++, typed, target, scope });
  }

  retry(failure: FailedCheckIn): void {
    this.remove(failure);
    this.enqueue({ id: failure.id, typed: failure.typed, target: failure.target, scope: failure.scope });
  }

  remove(failure: FailedCheckIn): void {
    this.setFailures(this.failures.filter((entry) => entry.id !== failure.id));
  }

  private async settleBeforeClose(): Promise<void> {
    await this.settled();
    if (this.failures.length > 0) throw new Error('check-ins not saved');
  }

  private setFailures(failures: readonly FailedCheckIn[]) {
    this.failures = failures;
    for (const listener of this.listeners) listener();
  }

  private fail(job: Job, target: CheckInTarget | null, reason: FailureReason) {
    this.setFailures([...this.failures, { id: job.id, typed: job.typed, target, scope: job.scope, reason }]);
  }

  private attendeeOf = (attendeeId: string) =>
    this.queryClient.getQueryData<Attendance>(attendanceKeys.detail(this.programmeId))?.attendees.find((attendee) => attendee.id === attendeeId);

  private enqueue(job: Job) {
    if (job.target) {
      const key = keyOf(job.scope.id, job.target);
      if (this.waiting.has(key)) return;
      this.waiting.add(key);
    }
    // run() never rejects, so one failed check-in does not stop the ones behind it.
    this.tail = this.tail.then(() => this.run(job));
  }

  private async run(job: Job): Promise<void> {
    let target = job.target;
    let claimed = target ? keyOf(job.scope.id, target) : null;
    try {
      if (target === null) {
        const found = await this.queryClient.fetchQuery(checkInSearchQuery(this.programmeId, job.typed));
        const choice = chooseCheckIn(found, this.attendeeOf, job.scope.id);
        if (choice.kind === 'none') return this.fail(job, null, { kind: 'noMatch' });
        if (choice.kind === 'alreadyPresent') return this.fail(job, null, choice);
        if (choice.kind === 'waiting') return;
        target = choice.target.name === '' ? { ...choice.target, name: job.typed } : choice.target;
        // Someone clicked this person's row after this Enter: that check-in, behind this one, saves them.
        const key = keyOf(job.scope.id, target);
        if (this.waiting.has(key)) return;
        this.waiting.add(key);
        claimed = key;
      }
      const result = await call('attendance:mark', {
        programmeId: this.programmeId,
        scope: job.scope.id,
        target: target.kind === 'attendee' ? { kind: 'attendee', attendeeId: target.attendeeId } : { kind: 'person', personId: target.personId },
        status: 'present',
        reason: '',
      });
      this.remember(result.attendee);
      for (const listener of this.savedListeners) listener({ scope: job.scope, result });
    } catch (error) {
      this.fail(job, target, { kind: 'notSaved', error });
    } finally {
      if (claimed !== null) this.waiting.delete(claimed);
    }
  }

  /**
   * The list on screen is read back from the core after every change, but the next Enter can
   * come before that: the saved mark goes into the cached list at once, so that Enter already
   * sees this person as present and moves on to a namesake.
   */
  private remember(attendee: Attendee) {
    this.queryClient.setQueryData<Attendance>(attendanceKeys.detail(this.programmeId), (list) => {
      if (!list) return list;
      const known = list.attendees.some((entry) => entry.id === attendee.id);
      return { ...list, attendees: known ? list.attendees.map((entry) => (entry.id === attendee.id ? attendee : entry)) : [...list.attendees, attendee] };
    });
  }
}

const queues = new Map<string, CheckInQueue>();

/** The one queue of a programme, made on first use and kept for the life of the window. */
export function checkInQueueFor(programmeId: string, queryClient: QueryClient): CheckInQueue {
  let queue = queues.get(programmeId);
  if (!queue) {
    queue = new CheckInQueue(programmeId, queryClient);
    queues.set(programmeId, queue);
  }
  return queue;
}
