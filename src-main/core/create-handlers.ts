import type { Store } from './db/types.js';
import type { DurableDocument } from './db/types.js';
import type { CoreEvents } from './events.js';
import type { Handlers } from './handlers.js';
import type { PeopleService } from './people/service.js';
import type { Settings } from './contract/index.js';
import type { BackupService } from './backup/service.js';
import { exportAttendance } from './attendance/export.js';
import { createAttendanceHandlers } from './attendance/handlers.js';
import { exportFeedback } from './export/feedback-export.js';
import { detectKrutiDev, krutiDevToUnicode } from './text/kruti-dev/index.js';
import { createImportHandlers } from './import/handlers.js';
import type { PickOpenFile, PickSaveFile } from './export/ports.js';
import type { Printer, SystemPrint } from './print/printer.js';
import { createReportHandlers } from './report/handlers.js';
import type { ReportsService } from './report/service.js';
import type { RendererEdits } from './renderer-edits.js';
import type { ScreenCommands } from './screen-commands.js';
import type { DemoService } from './demo/service.js';
import { printAttendance } from './attendance/print.js';
import { createProgrammeHandlers, type ProgrammeServices } from './programmes/handlers.js';

export interface HandlerDeps {
  appVersion: string;
  store: Store;
  settings: DurableDocument<Settings>;
  people: PeopleService;
  events: CoreEvents;
  programmeServices: ProgrammeServices;
  pickSaveFile: PickSaveFile | undefined;
  pickOpenFile: PickOpenFile | undefined;
  printer: Printer | undefined;
  systemPrint: SystemPrint | undefined;
  reports: ReportsService;
  rendererEdits: RendererEdits;
  screenCommands: ScreenCommands;
  demo: DemoService;
  backups: BackupService;
  onRestartRequired: (() => void) | undefined;
}

/** Maps every channel of the contract to the core function that carries it out. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { appVersion, store, settings, people, events, programmeServices } = deps;
  return {
    'app:info': () => ({ version: appVersion, dataDir: store.dataDir, notices: store.notices() }),
    'app:editsSaved': ({ allSaved }) => deps.rendererEdits.saved(allSaved),
    'app:screenCommands': ({ available }) => deps.screenCommands.set(available),
    'app:dismissNotice': ({ id }) => {
      store.dismissNotice(id);
      return null;
    },

    'settings:get': () => settings.read(),
    'settings:update': async (patch) => {
      const next = await settings.update((current) => ({ ...current, ...patch }));
      events.emit('settings:changed', next);
      events.emit('data:changed', { domain: 'settings' });
      return next;
    },

    'people:search': (input) => people.search(input),
    'people:get': ({ id }) => people.get(id),
    'people:create': (input) => people.create(input),
    'people:update': (input) => people.update(input),
    'people:remove': ({ id }) => people.remove(id),
    'people:restore': ({ id }) => people.restore(id),

    'categories:list': () => people.listCategories(),
    'categories:create': ({ name }) => people.createCategory(name),
    'categories:rename': ({ id, name }) => people.renameCategory(id, name),
    'categories:remove': ({ id }) => people.removeCategory(id),

    ...createProgrammeHandlers(programmeServices),
    'feedback:export': (input) =>
      exportFeedback(
        {
          programmes: programmeServices.programmes,
          feedback: programmeServices.feedback,
          lists: () => programmeServices.lists.get(),
          personName: (personId) => people.nameOf(personId),
          language: () => settings.read().language,
          pickSaveFile: deps.pickSaveFile,
        },
        input,
      ),

    ...createAttendanceHandlers(programmeServices.attendance, people),
    'attendance:export': (input) =>
      exportAttendance(
        {
          attendance: programmeServices.attendance,
          programmeTitle: async (programmeId) => (await programmeServices.programmes.get(programmeId)).title,
          categories: () => people.listCategories(),
          language: () => settings.read().language,
          pickSaveFile: deps.pickSaveFile,
        },
        input,
      ),

    ...createImportHandlers({ store, people, events, pickOpenFile: deps.pickOpenFile }),
    'attendance:print': (input) =>
      printAttendance(
        {
          attendance: programmeServices.attendance,
          programmes: programmeServices.programmes,
          organisation: programmeServices.organisation,
          settings: () => settings.read(),
          printer: deps.printer,
          pickSaveFile: deps.pickSaveFile,
        },
        input,
      ),
    'text:krutiDev': ({ text }) => {
      const { likely } = detectKrutiDev(text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 200));
      return { likely, converted: likely ? krutiDevToUnicode(text) : text };
    },

    ...createReportHandlers({
      reports: deps.reports,
      organisation: programmeServices.organisation,
      settings: () => settings.read(),
      printer: deps.printer,
      systemPrint: deps.systemPrint,
      pickSaveFile: deps.pickSaveFile,
    }),

    'demo:status': () => deps.demo.status(),
    'demo:load': () => deps.demo.load(),
    'demo:remove': () => deps.demo.remove(),

    'backup:create': () => deps.backups.create(),
    'backup:inspect': () => deps.backups.inspect(),
    'backup:restore': async () => {
      const result = await deps.backups.restore();
      deps.onRestartRequired?.();
      return result;
    },
    'backup:list': () => deps.backups.list(),
    'backup:inspectOpened': () => deps.backups.inspectOffered(),
  };
}
