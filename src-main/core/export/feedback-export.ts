import type { Language, Lists } from '../contract/index.js';
import type { FeedbackService } from '../feedback/service.js';
import type { ProgrammesService } from '../programmes/service.js';
import { feedbackTable } from './feedback-table.js';
import { exportStrings, fill } from './output-strings.js';
import type { PickSaveFile } from './ports.js';
import { saveExport } from './save-export.js';
import { tableToCsv } from './write-csv.js';
import { tableToXlsx } from './write-xlsx.js';

export interface FeedbackExportDeps {
  programmes: ProgrammesService;
  feedback: FeedbackService;
  lists: () => Lists;
  personName: (personId: string) => string | null;
  language: () => Language;
  pickSaveFile: PickSaveFile | undefined;
}

/** Exports a programme's feedback log to a file the user picks; null if they cancelled. */
export async function exportFeedback(
  deps: FeedbackExportDeps,
  request: { programmeId: string; format: 'xlsx' | 'csv' },
): Promise<{ path: string } | null> {
  const programme = await deps.programmes.get(request.programmeId);
  const { items } = await deps.feedback.list(request.programmeId);
  const strings = exportStrings(deps.language());
  const table = feedbackTable(items, { lists: deps.lists(), personName: deps.personName }, strings);
  return saveExport(
    deps.pickSaveFile,
    { baseName: fill(strings.feedback.fileName, { title: programme.title }), format: request.format },
    async () => (request.format === 'xlsx' ? await tableToXlsx(table, strings.feedback.sheetName) : tableToCsv(table)),
  );
}
