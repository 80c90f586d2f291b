import { extname } from 'node:path';
import type { Language, Lists } from '../contract/index.js';
import { DEFAULT_RENAME_RETRY_MS, writeFileAtomic } from '../db/index.js';
import { AppError } from '../errors.js';
import type { FeedbackService } from '../feedback/service.js';
import type { ProgrammesService } from '../programmes/service.js';
import { feedbackTable } from './feedback-table.js';
import { exportStrings, fill } from './output-strings.js';
import type { ExportFormat, PickSaveFile } from './ports.js';
import { safeFileName } from './spreadsheet-safety.js';
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

/**
 * Exports a programme's feedback log to a file the user picks. The file is written like our
 * own data (temp file, fsync, rename), so a cancelled or failed export never leaves half a
 * spreadsheet where an old one was. Resolves with null if the user cancelled.
 */
export async function exportFeedback(
  deps: FeedbackExportDeps,
  request: { programmeId: string; format: ExportFormat },
): Promise<{ path: string } | null> {
  if (deps.pickSaveFile === undefined) throw new AppError('export.unavailable');
  const programme = await deps.programmes.get(request.programmeId);
  const { items } = await deps.feedback.list(request.programmeId);
  const strings = exportStrings(deps.language());
  const table = feedbackTable(items, { lists: deps.lists(), personName: deps.personName }, strings);
  const content = request.format === 'xlsx' ? await tableToXlsx(table, strings.feedback.sheetName) : tableToCsv(table);

  const suggestedName = `${safeFileName(fill(strings.feedback.fileName, { title: programme.title }))}.${request.format}`;
  const chosen = await deps.pickSaveFile({ suggestedName, format: request.format });
  if (chosen === null) return null;
  const path = extname(chosen).toLowerCase() === `.${request.format}` ? chosen : `${chosen}.${request.format}`;
  try {
    await writeFileAtomic(path, content, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
  } catch (error) {
    throw new AppError('export.writeFailed', { path, message: String(error) }, { cause: error });
  }
  return { path };
}
