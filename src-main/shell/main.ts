import { app, dialog, session } from 'electron';
import type { Language } from '../core/contract/index.js';
import { openCore, type Core } from '../core/index.js';
import { installAppMenu } from './app-menu.js';
import { appPaths } from './app-paths.js';
import { registerAppScheme, serveRenderer } from './app-protocol.js';
import { createElectronPrinter } from './electron-printer.js';
import { openPicker } from './open-dialog.js';
import { relaunchAfterRestore } from './restart.js';
import { savePicker } from './save-dialog.js';
import { resolveDataDir } from './data-dir.js';
import { isDevMode } from './dev-mode.js';
import { forwardEvents, serveInvokes } from './ipc.js';
import { createMainWindow, focusWindow, type MainWindow } from './main-window.js';
import { MENU_LOCALES } from './menu-strings.js';
import { createQuitCoordinator } from './quit-coordinator.js';
import { backupFileIn } from './opened-file.js';
import { claimSingleInstance } from './single-instance.js';
import { startupErrorText } from './startup-error.js';
import { denyAllPermissions, guardAllWebContents } from './web-contents-guard.js';

/*
 * The composition root: the only place that knows the order things must happen in.
 * Scheme registration, the sandbox switch and the web-contents guard must all be in place
 * before the app is ready; the core is opened while Electron starts up.
 */

registerAppScheme();
app.enableSandbox();
guardAllWebContents();

let mainWindow: MainWindow | null = null;
let openedCore: Core | null = null;

if (
  claimSingleInstance((argv) => {
    focusWindow(mainWindow?.window ?? null);
    const backup = backupFileIn(argv);
    if (backup !== null) openedCore?.offerBackupFile(backup);
  })
) {
  start().catch(exitWithStartupError);
} else {
  app.quit();
}

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  // The save dialog speaks the user's language, which is known only once the core is open.
  let language = (): Language => 'hi';
  const printer = createElectronPrinter();
  const core = await openCore({
    dataDir,
    appVersion: app.getVersion(),
    log: reportError,
    pickSaveFile: savePicker(() => mainWindow?.window ?? null, () => language()),
    pickOpenFile: openPicker(() => mainWindow?.window ?? null, () => language()),
    onRestartRequired: relaunchAfterRestore,
    printer,
    systemPrint: printer,
  });
  language = () => core.settings().language;
  openedCore = core;
  // Started by a double click on a backup: the window offers to restore it once it asks.
  const backupToOffer = backupFileIn(process.argv);
  if (backupToOffer !== null) core.offerBackupFile(backupToOffer);
  await app.whenReady();

  const paths = appPaths(app.getAppPath());
  const devMode = isDevMode(process.env, app.isPackaged);
  denyAllPermissions(session.defaultSession);
  serveRenderer(paths.rendererRoot);
  // The menu is built anew when the language or the open screen's commands change; changing an
  // item's `enabled` in place has not always reached the menu bar (electron/electron#8703).
  const installMenu = () =>
    installAppMenu(core.settings().language, { devMode, onCommand: (command) => core.menuCommand(command), screenCommands: core.screenCommands() });
  installMenu();

  const stopServing = serveInvokes(core);
  const stopForwarding = forwardEvents(core, () => mainWindow?.window ?? null);
  const stopLanguageUpdates = core.onEvent((name) => {
    if (name === 'settings:changed') installMenu();
  });
  const stopScreenUpdates = core.onScreenCommandsChanged(installMenu);

  const quitCoordinator = createQuitCoordinator({
    closeCore: async () => {
      // Quitting from the menu closes the core before the window: the window saves first.
      await mainWindow?.saveEdits();
      stopServing();
      stopForwarding();
      stopLanguageUpdates();
      stopScreenUpdates();
      await mainWindow?.saveBoundsAndStop();
      await core.backupOnQuit();
      await core.close();
    },
    quit: () => app.quit(),
    reportError: (error) => reportError('Could not close the data folder cleanly', error),
  });
  app.on('before-quit', (event) => quitCoordinator.onBeforeQuit(event));
  app.on('window-all-closed', () => app.quit());

  openMainWindow(core, paths);
}

function openMainWindow(core: Core, paths: ReturnType<typeof appPaths>): void {
  const created = createMainWindow({
    core,
    preloadPath: paths.preload,
    iconPath: paths.icon,
    title: MENU_LOCALES[core.settings().language].dialogs.appName,
    reportError,
  });
  created.window.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = created;
}

async function exitWithStartupError(error: unknown): Promise<void> {
  reportError('Sachiv could not start', error);
  // Before ready, Linux would print the error box to stderr instead of showing it.
  await app.whenReady();
  const text = startupErrorText(error, MENU_LOCALES);
  dialog.showErrorBox(text.title, text.content);
  app.exit(1);
}

function reportError(message: string, error?: unknown): void {
  console.error(`[sachiv] ${message}`, error ?? '');
}
