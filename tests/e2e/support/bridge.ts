import type { Page } from '@playwright/test';
import type { Core } from '../../../src-main/core/index.js';

interface BridgeWindow {
  __sachivInvoke(channel: unknown, input: unknown): Promise<unknown>;
  __sachivEmit?(event: string, payload: unknown): void;
  api?: unknown;
}

/** The core the page talks to; a test may restart it, and the bridge follows to the new one. */
export interface CoreSource {
  readonly core: Core;
  /** Calls `listener` with each new core after a restart; returns how to stop listening. */
  onSwitch(listener: (core: Core) => void): () => void;
}

/**
 * Gives the page the same window.api the preload gives the app, but carried by a Playwright
 * binding instead of Electron IPC. Requests go to the real core's dispatch; the core's push
 * events are delivered to the listeners the page registered with api.on(). A binding cannot be
 * registered twice, so it looks the core up on every call: after a restart the same binding
 * reaches the new core.
 */
export async function bridgeCore(page: Page, source: CoreSource): Promise<() => void> {
  await page.exposeBinding('__sachivInvoke', (_source, channel: unknown, input: unknown) => source.core.dispatch(channel, input));
  await page.addInitScript(() => {
    const win = window as unknown as BridgeWindow;
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    win.__sachivEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
    win.api = Object.freeze({
      invoke: (channel: unknown, input: unknown) => win.__sachivInvoke(channel, input),
      on: (event: string, listener: (payload: unknown) => void) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    });
  });
  const forwardEvents = (core: Core) =>
    core.onEvent((event, payload) => {
      page
        .evaluate(([name, data]) => (window as unknown as BridgeWindow).__sachivEmit?.(name, data), [event, payload] as const)
        // An event that arrives while the page reloads or closes has no listener to reach; the
        // reloaded page fetches fresh data anyway.
        .catch(() => undefined);
    });
  let stopForwarding = forwardEvents(source.core);
  const stopFollowing = source.onSwitch((core) => {
    stopForwarding();
    stopForwarding = forwardEvents(core);
  });
  return () => {
    stopFollowing();
    stopForwarding();
  };
}
