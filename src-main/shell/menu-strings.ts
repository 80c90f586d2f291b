import type { Language } from '../core/contract/index.js';
import enMenu from '../../locales/en/menu.json' with { type: 'json' };
import hiMenu from '../../locales/hi/menu.json' with { type: 'json' };

/** The shape of locales/<lng>/menu.json, taken from the Hindi source locale. */
export type MenuStrings = typeof hiMenu;
export type MenuLocales = Record<Language, MenuStrings>;

/** Both menu locales; English is checked against the Hindi shape at compile time. */
export const MENU_LOCALES: MenuLocales = { hi: hiMenu, en: enMenu };
