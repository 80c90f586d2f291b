import type { DataBlockAttrs, DataBlockSource } from '../../contract/index.js';
import { isAbsent, isPresent } from '../../attendance/counts.js';
import { sameName } from '../grammar/people-text.js';
import { isMeetingKind } from './kind.js';
import type { MemberFacts, PersonFacts, ReportFacts } from '../facts.js';
import { reportNumber } from '../text/numbers.js';
import { reportStrings, sentence } from '../text/report-strings.js';

/**
 * The tables a report can hold and refresh from the record. Each is a snapshot of text, so
 * the PDF and DOCX writers print it without knowing where it came from.
 */
export function buildDataBlock(source: DataBlockSource, facts: ReportFacts, refreshedAt: string): DataBlockAttrs {
  const strings = reportStrings(facts.language).dataBlocks;
  const count = (value: number) => reportNumber(value, facts.language, facts.digits);
  switch (source) {
    case 'attendanceByCategory': {
      const text = strings.attendanceByCategory;
      return { source, ...countsTable(attendanceGroups(facts), text.category, text, count), refreshedAt };
    }
    case 'attendanceByOrganisation': {
      const text = strings.attendanceByOrganisation;
      return { source, ...countsTable(organisationGroups(facts), text.organisation, text, count), refreshedAt };
    }
    case 'feedbackByCategory': {
      const text = strings.feedbackByCategory;
      const rows = facts.feedback.categories.map((category) => [category.name || text.uncategorised, count(category.count)]);
      return {
        source,
        caption: text.caption,
        columns: [text.category, text.count],
        rows: rows.length === 0 ? [] : [...rows, [text.total, count(facts.feedback.total)]],
        emptyText: text.empty,
        refreshedAt,
      };
    }
    case 'presentMembers': {
      const text = strings.presentMembers;
      const rows = presentMembersChairFirst(facts).map(({ member, chair }, index) => [
        count(index + 1),
        titledName(member),
        chair ? chairDesignation(member.designation, text) : member.designation,
        // The organiser's own members by its short form ("समिति"), so the column does not repeat its full name on every row.
        unitName(member.unit, facts),
      ]);
      const caption = isMeetingKind(facts) ? text.caption : text.captionOther;
      return { source, caption, columns: [text.number, text.name, text.designation, text.unit], rows, emptyText: text.empty, refreshedAt };
    }
    case 'absentMembers': {
      const text = strings.absentMembers;
      const rows = facts.members
        .filter((member) => member.invited && isAbsent(member.status))
        .map((member, index) => [
          count(index + 1),
          titledName(member),
          member.designation,
          member.status === 'excused' && member.reason.trim() !== '' ? member.reason.trim() : text.withoutNotice,
        ]);
      const caption = isMeetingKind(facts) ? text.caption : text.captionOther;
      // "Nobody was absent" only when invitees were listed and every one was marked; otherwise the record cannot say so.
      const invited = facts.members.some((member) => member.invited);
      const emptyText = !invited || unmarkedInvitees(facts) > 0 ? text.emptyUnmarked : isMeetingKind(facts) ? text.empty : text.emptyOther;
      return { source, caption, columns: [text.number, text.name, text.designation, text.reason], rows, emptyText, refreshedAt };
    }
  }
}

interface AttendanceCounts {
  name: string;
  invited: number;
  present: number;
  absent: number;
}

/** Invited, present and absent per group, with a total row: the tables by category and by organisation. */
function countsTable(
  groups: readonly AttendanceCounts[],
  groupColumn: string,
  text: { caption: string; invited: string; present: string; absent: string; total: string; empty: string },
  count: (value: number) => string,
): Pick<DataBlockAttrs, 'caption' | 'columns' | 'rows' | 'emptyText'> {
  const total = groups.reduce(
    (sum, group) => ({ invited: sum.invited + group.invited, present: sum.present + group.present, absent: sum.absent + group.absent }),
    { invited: 0, present: 0, absent: 0 },
  );
  const rows = groups.map((group) => [group.name, count(group.invited), count(group.present), count(group.absent)]);
  return {
    caption: text.caption,
    columns: [groupColumn, text.invited, text.present, text.absent],
    rows: rows.length === 0 ? [] : [...rows, [text.total, count(total.invited), count(total.present), count(total.absent)]],
    emptyText: text.empty,
  };
}

/** Present people by category, in the directory's category order, people without one last. */
export function attendanceGroups(facts: ReportFacts): Array<{ categoryId: string | null; name: string; invited: number; present: number; absent: number }> {
  const uncategorised = reportStrings(facts.language).attendance.uncategorised;
  const order = [...facts.categories.map((category) => category.id), null];
  const groups = new Map<string | null, { categoryId: string | null; name: string; invited: number; present: number; absent: number }>();
  for (const member of facts.members) {
    const known = facts.categories.some((category) => category.id === member.categoryId);
    const key = known ? member.categoryId : null;
    const group = groups.get(key) ?? {
      categoryId: key,
      name: key === null ? uncategorised : (facts.categories.find((category) => category.id === key)?.name ?? uncategorised),
      invited: 0,
      present: 0,
      absent: 0,
    };
    if (member.invited) group.invited += 1;
    if (isPresent(member.status)) group.present += 1;
    if (member.invited && isAbsent(member.status)) group.absent += 1;
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([, group]) => group);
}

/** Present people by organisation, in order of how many came, people without one last. */
export function organisationGroups(facts: ReportFacts): Array<{ name: string; named: boolean; invited: number; present: number; absent: number }> {
  const none = reportStrings(facts.language).dataBlocks.attendanceByOrganisation.none;
  const groups = new Map<string, { name: string; named: boolean; invited: number; present: number; absent: number }>();
  for (const member of facts.members) {
    const key = member.unit.trim();
    const group = groups.get(key) ?? { name: key === '' ? none : key, named: key !== '', invited: 0, present: 0, absent: 0 };
    if (member.invited) group.invited += 1;
    if (isPresent(member.status)) group.present += 1;
    if (member.invited && isAbsent(member.status)) group.absent += 1;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a, first], [b, second]) => Number(a === '') - Number(b === '') || second.present - first.present || second.invited - first.invited)
    .map(([, group]) => group);
}

/** Invitees with nothing marked yet: the minutes must not call them present or absent. */
export function unmarkedInvitees(facts: ReportFacts): number {
  return facts.members.filter((member) => member.invited && member.status === 'invited').length;
}

/**
 * Who was present as minutes list them: the chair (of any session) first, then those who held
 * another role (the member secretary who gave the vote of thanks), then everyone else.
 */
export function presentMembersChairFirst(facts: ReportFacts): Array<{ member: MemberFacts; chair: boolean }> {
  const holdersOf = (chair: boolean) =>
    facts.sessions.flatMap((session) => session.roles.filter((role) => (role.roleId === 'role-chair') === chair).flatMap((role) => role.holders));
  const isAmong = (holders: readonly PersonFacts[], member: MemberFacts) =>
    holders.some((holder) => holder.key === member.key || (holder.name !== '' && holder.name === member.name));
  const chairs = holdersOf(true);
  const others = holdersOf(false);
  const rank = (member: MemberFacts) => (isAmong(chairs, member) ? 0 : isAmong(others, member) ? 1 : 2);
  return facts.members
    .filter((member) => isPresent(member.status))
    .map((member) => ({ member, rank: rank(member) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ member, rank: position }) => ({ member, chair: position === 0 }));
}

function unitName(unit: string, facts: ReportFacts): string {
  return facts.organiserShort !== '' && unit !== '' && sameName(unit, facts.organiser) ? facts.organiserShort : unit;
}

function titledName(member: MemberFacts): string {
  return [member.title, member.name].filter((part) => part !== '').join(' ');
}

/** "अध्यक्ष" once: a chair whose designation already says so is not written "अध्यक्ष (अध्यक्ष)". */
function chairDesignation(designation: string, text: { chair: string; chairOnly: string }): string {
  if (designation === '') return text.chairOnly;
  return designation.includes(text.chairOnly) ? designation : sentence(text.chair, { designation });
}
