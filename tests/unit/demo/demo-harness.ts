import { BackupService } from '../../../src-main/core/backup/service.js';
import type { Channel, ChannelInput, ChannelOutput, Envelope } from '../../../src-main/core/contract/index.js';
import { createHandlers } from '../../../src-main/core/create-handlers.js';
import { openRecordSet, openStore } from '../../../src-main/core/db/index.js';
import type { Store } from '../../../src-main/core/db/types.js';
import { openDemo, type DemoDeps } from '../../../src-main/core/demo/service.js';
import { createDispatch, type Dispatch } from '../../../src-main/core/dispatch.js';
import { CoreEvents } from '../../../src-main/core/events.js';
import { peopleRecordSet } from '../../../src-main/core/people/document.js';
import { PeopleService } from '../../../src-main/core/people/service.js';
import { openProgrammes } from '../../../src-main/core/programmes/open-programmes.js';
import { openReports } from '../../../src-main/core/report/open-reports.js';
import { ScreenCommands } from '../../../src-main/core/screen-commands.js';
import { RendererEdits } from '../../../src-main/core/renderer-edits.js';
import { settingsDocument } from '../../../src-main/core/settings/document.js';
import { makeTempDir } from '../../support/temp-dir.js';

/**
 * The core wired as open-core.ts wires it, except that `wrap` may replace the services the demo
 * is given (to make one of them fail part-way) while the rest of the core keeps the real ones.
 * It speaks the CoreHarness subset the demo tests use: call, ok, reopen and cleanup.
 */
export interface DemoHarness {
  dataDir: string;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  reopen(options?: { wrap?: WrapDeps }): Promise<void>;
  cleanup(): Promise<void>;
}

export type WrapDeps = (deps: DemoDeps) => DemoDeps;

interface OpenedCore {
  store: Store;
  people: PeopleService;
  dispatch: Dispatch;
}

export async function openDemoHarness(options: { wrap?: WrapDeps } = {}): Promise<DemoHarness> {
  const { dir, cleanup } = await makeTempDir('sachiv-demo-');
  let core = await openDemoCore(dir, options.wrap);
  const harness: DemoHarness = {
    dataDir: dir,
    call: (channel, input) => core.dispatch(channel, input) as Promise<Envelope<ChannelOutput<typeof channel>>>,
    async ok(channel, input) {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as ChannelOutput<typeof channel>;
    },
    async reopen(reopenOptions = {}) {
      await closeCore(core);
      core = await openDemoCore(dir, reopenOptions.wrap);
    },
    async cleanup() {
      await closeCore(core);
      await cleanup();
    },
  };
  return harness;
}

async function openDemoCore(dataDir: string, wrap: WrapDeps | undefined): Promise<OpenedCore> {
  const now = () => new Date();
  const store = await openStore(dataDir);
  const settings = await store.open(settingsDocument);
  const peopleRecords = await openRecordSet(store, peopleRecordSet, { onFoldError: () => undefined });
  const events = new CoreEvents();
  const people = new PeopleService(peopleRecords, { now, onChange: (domain) => events.emit('data:changed', { domain }) });
  const programmeServices = await openProgrammes({ store, people, events, now });
  const reports = await openReports({ store, settings, people, programmeServices, events, now });
  const backups = new BackupService({
    dataDir: store.dataDir,
    appVersion: 'test',
    now,
    flush: () => store.flush(),
    counts: () => Promise.resolve({ people: 0, programmes: 0 }),
    notices: () => store.notices(),
    backupsKept: () => 3,
    pickSaveFile: undefined,
    pickOpenFile: undefined,
    restoredAtStart: false,
  });
  const deps: DemoDeps = { store, people, programmeServices, reports, now, log: () => undefined };
  const demo = await openDemo(wrap ? wrap(deps) : deps);
  const handlers = createHandlers({
    appVersion: 'test',
    store,
    settings,
    people,
    events,
    programmeServices,
    pickSaveFile: undefined,
    pickOpenFile: undefined,
    printer: undefined,
    systemPrint: undefined,
    reports,
    rendererEdits: new RendererEdits(events),
    screenCommands: new ScreenCommands(),
    demo,
    backups,
    onRestartRequired: undefined,
  });
  return { store, people, dispatch: createDispatch(handlers, () => undefined) };
}

async function closeCore(core: OpenedCore): Promise<void> {
  core.people.stop();
  await core.store.close();
}
