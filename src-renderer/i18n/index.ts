import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../src-main/core/contract/index.js';
import { defaultNS, resources } from './resources';

/**
 * Starts in Hindi; the saved language is applied by LanguageSync as soon as settings load.
 * Resources are bundled, so initialisation is synchronous and nothing flashes untranslated.
 */
export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: 'hi',
    fallbackLng: 'en',
    supportedLngs: ['hi', 'en'],
    ns: Object.keys(resources.hi),
    defaultNS,
    resources,
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
