import type { MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand, ScreenCommandId } from '../core/contract/index.js';
import type { MenuLocales } from './menu-strings.js';
import { acceleratorFor, AREA_COMMANDS, FILE_COMMANDS, HELP_COMMAND, LANGUAGE_COMMAND, SCREEN_MENU_COMMANDS } from './menu-commands.js';
import enNav from '../../locales/en/nav.json' with { type: 'json' };
import hiNav from '../../locales/hi/nav.json' with { type: 'json' };

export interface MenuOptions {
  /** Reload is offered only while developing; in the installed app it would drop unsaved form input. */
  devMode: boolean;
  /** Runs a menu item in the window: as if its keyboard shortcut was pressed, or by opening its screen. */
  onCommand?: (command: MenuCommand) => void;
  /** What the open screen offers of save, print and export; the others are greyed out. */
  screenCommands?: readonly ScreenCommandId[];
}

/** Menu item ids, by which the Electron end-to-end test finds the items. */
export const ABOUT_MENU_ITEM_ID = 'about';
export function menuItemId(keys: string): string {
  return `keys:${keys}`;
}

const NAV: Record<Language, typeof hiNav> = { hi: hiNav, en: enNav };

/**
 * The application menu in the user's language. Standard items are Electron roles. The app's own
 * items show their keyboard shortcut but leave the key to the window (registerAccelerator off),
 * which handles it like every other shortcut; choosing the item sends the same shortcut there.
 */
export function buildMenuTemplate(
  language: Language,
  locales: MenuLocales,
  options: MenuOptions = { devMode: false },
): MenuItemConstructorOptions[] {
  const strings = locales[language];
  const command = (label: string, keys: string, enabled = true): MenuItemConstructorOptions => ({
    id: menuItemId(keys),
    label,
    accelerator: acceleratorFor(keys),
    registerAccelerator: false,
    enabled,
    click: () => options.onCommand?.({ keys }),
  });
  const offered = new Set(options.screenCommands ?? []);
  const fileItems: MenuItemConstructorOptions[] = [
    ...FILE_COMMANDS.map((item) => command(strings.file[item.id], item.keys)),
    { type: 'separator' },
    ...SCREEN_MENU_COMMANDS.map((item) => command(strings.file[item.id], item.keys, offered.has(item.id))),
    { type: 'separator' },
    command(strings.file.switchLanguage, LANGUAGE_COMMAND.keys),
    { type: 'separator' },
    { role: 'quit', label: strings.file.quit },
  ];
  const goItems = AREA_COMMANDS.map((item) => command(NAV[language][item.area], item.keys));
  const viewItems: MenuItemConstructorOptions[] = [
    ...(options.devMode ? [{ role: 'reload', label: strings.view.reload } as const, { type: 'separator' } as const] : []),
    { role: 'resetZoom', label: strings.view.resetZoom },
    { role: 'zoomIn', label: strings.view.zoomIn },
    { role: 'zoomOut', label: strings.view.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: strings.view.toggleFullScreen },
  ];
  return [
    { label: strings.file.title, submenu: fileItems },
    {
      label: strings.edit.title,
      submenu: [
        { role: 'undo', label: strings.edit.undo },
        { role: 'redo', label: strings.edit.redo },
        { type: 'separator' },
        { role: 'cut', label: strings.edit.cut },
        { role: 'copy', label: strings.edit.copy },
        { role: 'paste', label: strings.edit.paste },
        { type: 'separator' },
        { role: 'selectAll', label: strings.edit.selectAll },
      ],
    },
    { label: strings.view.title, submenu: viewItems },
    { label: strings.go.title, submenu: goItems },
    {
      role: 'help',
      label: strings.help.title,
      submenu: [
        command(strings.help.shortcuts, HELP_COMMAND.keys),
        { type: 'separator' },
        // The app's own About screen: version, data folder and licences, which Electron's panel cannot show.
        { id: ABOUT_MENU_ITEM_ID, label: strings.help.about, click: () => options.onCommand?.({ open: 'about' }) },
      ],
    },
  ];
}
