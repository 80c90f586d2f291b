export type ExportFormat = 'xlsx' | 'csv';

export interface SaveFileRequest {
  /** A file name without folder, e.g. "टिप्पणियाँ - कार्यशाला.xlsx". */
  suggestedName: string;
  format: ExportFormat;
}

/**
 * Asks the user where to save a file and returns the chosen path, or null if they cancelled.
 * The Electron shell implements it with a save dialog; tests pass a function that picks a
 * temp path. The core itself never shows a dialog.
 */
export type PickSaveFile = (request: SaveFileRequest) => Promise<string | null>;
