import { describe, expect, it } from 'vitest';
import { createQuitCoordinator } from '../../../src-main/shell/quit-coordinator.js';

function beforeQuitEvent() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup() {
  const closing = deferred();
  const quitRequested = deferred();
  const log: string[] = [];
  const errors: unknown[] = [];
  const coordinator = createQuitCoordinator({
    closeCore: () => {
      log.push('close');
      return closing.promise;
    },
    quit: () => {
      log.push('quit');
      quitRequested.resolve();
    },
    reportError: (error) => errors.push(error),
  });
  return { coordinator, closing, quitRequested, log, errors };
}

describe('createQuitCoordinator', () => {
  it('holds the first quit until the core has closed, then quits again', async () => {
    const { coordinator, closing, quitRequested, log } = setup();
    const first = beforeQuitEvent();
    coordinator.onBeforeQuit(first);
    expect(first.prevented).toBe(true);
    expect(coordinator.state).toBe('closing');
    expect(log).toEqual(['close']);

    closing.resolve();
    await quitRequested.promise;
    expect(log).toEqual(['close', 'quit']);
    expect(coordinator.state).toBe('closed');

    const second = beforeQuitEvent();
    coordinator.onBeforeQuit(second);
    expect(second.prevented).toBe(false);
  });

  it('closes the core once even if quit is asked for repeatedly', async () => {
    const { coordinator, closing, quitRequested, log } = setup();
    const events = [beforeQuitEvent(), beforeQuitEvent(), beforeQuitEvent()];
    for (const event of events) coordinator.onBeforeQuit(event);
    expect(events.every((event) => event.prevented)).toBe(true);
    closing.resolve();
    await quitRequested.promise;
    expect(log).toEqual(['close', 'quit']);
  });

  it('still quits, and reports why, when closing the core fails', async () => {
    const { coordinator, closing, quitRequested, log, errors } = setup();
    coordinator.onBeforeQuit(beforeQuitEvent());
    const failure = new Error('disk full');
    closing.reject(failure);
    await quitRequested.promise;
    expect(errors).toEqual([failure]);
    expect(log).toEqual(['close', 'quit']);
  });

  it('does nothing before quit is asked for', () => {
    const { coordinator, log } = setup();
    expect(coordinator.state).toBe('running');
    expect(log).toEqual([]);
  });
});
