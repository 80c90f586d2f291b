import { app, dialog, type BrowserWindow } from 'electron';
import type { Language } from '../core/contract/index.js';
import type { PickOpenFile } from '../core/index.js';
import { MENU_LOCALES } from './menu-strings.js';
import { saveDialogFilters } from './save-dialog.js';

/**
 * The core's "which file should I open?" port, answered with the system open dialog attached to
 * the main window. It starts in Documents, where "बैकअप लें" suggests saving, and offers only
 * backup files, though the core verifies whatever is picked anyway.
 */
export function openPicker(window: () => BrowserWindow | null, language: () => Language): PickOpenFile {
  return async ({ format }) => {
    const strings = MENU_LOCALES[language()];
    const options = {
      title: format === 'sachiv-backup' ? strings.dialogs.openBackupTitle : strings.dialogs.openImportTitle,
      defaultPath: app.getPath('documents'),
      filters: format === 'sachiv-backup' ? saveDialogFilters(format, strings) : [{ name: strings.dialogs.spreadsheetFiles, extensions: ['xlsx', 'csv', 'txt', 'tsv'] }],
      properties: ['openFile'] as Array<'openFile'>,
    };
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    const [path] = result.filePaths;
    return result.canceled || path === undefined ? null : path;
  };
}
