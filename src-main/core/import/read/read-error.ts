import { ERROR_CODES, type ErrorCode } from '../../contract/index.js';
import { AppError } from '../../errors.js';
import { columnLetter } from './column-letter.js';

/** Every refusal of the file reader; each is a key under "import" in locales/<lng>/errors.json. */
export type ImportReadErrorCode = Extract<ErrorCode, `import.${string}`>;
export const IMPORT_READ_ERROR_CODES: readonly ImportReadErrorCode[] = ERROR_CODES.filter((code): code is ImportReadErrorCode => code.startsWith('import.'));

/** Numbers and names the message interpolates, e.g. { row: 12, column: 'C', header: 'पता' }. */
export type ImportReadParams = Record<string, string | number>;

/** Builds the AppError for a refusal; its details.params are what the message interpolates. */
export function importReadError(code: ImportReadErrorCode, params: ImportReadParams = {}, cause?: unknown): AppError {
  return new AppError(code, { params }, cause === undefined ? undefined : { cause });
}

/** The params of an import refusal, for callers that show or test them. */
export function importReadParams(error: AppError): ImportReadParams {
  return error.details?.params ?? {};
}

/** Where a problem is: the 1-based row the user sees, the column letter and its header when known. */
export function cellAt(rowNumber: number, columnIndex: number, header?: string): ImportReadParams {
  return { row: rowNumber, column: columnLetter(columnIndex), header: header ?? '' };
}
