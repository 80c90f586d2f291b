/** The spreadsheet, PDF and Word exports, and 'sachiv-backup' for an archive of the whole data folder. */
export type ExportFormat = 'xlsx' | 'csv' | 'pdf' | 'docx' | 'sachiv-backup';

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

/** The kinds of file the core asks the user to open. */
export type OpenFormat = 'sachiv-backup' | 'people-import';

export interface OpenFileRequest {
  format: OpenFormat;
}

/**
 * Asks the user which existing file to open and returns its path, or null if they cancelled.
 * Like PickSaveFile, the shell answers it with the system dialog and tests with a fixed path.
 */
export type PickOpenFile = (request: OpenFileRequest) => Promise<string | null>;
