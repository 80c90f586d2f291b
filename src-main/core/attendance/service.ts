import { randomUUID } from 'node:crypto';
import {
  PROGRAMME_SCOPE,
  QUORUM_MAX,
  TEXT_LIMITS,
  checkText,
  type Attendance,
  type AttendanceMark,
  type Attendee,
  type ChannelOutput,
  type ChannelParsedInput,
  type InviteSelection,
  type Person,
  type TextRule,
} from '../contract/index.js';
import { AppError } from '../errors.js';
import type { PeopleService } from '../people/service.js';
import { validatePerson } from '../people/validate.js';
import { sessionIdsOf, type StoredAttendee, type StoredProgramme } from '../programmes/document.js';
import { FieldChecker } from '../programmes/field-checker.js';
import type { ProgrammeRepository } from '../programmes/repository.js';
import { countAttendance } from './counts.js';
import { InviteeIndex } from './invitee-index.js';

/** A list this long still saves in a few milliseconds; larger gatherings are out of scope. */
export const ATTENDEES_MAX = 20_000;

export interface AttendanceServiceOptions {
  now: () => Date;
  people: PeopleService;
  onChange: () => void;
}

type MarkResult = ChannelOutput<'attendance:mark'>;

/**
 * Invitations, check-in and attendance marks of a programme (उपस्थिति). They live in the
 * programme's own file, so a check-in rewrites that one file and nothing else.
 */
export class AttendanceService {
  private readonly indexes = new Map<string, InviteeIndex>();

  constructor(
    private readonly repository: ProgrammeRepository,
    private readonly options: AttendanceServiceOptions,
  ) {}

  async get(programmeId: string): Promise<Attendance> {
    return toAttendance(await this.repository.requireActive(programmeId));
  }

  async search(input: ChannelParsedInput<'attendance:search'>): Promise<ChannelOutput<'attendance:search'>> {
    const programme = await this.repository.requireActive(input.programmeId);
    const index = this.indexOf(programme);
    const attendeeIds = index.match(input.query, input.limit);
    const query = input.query.trim();
    if (query === '' || input.othersLimit === 0) return { attendeeIds, totalAttendees: index.size, others: [] };
    const onList = new Set(activeAttendees(programme).flatMap((attendee) => attendee.personId ?? []));
    const others = (await this.options.people.soundsLike(query, input.othersLimit + onList.size))
      .filter((person) => !onList.has(person.id))
      .slice(0, input.othersLimit)
      .map(({ id, name, designation, organisation, phone }) => ({ id, name, designation, organisation, phone }));
    return { attendeeIds, totalAttendees: index.size, others };
  }

  async invite(programmeId: string, selection: InviteSelection): Promise<ChannelOutput<'attendance:invite'>> {
    const people = await this.selectPeople(programmeId, selection);
    const at = this.options.now().toISOString();
    const addedIds: string[] = [];
    let alreadyInvited = 0;
    await this.change(programmeId, (attendees) => {
      const byPerson = attendeesByPerson(attendees);
      // Inviting a whole category of thousands must not search the list once per person.
      const positions = new Map(attendees.map((attendee, position) => [attendee.id, position]));
      for (const person of people) {
        const existing = byPerson.get(person.id);
        if (existing !== undefined && existing.removedAt === null && existing.invited) {
          alreadyInvited += 1;
          continue;
        }
        const invitee: StoredAttendee =
          existing !== undefined
            ? { ...existing, ...detailsOf(person), invited: true, removedAt: null }
            : { id: randomUUID(), personId: person.id, ...detailsOf(person), invited: true, addedAt: at, marks: {}, removedAt: null };
        const position = positions.get(invitee.id);
        if (position === undefined) positions.set(invitee.id, attendees.push(invitee) - 1);
        else attendees[position] = invitee;
        byPerson.set(person.id, invitee);
        addedIds.push(invitee.id);
      }
      return addedIds;
    });
    return { added: addedIds.length, alreadyInvited, addedIds };
  }

  async uninvite(programmeId: string, attendeeIds: readonly string[]): Promise<{ removed: number }> {
    const at = this.options.now().toISOString();
    const wanted = new Set(attendeeIds);
    const changed = await this.change(programmeId, (attendees) =>
      setEach(attendees, (attendee) => wanted.has(attendee.id) && attendee.removedAt === null, (attendee) => ({ ...attendee, removedAt: at })),
    );
    return { removed: changed.length };
  }

  async restoreInvitees(programmeId: string, attendeeIds: readonly string[]): Promise<{ restored: number }> {
    const wanted = new Set(attendeeIds);
    const changed = await this.change(programmeId, (attendees) => {
      const onList = new Set(attendees.flatMap((attendee) => (attendee.removedAt === null && attendee.personId !== null ? [attendee.personId] : [])));
      // Someone invited again in the meantime keeps that newer entry.
      return setEach(
        attendees,
        (attendee) => wanted.has(attendee.id) && attendee.removedAt !== null && (attendee.personId === null || !onList.has(attendee.personId)),
        (attendee) => ({ ...attendee, removedAt: null }),
      );
    });
    return { restored: changed.length };
  }

  async mark(input: ChannelParsedInput<'attendance:mark'>): Promise<MarkResult> {
    const programme = await this.repository.requireActive(input.programmeId);
    requireScope(programme, input.scope);
    const reason = checkReason(input.status, input.reason);
    const person = input.target.kind === 'person' ? this.options.people.get(input.target.personId) : null;
    const at = this.options.now().toISOString();
    let result: MarkResult | undefined;
    await this.change(input.programmeId, (attendees) => {
      const existing =
        input.target.kind === 'attendee'
          ? requireAttendee(attendees, input.target.attendeeId)
          : attendeesByPerson(attendees).get(input.target.personId);
      const onList = existing !== undefined && existing.removedAt === null;
      const base: StoredAttendee =
        existing !== undefined && onList
          ? existing
          : existing !== undefined
            ? { ...existing, invited: false, marks: {}, removedAt: null }
            : newUninvited(person, at);
      const previous = onList ? (base.marks[input.scope] ?? null) : null;
      const refreshed = person !== null ? detailsOf(person) : this.freshDetails(base);
      const updated: StoredAttendee = { ...base, ...refreshed, marks: withMark(base.marks, input.scope, input.status, at, reason) };
      replaceOrAppend(attendees, updated);
      result = { attendee: toAttendee(updated), previous, addedToList: !onList };
      return [updated.id];
    });
    if (result === undefined) throw new Error('A saved attendance mark went missing');
    return result;
  }

  /** Puts back the mark a check-in replaced, or takes off the list someone the check-in added. */
  async undoMark(input: ChannelParsedInput<'attendance:undoMark'>): Promise<Attendee | null> {
    const programme = await this.repository.requireActive(input.programmeId);
    requireScope(programme, input.scope);
    const previous = input.previous === null ? null : checkRestoredMark(input.previous);
    const at = this.options.now().toISOString();
    let result: Attendee | null = null;
    await this.change(input.programmeId, (attendees) => {
      const attendee = requireAttendee(attendees, input.attendeeId);
      const marks = { ...attendee.marks };
      if (previous === null) delete marks[input.scope];
      else marks[input.scope] = previous;
      const updated: StoredAttendee = { ...attendee, marks, removedAt: input.removeFromList ? at : attendee.removedAt };
      replaceOrAppend(attendees, updated);
      result = updated.removedAt === null ? toAttendee(updated) : null;
      return [updated.id];
    });
    return result;
  }

  /** Someone who came without an invitation: marked present, and added to the directory if asked. */
  async walkIn(input: ChannelParsedInput<'attendance:walkIn'>): Promise<MarkResult> {
    const programme = await this.repository.requireActive(input.programmeId);
    requireScope(programme, input.scope);
    if (input.addToDirectory) {
      const person = await this.options.people.create({ person: input.person, allowDuplicate: input.allowDuplicate });
      return this.mark({ programmeId: input.programmeId, scope: input.scope, target: { kind: 'person', personId: person.id }, status: 'present', reason: '' });
    }
    const clean = validatePerson(input.person, this.options.people.listCategories());
    const at = this.options.now().toISOString();
    const attendee: StoredAttendee = {
      id: randomUUID(),
      personId: null,
      title: clean.title,
      name: clean.name,
      designation: clean.designation,
      organisation: clean.organisation,
      categoryId: clean.categoryId,
      phone: clean.phone,
      invited: false,
      addedAt: at,
      marks: withMark({}, input.scope, 'present', at, ''),
      removedAt: null,
    };
    await this.change(input.programmeId, (attendees) => {
      attendees.push(attendee);
      return [attendee.id];
    });
    return { attendee: toAttendee(attendee), previous: null, addedToList: true };
  }

  async setQuorum(programmeId: string, quorum: number | null): Promise<null> {
    if (quorum !== null && quorum > QUORUM_MAX) throw new AppError('attendance.quorumTooLarge', { params: { max: QUORUM_MAX } });
    await this.repository.requireActive(programmeId);
    await this.repository.update(programmeId, (stored) => ({ ...stored, attendance: { ...stored.attendance, quorum } }));
    this.options.onChange();
    return null;
  }

  /**
   * Applies `edit` to a copy of the attendee list and writes the programme once. `edit` returns
   * the ids it changed; the invitee index learns about them only after the write reached disk.
   */
  private async change(programmeId: string, edit: (attendees: StoredAttendee[]) => string[]): Promise<StoredAttendee[]> {
    await this.repository.requireActive(programmeId);
    let changedIds: string[] = [];
    const saved = await this.repository.update(programmeId, (stored) => {
      const attendees = [...stored.attendance.attendees];
      changedIds = edit(attendees);
      const active = attendees.filter((attendee) => attendee.removedAt === null).length;
      if (active > ATTENDEES_MAX) throw new AppError('attendance.tooMany', { params: { max: ATTENDEES_MAX } });
      return { ...stored, attendance: { ...stored.attendance, attendees } };
    });
    const changed = new Set(changedIds);
    const changedAttendees = saved.attendance.attendees.filter((attendee) => changed.has(attendee.id));
    const index = this.indexes.get(programmeId);
    for (const attendee of changedAttendees) index?.put(attendee);
    if (changedAttendees.length > 0) this.options.onChange();
    return changedAttendees;
  }

  private indexOf(programme: StoredProgramme): InviteeIndex {
    let index = this.indexes.get(programme.id);
    if (index === undefined) {
      index = new InviteeIndex(programme.attendance.attendees);
      this.indexes.set(programme.id, index);
    }
    return index;
  }

  private freshDetails(attendee: StoredAttendee): Partial<StoredAttendee> {
    if (attendee.personId === null) return {};
    try {
      return detailsOf(this.options.people.get(attendee.personId));
    } catch {
      // Removed from the directory since the invitation: the list keeps the details it has.
      return {};
    }
  }

  private async selectPeople(programmeId: string, selection: InviteSelection): Promise<readonly Person[]> {
    const people = this.options.people;
    switch (selection.kind) {
      case 'people':
        return [...new Set(selection.personIds)].map((id) => people.get(id));
      case 'category':
        if (!people.listCategories().some((category) => category.id === selection.categoryId)) throw new AppError('categories.notFound');
        return people.active().filter((person) => person.categoryId === selection.categoryId);
      case 'organisation':
        return people.active().filter((person) => person.organisation === selection.organisation);
      case 'programme': {
        if (selection.programmeId === programmeId) return [];
        const source = await this.repository.requireActive(selection.programmeId);
        return activeAttendees(source).flatMap((attendee) => {
          if (!attendee.invited || attendee.personId === null) return [];
          try {
            return [people.get(attendee.personId)];
          } catch {
            return [];
          }
        });
      }
    }
  }
}

function toAttendance(programme: StoredProgramme): Attendance {
  const scopes = [{ id: PROGRAMME_SCOPE, name: '' }, ...programme.sessions.map((session) => ({ id: session.id, name: session.name }))];
  const attendees = programme.attendance.attendees;
  return {
    programmeId: programme.id,
    scopes,
    quorum: programme.attendance.quorum,
    attendees: activeAttendees(programme).map(toAttendee),
    counts: Object.fromEntries(scopes.map((scope) => [scope.id, countAttendance(attendees, scope.id, sessionIdsOf(programme))])),
  };
}

function activeAttendees(programme: StoredProgramme): StoredAttendee[] {
  return programme.attendance.attendees.filter((attendee) => attendee.removedAt === null);
}

function toAttendee(stored: StoredAttendee): Attendee {
  const { removedAt: _removedAt, ...attendee } = stored;
  return attendee;
}

function detailsOf(person: Person): Pick<StoredAttendee, 'title' | 'name' | 'designation' | 'organisation' | 'categoryId' | 'phone'> {
  return {
    title: person.title,
    name: person.name,
    designation: person.designation,
    organisation: person.organisation,
    categoryId: person.categoryId,
    phone: person.phone,
  };
}

function newUninvited(person: Person | null, at: string): StoredAttendee {
  if (person === null) throw new AppError('attendance.notOnList');
  return { id: randomUUID(), personId: person.id, ...detailsOf(person), invited: false, addedAt: at, marks: {}, removedAt: null };
}

/** Each person appears once: the entry on the list if there is one, otherwise their newest removed entry. */
function attendeesByPerson(attendees: readonly StoredAttendee[]): Map<string, StoredAttendee> {
  const byPerson = new Map<string, StoredAttendee>();
  for (const attendee of attendees) {
    if (attendee.personId === null) continue;
    const known = byPerson.get(attendee.personId);
    if (known === undefined || known.removedAt !== null) byPerson.set(attendee.personId, attendee);
  }
  return byPerson;
}

function requireAttendee(attendees: readonly StoredAttendee[], attendeeId: string): StoredAttendee {
  const attendee = attendees.find((candidate) => candidate.id === attendeeId);
  if (attendee === undefined || attendee.removedAt !== null) throw new AppError('attendance.notOnList');
  return attendee;
}

function requireScope(programme: StoredProgramme, scope: string): void {
  if (scope !== PROGRAMME_SCOPE && !programme.sessions.some((session) => session.id === scope)) {
    throw new AppError('attendance.unknownSession');
  }
}

/**
 * The rule for a mark's reason, one for a mark made now and a mark an undo puts back: a note of
 * one line, which an absence with notice (excused) must have, since the register shows why.
 */
function reasonRule(status: AttendanceMark['status']): TextRule {
  return { max: TEXT_LIMITS.point, required: status === 'excused' };
}

/** 'invited' means nothing is marked: it is how a mark is cleared, never a mark that is stored. */
function isStoredStatus(status: AttendanceMark['status']): boolean {
  return status !== 'invited';
}

function checkReason(status: AttendanceMark['status'], raw: string): string {
  const check = new FieldChecker();
  const rule = reasonRule(status);
  const reason = check.line('reason', raw, rule.max, rule.required);
  check.finish();
  return reason;
}

/**
 * The mark an undo puts back comes from the window, which had it from the check-in's reply; it
 * is checked like any other input, by the rules mark() applies, so a damaged or forged one (a
 * stored "invited", an excused absence without a reason) cannot reach the file.
 */
function checkRestoredMark(mark: AttendanceMark): AttendanceMark {
  const reason = checkText(mark.reason, reasonRule(mark.status));
  if (!isStoredStatus(mark.status) || !isCoreInstant(mark.at) || reason.issue !== null) {
    throw new AppError('attendance.invalidPreviousMark');
  }
  return { status: mark.status, at: mark.at, reason: reason.value };
}

/** An instant exactly as the core writes every mark's time (toISOString): "2024-11-05T10:32:00.000Z", a real calendar day. */
function isCoreInstant(text: string): boolean {
  const time = Date.parse(text);
  return Number.isFinite(time) && new Date(time).toISOString() === text;
}

function withMark(
  marks: Readonly<Record<string, AttendanceMark>>,
  scope: string,
  status: AttendanceMark['status'],
  at: string,
  reason: string,
): Record<string, AttendanceMark> {
  const next = { ...marks };
  if (!isStoredStatus(status)) delete next[scope];
  else next[scope] = { status, at, reason };
  return next;
}

function replaceOrAppend(attendees: StoredAttendee[], attendee: StoredAttendee): void {
  const position = attendees.findIndex((candidate) => candidate.id === attendee.id);
  if (position === -1) attendees.push(attendee);
  else attendees[position] = attendee;
}

function setEach(
  attendees: StoredAttendee[],
  matches: (attendee: StoredAttendee) => boolean,
  change: (attendee: StoredAttendee) => StoredAttendee,
): string[] {
  const changed: string[] = [];
  attendees.forEach((attendee, position) => {
    if (!matches(attendee)) return;
    attendees[position] = change(attendee);
    changed.push(attendee.id);
  });
  return changed;
}
