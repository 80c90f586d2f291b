import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/core/contract/index.js';
import type { Core } from '../../src-main/core/index.js';

export type CoreCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Requests through the core's dispatcher, as the renderer's IPC reaches it; a refused request stops the bench. */
export function coreCall(core: Core): CoreCall {
  return async (channel, input) => {
    const reply = await core.dispatch(channel, input);
    if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`);
    return reply.value as ChannelOutput<typeof channel>;
  };
}
