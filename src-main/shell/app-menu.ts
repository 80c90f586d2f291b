import { app, Menu } from 'electron';
import type { Language } from '../core/contract/index.js';
import { buildMenuTemplate, type MenuOptions } from './menu-template.js';
import { MENU_LOCALES } from './menu-strings.js';

/** Installs the application menu (and the About box's name) in the given language. */
export function installAppMenu(language: Language, options: MenuOptions): void {
  app.setAboutPanelOptions({ applicationName: MENU_LOCALES[language].dialogs.appName, applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, MENU_LOCALES, options)));
}
