import { Menu } from 'electron';
import type { Language } from '../core/contract/index.js';
import { buildMenuTemplate, type MenuOptions } from './menu-template.js';
import { MENU_LOCALES } from './menu-strings.js';

/** Installs the application menu in the given language. */
export function installAppMenu(language: Language, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, MENU_LOCALES, options)));
}
