import { SCREEN_COMMAND_KEYS, SCREEN_COMMANDS, type ScreenCommandId } from '../../src-main/core/contract/index.js';
import { AREAS, shortcutFor, type AreaId } from './areas';

/**
 * Every keyboard shortcut of the app, in one list: the global handler acts on the global ones,
 * the help sheet (F1) shows all of them, and an end-to-end test presses each global one, so the
 * sheet cannot promise a key that does nothing. Keys are written as aria-keyshortcuts values.
 */
export type GlobalShortcut =
  | { id: 'area'; keys: string; area: AreaId; path: string }
  | { id: 'searchPeople' | 'newProgramme' | 'newPerson' | 'checkInDesk' | 'switchLanguage' | 'help'; keys: string };

export const GLOBAL_SHORTCUTS: readonly GlobalShortcut[] = [
  ...AREAS.map((area, position): GlobalShortcut => ({ id: 'area', keys: shortcutFor(position), area: area.id, path: area.path })),
  { id: 'searchPeople', keys: 'Control+K' },
  { id: 'newProgramme', keys: 'Control+N' },
  { id: 'newPerson', keys: 'Control+Shift+N' },
  { id: 'checkInDesk', keys: 'Control+Shift+A' },
  { id: 'switchLanguage', keys: 'Control+Shift+L' },
  { id: 'help', keys: 'F1' },
];

/**
 * What the open screen does with its record, from the keyboard or the File menu; a screen
 * offers them with useScreenCommand, and the menu greys out the ones it does not offer.
 */
export const SCREEN_COMMAND_SHORTCUTS = SCREEN_COMMANDS;

export function screenCommandKeys(id: ScreenCommandId): string {
  return SCREEN_COMMAND_KEYS[id];
}

export function globalShortcutKeys(id: Exclude<GlobalShortcut['id'], 'area'>): string {
  return GLOBAL_SHORTCUTS.find((shortcut) => shortcut.id === id)?.keys ?? '';
}

/** Keys that work on one screen; the sheet lists them, each screen's own tests press them. */
export const SCREEN_SHORTCUTS: ReadonlyArray<{ id: ScreenCommandId | 'checkIn' | 'undoCheckIn' | 'closeDialog'; keys: string }> = [
  ...SCREEN_COMMAND_SHORTCUTS,
  { id: 'checkIn', keys: 'Enter' },
  { id: 'undoCheckIn', keys: 'Control+Z' },
  { id: 'closeDialog', keys: 'Escape' },
];


/** The keys as people read them ("Ctrl+S") rather than the aria-keyshortcuts spelling ("Control+S"). */
export function shownKeys(keys: string): string {
  return keys.replace('Control', 'Ctrl');
}
