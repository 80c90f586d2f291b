import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_PREFIX, IPC_INVOKE, type SachivApi } from '../core/contract/api.js';
import { isChannelName, isEventNameListed } from '../core/contract/names.js';

/*
 * The whole bridge between the page and main. The page gets two functions, never
 * ipcRenderer: invoke() only for channels in the contract, on() only for contract events,
 * and listeners receive the payload alone (the IPC event object would leak `sender`).
 * This file is bundled as CommonJS without zod; it imports the name lists only.
 */

const api: SachivApi = {
  invoke(channel, input) {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'ipc.unknownChannel' } });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, input);
  },
  on(event, listener) {
    if (!isEventNameListed(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    const ipcChannel = `${IPC_EVENT_PREFIX}${event}`;
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      (listener as (payload: unknown) => void)(payload);
    };
    ipcRenderer.on(ipcChannel, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
