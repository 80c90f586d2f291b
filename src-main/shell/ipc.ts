import { ipcMain, type BrowserWindow } from 'electron';
import { IPC_EVENT_PREFIX, IPC_INVOKE } from '../core/contract/api.js';
import type { Core } from '../core/index.js';
import { answerInvoke } from './ipc-gate.js';

/** Answers renderer requests through the core; returns a function that stops answering. */
export function serveInvokes(core: Core): () => void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => answerInvoke(event.senderFrame?.url, channel, input, core.dispatch));
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

/** Pushes core events to the window's page; events for a closed window are dropped. */
export function forwardEvents(core: Core, getWindow: () => BrowserWindow | null): () => void {
  return core.onEvent((name, payload) => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) return;
    window.webContents.send(`${IPC_EVENT_PREFIX}${name}`, payload);
  });
}
