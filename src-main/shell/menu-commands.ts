import { SCREEN_COMMANDS } from '../core/contract/index.js';

/**
 * Menu items that stand for one of the app's keyboard shortcuts. `keys` is written as in the
 * renderer's shortcut list (src-renderer/app/shortcuts.ts, which a test compares with this one);
 * the menu shows it as Electron's accelerator, and choosing the item sends it to the window.
 */
export const FILE_COMMANDS = [
  { id: 'newProgramme', keys: 'Control+N' },
  { id: 'newPerson', keys: 'Control+Shift+N' },
  { id: 'searchPeople', keys: 'Control+K' },
  { id: 'checkInDesk', keys: 'Control+Shift+A' },
] as const;

/** What the open screen can do with its record; greyed out on screens that do not offer it. */
export const SCREEN_MENU_COMMANDS = SCREEN_COMMANDS;

export const LANGUAGE_COMMAND = { keys: 'Control+Shift+L' } as const;

/** The main areas in the sidebar's order; Alt+<position> opens each. */
export const AREA_COMMANDS = [
  { area: 'workshops', keys: 'Alt+1' },
  { area: 'people', keys: 'Alt+2' },
  { area: 'attendance', keys: 'Alt+3' },
  { area: 'feedback', keys: 'Alt+4' },
  { area: 'reports', keys: 'Alt+5' },
  { area: 'settings', keys: 'Alt+6' },
] as const;

export const HELP_COMMAND = { keys: 'F1' } as const;

/** "Control+Shift+N" → "CmdOrCtrl+Shift+N", Electron's name for the same keys. */
export function acceleratorFor(keys: string): string {
  return keys.replace(/^Control\+/, 'CmdOrCtrl+');
}
