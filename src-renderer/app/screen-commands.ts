import { useEffect, useRef } from 'react';
import { SCREEN_COMMAND_IDS, type ScreenCommandId } from '../../src-main/core/contract/index.js';

type Run = () => void;

/**
 * The save, print and export actions of the screen that is open. A screen offers one with
 * useScreenCommand; the shortcut and the File menu run the latest offer, and the menu greys out
 * what nobody offers. While a modal dialog is open nothing behind it runs, so Ctrl+P in the
 * walk-in form never starts a sign-in sheet.
 */
const offers = new Map<ScreenCommandId, Run[]>();
const listeners = new Set<() => void>();
let openDialogs = 0;

function notify(): void {
  for (const listener of listeners) listener();
}

function offer(id: ScreenCommandId, run: Run): () => void {
  offers.set(id, [...(offers.get(id) ?? []), run]);
  notify();
  return () => {
    offers.set(id, (offers.get(id) ?? []).filter((entry) => entry !== run));
    notify();
  };
}

/** Whether a modal dialog is open: the page behind it takes no shortcut and no menu command. */
export function dialogOpen(): boolean {
  return openDialogs > 0;
}

/** Called by every modal dialog while it is open. */
export function useDialogBarrier(): void {
  useEffect(() => {
    openDialogs += 1;
    notify();
    return () => {
      openDialogs -= 1;
      notify();
    };
  }, []);
}

/** Runs the screen's command; false when the open screen does not offer it or a dialog covers it. */
export function runScreenCommand(id: ScreenCommandId): boolean {
  if (dialogOpen()) return false;
  const run = offers.get(id)?.at(-1);
  if (run === undefined) return false;
  run();
  return true;
}

export function offeredScreenCommands(): ScreenCommandId[] {
  if (dialogOpen()) return [];
  return SCREEN_COMMAND_IDS.filter((id) => (offers.get(id)?.length ?? 0) > 0);
}

/** Calls `listener` whenever a screen starts or stops offering a command. */
export function onScreenCommandsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Offers `run` as the screen's command while the component is mounted and `run` is not null. */
export function useScreenCommand(id: ScreenCommandId, run: Run | null): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  const offered = run !== null;
  useEffect(() => {
    if (!offered) return undefined;
    return offer(id, () => latest.current?.());
  }, [id, offered]);
}
