import hiAttendance from '../../locales/hi/attendance.json';
import hiBackup from '../../locales/hi/backup.json';
import hiCommon from '../../locales/hi/common.json';
import hiErrors from '../../locales/hi/errors.json';
import hiFeedback from '../../locales/hi/feedback.json';
import hiHelp from '../../locales/hi/help.json';
import hiLists from '../../locales/hi/lists.json';
import hiNav from '../../locales/hi/nav.json';
import hiOrganisation from '../../locales/hi/organisation.json';
import hiPeople from '../../locales/hi/people.json';
import hiPeopleImport from '../../locales/hi/peopleImport.json';
import hiReportEditor from '../../locales/hi/reportEditor.json';
import hiReports from '../../locales/hi/reports.json';
import hiProgrammes from '../../locales/hi/programmes.json';
import hiSettings from '../../locales/hi/settings.json';
import hiWelcome from '../../locales/hi/welcome.json';
import enAttendance from '../../locales/en/attendance.json';
import enBackup from '../../locales/en/backup.json';
import enCommon from '../../locales/en/common.json';
import enErrors from '../../locales/en/errors.json';
import enFeedback from '../../locales/en/feedback.json';
import enHelp from '../../locales/en/help.json';
import enLists from '../../locales/en/lists.json';
import enNav from '../../locales/en/nav.json';
import enOrganisation from '../../locales/en/organisation.json';
import enPeople from '../../locales/en/people.json';
import enPeopleImport from '../../locales/en/peopleImport.json';
import enReportEditor from '../../locales/en/reportEditor.json';
import enReports from '../../locales/en/reports.json';
import enProgrammes from '../../locales/en/programmes.json';
import enSettings from '../../locales/en/settings.json';
import enWelcome from '../../locales/en/welcome.json';

export const defaultNS = 'common';

/** Hindi is the source language: its files define the keys that every t() call is checked against. */
export const sourceResources = {
  common: hiCommon,
  errors: hiErrors,
  nav: hiNav,
  people: hiPeople,
  peopleImport: hiPeopleImport,
  settings: hiSettings,
  programmes: hiProgrammes,
  feedback: hiFeedback,
  organisation: hiOrganisation,
  lists: hiLists,
  backup: hiBackup,
  attendance: hiAttendance,
  help: hiHelp,
  reports: hiReports,
  reportEditor: hiReportEditor,
  welcome: hiWelcome,
} as const;

export const resources = {
  hi: sourceResources,
  en: {
    common: enCommon,
    errors: enErrors,
    nav: enNav,
    people: enPeople,
    peopleImport: enPeopleImport,
    settings: enSettings,
    programmes: enProgrammes,
    feedback: enFeedback,
    organisation: enOrganisation,
    lists: enLists,
    backup: enBackup,
    attendance: enAttendance,
    help: enHelp,
    reports: enReports,
    reportEditor: enReportEditor,
    welcome: enWelcome,
  },
} as const;
