import hiCommon from '../../locales/hi/common.json';
import hiErrors from '../../locales/hi/errors.json';
import hiNav from '../../locales/hi/nav.json';
import hiPeople from '../../locales/hi/people.json';
import hiSettings from '../../locales/hi/settings.json';
import enCommon from '../../locales/en/common.json';
import enErrors from '../../locales/en/errors.json';
import enNav from '../../locales/en/nav.json';
import enPeople from '../../locales/en/people.json';
import enSettings from '../../locales/en/settings.json';

export const defaultNS = 'common';

/** Hindi is the source language: its files define the keys that every t() call is checked against. */
export const sourceResources = {
  common: hiCommon,
  errors: hiErrors,
  nav: hiNav,
  people: hiPeople,
  settings: hiSettings,
} as const;

export const resources = {
  hi: sourceResources,
  en: { common: enCommon, errors: enErrors, nav: enNav, people: enPeople, settings: enSettings },
} as const;
