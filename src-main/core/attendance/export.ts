import type { Category, ChannelParsedInput, Language } from '../contract/index.js';
import { exportStrings, fill } from '../export/output-strings.js';
import type { PickSaveFile } from '../export/ports.js';
import { saveExport } from '../export/save-export.js';
import { tableToCsv } from '../export/write-csv.js';
import { tableToXlsx } from '../export/write-xlsx.js';
import { invitationsTable, registerTable } from './register-table.js';
import type { AttendanceService } from './service.js';

export interface AttendanceExportDeps {
  attendance: AttendanceService;
  programmeTitle: (programmeId: string) => Promise<string>;
  categories: () => readonly Category[];
  language: () => Language;
  pickSaveFile: PickSaveFile | undefined;
}

/** The attendance register or the invitation list as XLSX or CSV, saved where the user picks. */
export async function exportAttendance(
  deps: AttendanceExportDeps,
  request: ChannelParsedInput<'attendance:export'>,
): Promise<{ path: string } | null> {
  const attendance = await deps.attendance.get(request.programmeId);
  const title = await deps.programmeTitle(request.programmeId);
  const strings = exportStrings(deps.language()).attendance;
  const isRegister = request.list === 'register';
  const table = isRegister
    ? registerTable(attendance, { categories: deps.categories(), localTime: wallClockAsUtc }, strings)
    : invitationsTable(attendance, deps.categories(), strings);
  const sheetName = isRegister ? strings.sheetName : strings.invitationsSheetName;
  const baseName = fill(isRegister ? strings.fileName : strings.invitationsFileName, { title });
  return saveExport(deps.pickSaveFile, { baseName, format: request.format }, async () =>
    request.format === 'xlsx' ? await tableToXlsx(table, sheetName) : tableToCsv(table),
  );
}

/** The local wall-clock time of an instant, as a UTC Date: spreadsheets have no time zones. */
function wallClockAsUtc(iso: string): Date {
  const local = new Date(iso);
  return new Date(
    Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()),
  );
}
