import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { join } from 'node:path';
import type { Language } from '../core/contract/index.js';
import type { ExportFormat, PickSaveFile } from '../core/index.js';
import { MENU_LOCALES, type MenuStrings } from './menu-strings.js';

/** The file-type choice offered in the save dialog for each export format. Pure. */
export function saveDialogFilters(format: ExportFormat, strings: MenuStrings): FileFilter[] {
  switch (format) {
    case 'xlsx':
      return [{ name: strings.dialogs.excelFiles, extensions: ['xlsx'] }];
    case 'csv':
      return [{ name: strings.dialogs.csvFiles, extensions: ['csv'] }];
    case 'pdf':
      return [{ name: strings.dialogs.pdfFiles, extensions: ['pdf'] }];
    case 'docx':
      return [{ name: strings.dialogs.wordFiles, extensions: ['docx'] }];
    case 'sachiv-backup':
      return [{ name: strings.dialogs.backupFiles, extensions: ['sachiv-backup'] }];
  }
}

/**
 * The core's "where should this file go?" port, answered with the system save dialog, attached
 * to the main window and opening in the user's Documents folder.
 */
export function savePicker(window: () => BrowserWindow | null, language: () => Language): PickSaveFile {
  return async ({ suggestedName, format }) => {
    const strings = MENU_LOCALES[language()];
    const options = {
      title: strings.dialogs.saveTitle,
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: saveDialogFilters(format, strings),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
    };
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
