import type { Attendance, AttendanceStatus, Category } from '../contract/index.js';
import type { Cell, Table } from '../export/feedback-table.js';
import { fill, type ExportStrings } from '../export/output-strings.js';
import { compareHindi } from '../text/normalize.js';

type AttendanceStrings = ExportStrings['attendance'];

interface RegisterLookups {
  categories: readonly Category[];
  /** Turns a stored ISO time into the same wall-clock time as a Date, so a spreadsheet shows the local time. */
  localTime: (iso: string) => Date;
}

/** Everyone on the list: details, whether invited, and per scope the status, its time and reason. */
export function registerTable(attendance: Attendance, lookups: RegisterLookups, strings: AttendanceStrings): Table {
  const categoryNames = new Map(lookups.categories.map((category) => [category.id, category.name]));
  const scopeColumns = attendance.scopes.flatMap((scope) => {
    const name = scope.name === '' ? strings.wholeProgramme : scope.name;
    return [
      fill(strings.columns.statusIn, { scope: name }),
      fill(strings.columns.timeIn, { scope: name }),
      fill(strings.columns.reasonIn, { scope: name }),
    ];
  });
  const header = [...detailHeader(strings), strings.columns.invited, ...scopeColumns];
  const rows = sortedByName(attendance).map((attendee, index): Cell[] => [
    ...detailCells(attendee, index, categoryNames, strings),
    attendee.invited ? strings.yes : strings.no,
    ...attendance.scopes.flatMap((scope): Cell[] => {
      const mark = attendee.marks[scope.id];
      const status: AttendanceStatus = mark?.status ?? 'invited';
      return [strings.status[status], mark === undefined ? null : lookups.localTime(mark.at), mark?.reason ?? ''];
    }),
  ]);
  return { header, rows };
}

/** The invitation list: invitees only, with their details. */
export function invitationsTable(attendance: Attendance, categories: readonly Category[], strings: AttendanceStrings): Table {
  const categoryNames = new Map(categories.map((category) => [category.id, category.name]));
  const invitees = sortedByName(attendance).filter((attendee) => attendee.invited);
  return { header: detailHeader(strings), rows: invitees.map((attendee, index) => detailCells(attendee, index, categoryNames, strings)) };
}

function detailHeader(strings: AttendanceStrings): string[] {
  const columns = strings.columns;
  return [columns.number, columns.name, columns.designation, columns.organisation, columns.category, columns.phone];
}

function detailCells(
  attendee: Attendance['attendees'][number],
  index: number,
  categoryNames: ReadonlyMap<string, string>,
  strings: AttendanceStrings,
): Cell[] {
  const category = attendee.categoryId === null ? strings.noCategory : (categoryNames.get(attendee.categoryId) ?? strings.noCategory);
  return [index + 1, attendee.name, attendee.designation, attendee.organisation, category, attendee.phone];
}

function sortedByName(attendance: Attendance): Attendance['attendees'] {
  return [...attendance.attendees].sort((a, b) => compareHindi(a.name, b.name));
}
