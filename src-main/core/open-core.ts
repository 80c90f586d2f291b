import { resolve } from 'node:path';
import { automaticArchiveCopies } from './backup/archive-copies.js';
import { applyPendingRestore } from './backup/pending-restore.js';
import { BackupService } from './backup/service.js';
import { programmesListInputSchema } from './contract/index.js';
import { createDispatch } from './dispatch.js';
import { openRecordSet, openStore } from './db/index.js';
import { CoreEvents } from './events.js';
import { createHandlers } from './create-handlers.js';
import type { Core, OpenCoreOptions } from './index.js';
import { peopleRecordSet } from './people/document.js';
import { readSavedOrder, writeSavedOrder } from './people/saved-order.js';
import { PeopleService } from './people/service.js';
import { programmesCollection } from './programmes/document.js';
import { openProgrammes } from './programmes/open-programmes.js';
import { openReports } from './report/open-reports.js';
import { RendererEdits } from './renderer-edits.js';
import { ScreenCommands } from './screen-commands.js';
import { openDemo } from './demo/service.js';
import { settingsDocument, uiStateDocument } from './settings/document.js';

/**
 * Opens the data folder (taking its lock), loads every document and wires the handlers.
 * Rejects with AppError('db.locked') if another running copy holds the folder.
 */
export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const now = options.now ?? (() => new Date());
  // A damaged file that has no copy of its own is looked for in the automatic backups.
  const store = await openStore(options.dataDir, { archives: automaticArchiveCopies(resolve(options.dataDir)) });
  try {
    // A restore staged by the previous run is put in place before anything is read.
    const restoredAtStart = await applyPendingRestore(store.dataDir);
    // The programmes start loading now, beside the people directory: their catalog is parsed
    // while the directory's files are read. The service below gets the same opened collection;
    // a failure surfaces where it is awaited. Reports are opened at their first use.
    store.openCollection(programmesCollection).catch(() => undefined);
    const settings = await store.open(settingsDocument);
    const uiState = await store.open(uiStateDocument);
    const savedOrder = readSavedOrder(store.dataDir);
    const peopleRecords = await openRecordSet(store, peopleRecordSet, {
      onFoldError: (error) => log('Folding recent people into their buckets failed; they stay in people.json', error),
    });
    const events = new CoreEvents();
    const people = new PeopleService(peopleRecords, {
      savedOrder: await savedOrder,
      now,
      onChange: (domain) => events.emit('data:changed', { domain }),
    });
    const programmeServices = await openProgrammes({ store, people, events, now });
    const reports = await openReports({ store, settings, people, programmeServices, events, now });
    const rendererEdits = new RendererEdits(events);
    const screenCommands = new ScreenCommands();
    const demo = await openDemo({ store, people, programmeServices, reports, now, log });
    const backups = new BackupService({
      dataDir: store.dataDir,
      appVersion: options.appVersion,
      now,
      flush: () => store.flush(),
      counts: async () => ({
        people: [...peopleRecords.records().values()].filter((person) => person.removedAt === null).length,
        programmes: (await programmeServices.programmes.list(programmesListInputSchema.parse({}))).total,
      }),
      notices: () => store.notices(),
      backupsKept: () => settings.read().backupsKept,
      pickSaveFile: options.pickSaveFile,
      pickOpenFile: options.pickOpenFile,
      restoredAtStart,
      onProgress: (progress) => events.emit('backup:progress', progress),
    });
    events.subscribe((event) => {
      if (event === 'data:changed' || event === 'settings:changed') backups.noteChange();
    });
    const handlers = createHandlers({
      appVersion: options.appVersion,
      store,
      settings,
      people,
      events,
      programmeServices,
      pickSaveFile: options.pickSaveFile,
      pickOpenFile: options.pickOpenFile,
      printer: options.printer,
      systemPrint: options.systemPrint,
      reports,
      rendererEdits,
      screenCommands,
      demo,
      backups,
      onRestartRequired: options.onRestartRequired,
    });
    if (options.dailyBackup !== false) {
      backups.dailyIfDue().catch((error: unknown) => log('The daily automatic backup failed', error));
    }
    const dispatch = createDispatch(handlers, (error, channel) => log(`Unexpected error in ${channel}`, error));

    return {
      dataDir: store.dataDir,
      dispatch,
      onEvent: (listener) => events.subscribe(listener),
      settings: () => settings.read(),
      windowBounds: () => uiState.read().window,
      saveWindowBounds: async (bounds) => {
        await uiState.update(() => ({ window: bounds }));
      },
      flush: () => store.flush(),
      saveRendererEdits: (timeoutMs) => rendererEdits.saveBeforeClosing(timeoutMs),
      menuCommand: (command) => events.emit('app:command', command),
      screenCommands: () => screenCommands.available(),
      onScreenCommandsChanged: (listener) => screenCommands.onChange(listener),
      offerBackupFile: (path) => {
        backups.offer(path);
        events.emit('backup:opened', {});
      },
      backupOnQuit: async () => {
        // The buckets as the close will leave them, so a bucket brought back from this backup misses nobody.
        await peopleRecords.foldPending();
        await backups.automatic().catch((error: unknown) => log('The automatic backup on quit failed', error));
      },
      close: async () => {
        await backups.idle();
        people.stop();
        await programmeServices.programmes
          .keepSearchWords()
          .catch((error: unknown) => log('Saving the programmes\' search words failed', error));
        const order = people.orderToSave();
        if (order !== null) await writeSavedOrder(store.dataDir, order).catch((error: unknown) => log('Saving the directory order failed', error));
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
