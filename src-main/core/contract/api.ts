import type { Envelope } from './envelope.js';
import type { Channel, ChannelInput, ChannelOutput } from './channels.js';
import type { EventName, EventPayload } from './events.js';

/**
 * The whole surface the preload exposes as window.api. The renderer reaches main only
 * through these two functions.
 */
export interface SachivApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Names used by the preload and the shell's ipcMain wiring. */
export const IPC_INVOKE = 'sachiv:invoke';
export const IPC_EVENT_PREFIX = 'sachiv:event:';
