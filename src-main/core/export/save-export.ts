import { extname } from 'node:path';
import { DEFAULT_RENAME_RETRY_MS, writeFileAtomic } from '../db/index.js';
import { AppError } from '../errors.js';
import type { ExportFormat, PickSaveFile } from './ports.js';
import { safeFileName } from './spreadsheet-safety.js';

/**
 * Asks the user where to save an export and writes it like our own data (temp file, fsync,
 * rename), so a cancelled or failed export never leaves half a file where an old one was.
 * `content` is produced only after the user chose a place. Resolves with null if they cancelled.
 */
export async function saveExport(
  pickSaveFile: PickSaveFile | undefined,
  request: { baseName: string; format: Exclude<ExportFormat, 'sachiv-backup'> },
  content: () => Promise<Uint8Array>,
): Promise<{ path: string } | null> {
  if (pickSaveFile === undefined) throw new AppError('export.unavailable');
  const suggestedName = `${safeFileName(request.baseName)}.${request.format}`;
  const chosen = await pickSaveFile({ suggestedName, format: request.format });
  if (chosen === null) return null;
  const path = extname(chosen).toLowerCase() === `.${request.format}` ? chosen : `${chosen}.${request.format}`;
  const bytes = await content();
  try {
    await writeFileAtomic(path, bytes, { renameRetryMs: DEFAULT_RENAME_RETRY_MS });
  } catch (error) {
    throw new AppError('export.writeFailed', { path, message: String(error) }, { cause: error });
  }
  return { path };
}
