import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../core/contract/index.js';
import type { MenuLocales } from './menu-strings.js';

export interface MenuOptions {
  /** Reload is offered only while developing; in the installed app it would drop unsaved form input. */
  devMode: boolean;
}

/**
 * The application menu in the user's language. Every item is an Electron role, so the
 * behaviour (and the keyboard shortcut) comes from Electron and only the label is ours.
 */
export function buildMenuTemplate(
  language: Language,
  locales: MenuLocales,
  options: MenuOptions = { devMode: false },
): MenuItemConstructorOptions[] {
  const strings = locales[language];
  const viewItems: MenuItemConstructorOptions[] = [
    ...(options.devMode ? [{ role: 'reload', label: strings.view.reload } as const, { type: 'separator' } as const] : []),
    { role: 'resetZoom', label: strings.view.resetZoom },
    { role: 'zoomIn', label: strings.view.zoomIn },
    { role: 'zoomOut', label: strings.view.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: strings.view.toggleFullScreen },
  ];
  return [
    { label: strings.file.title, submenu: [{ role: 'quit', label: strings.file.quit }] },
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
    { role: 'help', label: strings.help.title, submenu: [{ role: 'about', label: strings.help.about }] },
  ];
}
