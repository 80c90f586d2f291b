import { openCore, type Core, type OpenCoreOptions } from '../../src-main/core/index.js';
import type { Channel, ChannelInput, ChannelOutput, Envelope } from '../../src-main/core/contract/index.js';
import { makeTempDir } from './temp-dir.js';

export interface CoreHarness {
  core: Core;
  dataDir: string;
  /** Calls a channel through the real dispatcher, exactly as the renderer would. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /** Calls a channel and fails the test unless it succeeded. */
  ok<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  reopen(): Promise<void>;
  cleanup(): Promise<void>;
}

/** Opens a real core over a fresh temp folder; `options` adds ports such as pickSaveFile. */
export async function openHarness(options: Partial<OpenCoreOptions> & { printer?: OpenCoreOptions['printer'] & { close?: () => Promise<void> } } = {}): Promise<CoreHarness> {
  const { dir, cleanup } = await makeTempDir();
  const open = () => openCore({ dataDir: dir, appVersion: 'test', log: () => {}, ...options });
  let core = await open();
  const harness: CoreHarness = {
    get core() {
      return core;
    },
    dataDir: dir,
    call: (channel, input) => core.dispatch(channel, input) as Promise<Envelope<ChannelOutput<typeof channel>>>,
    async ok(channel, input) {
      const reply = await core.dispatch(channel, input);
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
      return reply.value as ChannelOutput<typeof channel>;
    },
    async reopen() {
      await core.close();
      core = await open();
    },
    async cleanup() {
      await core.close();
      await options.printer?.close?.();
      await cleanup();
    },
  };
  return harness;
}
