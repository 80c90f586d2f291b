import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { IMPORT_FILE_MAX_BYTES, type ImportPreview } from '../contract/index.js';
import { AppError } from '../errors.js';
import type { PickOpenFile } from '../export/ports.js';
import { describeColumns } from './describe-columns.js';
import { guessMapping } from './guess-mapping.js';
import type { MappingMemory } from './mapping-memory.js';
import type { PendingImports } from './pending-imports.js';
import { readTable } from './read/index.js';

/** Rows shown as they are in the file, under the mapping controls. */
export const PREVIEW_ROWS = 5;

export interface OpenImportDeps {
  pickOpenFile: PickOpenFile | undefined;
  pending: PendingImports;
  memory: MappingMemory;
  onProgress: (fraction: number) => void;
}

/** Asks for a spreadsheet, reads it and keeps it in memory under a new import id; null if the user cancelled. */
export async function openImport(deps: OpenImportDeps): Promise<ImportPreview | null> {
  if (!deps.pickOpenFile) throw new AppError('export.unavailable');
  const path = await deps.pickOpenFile({ format: 'people-import' });
  if (path === null) return null;

  const fileName = basename(path);
  const unreadable = (error: unknown) => {
    throw new AppError('peopleImport.readFailed', { path: fileName }, { cause: error });
  };
  const size = await stat(path).then((info) => info.size, unreadable);
  // Refused before reading, so a 2 GB file chosen by mistake is never loaded into memory.
  if (size > IMPORT_FILE_MAX_BYTES) throw new AppError('import.fileTooLarge', { params: { max: IMPORT_FILE_MAX_BYTES / (1024 * 1024) } });

  deps.onProgress(0);
  const bytes = await readFile(path).catch(unreadable);
  const table = await readTable(bytes, fileName, { onProgress: deps.onProgress });
  deps.onProgress(1);

  const columns = describeColumns(table);
  const mapping = (await deps.memory.recall(table.headers)) ?? guessMapping(table.headers);
  const pending = deps.pending.add({ fileName, table, columns });
  return {
    importId: pending.importId,
    fileName,
    format: table.format,
    encoding: table.encoding,
    sheetName: table.sheetName,
    rowCount: table.rows.length,
    columns,
    mapping,
    previewRows: table.rows.slice(0, PREVIEW_ROWS),
  };
}
