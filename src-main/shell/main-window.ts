import { BrowserWindow, dialog, screen } from 'electron';
import { MENU_LOCALES } from './menu-strings.js';
import type { Core, WindowBounds } from '../core/index.js';
import { APP_ENTRY_URL } from './app-origin.js';
import { webPreferencesFor } from './web-preferences.js';
import { fitWindowBounds, MIN_WINDOW_SIZE } from './window-bounds.js';

/** How long closing waits for the window to save what its editors still hold. */
export const RENDERER_SAVE_WAIT_MS = 3000;

export interface MainWindowOptions {
  core: Core;
  preloadPath: string;
  iconPath: string;
  title: string;
  reportError: (message: string, error: unknown) => void;
}

export interface MainWindow {
  window: BrowserWindow;
  /**
   * Saves the window's size and position one last time and stops saving them, because the
   * core is about to close (quitting from the menu closes the core before the window).
   */
  saveBoundsAndStop(): Promise<void>;
  /** Asks the window to save its editors' pending changes, unless it is already gone. */
  saveEdits(): Promise<void>;
}

/**
 * The one application window. It opens where it was last closed (moved onto a screen that
 * still exists) and is shown only once the page has painted, so the user never sees a white
 * flash. DevTools stay closed.
 */
export function createMainWindow(options: MainWindowOptions): MainWindow {
  const { core } = options;
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const bounds = fitWindowBounds(core.windowBounds(), workAreas);
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    icon: options.iconPath,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferencesFor(options.preloadPath),
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let coreOpen = true;
  const saveBounds = async (): Promise<void> => {
    if (!coreOpen || window.isDestroyed()) return;
    await core.saveWindowBounds(currentBounds(window));
  };
  // The editors may hold a change typed less than a second ago: the first close is held back
  // until the window has saved it (or a short wait is over), then the window really closes.
  let closeAllowed = false;
  window.on('close', (event) => {
    if (coreOpen && !closeAllowed) {
      event.preventDefault();
      void core
        .saveRendererEdits(RENDERER_SAVE_WAIT_MS)
        .then((outcome) => (outcome === 'notSaved' ? closeDespiteUnsavedEdits(window, core) : true))
        .catch(() => true)
        .then((close) => {
          if (!close || window.isDestroyed()) return;
          closeAllowed = true;
          window.close();
        });
      return;
    }
    saveBounds().catch((error: unknown) => options.reportError('Could not save the window position', error));
  });

  const saveEdits = async (): Promise<void> => {
    if (window.isDestroyed()) return;
    await core.saveRendererEdits(RENDERER_SAVE_WAIT_MS);
  };
  // Windows does not emit before-quit when the user logs off or shuts down; these window
  // events are the last chance to get pending writes onto the disk.
  const flushForSessionEnd = (): void => {
    saveEdits()
      .then(saveBounds)
      .then(() => (coreOpen ? core.flush() : undefined))
      .catch((error: unknown) => options.reportError('Could not save before the session ended', error));
  };
  window.on('query-session-end', flushForSessionEnd);
  window.on('session-end', flushForSessionEnd);

  void window.loadURL(APP_ENTRY_URL);
  const saveBoundsAndStop = async (): Promise<void> => {
    try {
      await saveBounds();
    } finally {
      coreOpen = false;
    }
  };
  return { window, saveBoundsAndStop, saveEdits };
}

/** A save failed as the window was closing: the user decides whether to stay or lose that text. */
async function closeDespiteUnsavedEdits(window: BrowserWindow, core: Core): Promise<boolean> {
  const strings = MENU_LOCALES[core.settings().language].dialogs;
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: strings.unsavedTitle,
    message: strings.unsavedTitle,
    detail: strings.unsavedMessage,
    buttons: [strings.unsavedStay, strings.unsavedClose],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

function currentBounds(window: BrowserWindow): WindowBounds {
  const normal = window.getNormalBounds();
  return { x: normal.x, y: normal.y, width: normal.width, height: normal.height, maximized: window.isMaximized() };
}

/** Brings the window to the front, restoring it if it was minimised. */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
