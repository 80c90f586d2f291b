import type { DataBlockAttrs, DataBlockSource } from '../../contract/index.js';
import { isAbsent, isPresent } from '../../attendance/counts.js';
import type { MemberFacts, ReportFacts } from '../facts.js';
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
      const groups = attendanceGroups(facts);
      const total = groups.reduce(
        (sum, group) => ({ invited: sum.invited + group.invited, present: sum.present + group.present, absent: sum.absent + group.absent }),
        { invited: 0, present: 0, absent: 0 },
      );
      const rows = groups.map((group) => [group.name, count(group.invited), count(group.present), count(group.absent)]);
      return {
        source,
        caption: text.caption,
        columns: [text.category, text.invited, text.present, text.absent],
        rows: rows.length === 0 ? [] : [...rows, [text.total, count(total.invited), count(total.present), count(total.absent)]],
        emptyText: text.empty,
        refreshedAt,
      };
    }
    case 'feedbackByCategory': {
      const text = strings.feedbackByCategory;
      const rows = facts.feedback.categories.map((category) => [category.name || text.uncategorised, count(category.texts.length)]);
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
        member.name,
        chair ? (member.designation === '' ? text.chairOnly : sentence(text.chair, { designation: member.designation })) : member.designation,
        member.unit,
      ]);
      return { source, caption: text.caption, columns: [text.number, text.name, text.designation, text.unit], rows, emptyText: text.empty, refreshedAt };
    }
    case 'absentMembers': {
      const text = strings.absentMembers;
      const rows = facts.members
        .filter((member) => member.invited && isAbsent(member.status))
        .map((member, index) => [
          count(index + 1),
          member.name,
          member.designation,
          member.status === 'excused' && member.reason.trim() !== '' ? member.reason.trim() : text.withoutNotice,
        ]);
      return { source, caption: text.caption, columns: [text.number, text.name, text.designation, text.reason], rows, emptyText: text.empty, refreshedAt };
    }
  }
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

/** Who was present, the chair (of any session) first, as minutes list them. */
export function presentMembersChairFirst(facts: ReportFacts): Array<{ member: MemberFacts; chair: boolean }> {
  const chairNames = new Set(
    facts.sessions.flatMap((session) => session.roles.filter((role) => role.roleId === 'role-chair').flatMap((role) => role.holders.map((holder) => holder.name))),
  );
  const present = facts.members.filter((member) => isPresent(member.status)).map((member) => ({ member, chair: chairNames.has(member.name) }));
  return [...present.filter((entry) => entry.chair), ...present.filter((entry) => !entry.chair)];
}
