import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload, ScreenCommandId } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('the File menu\'s save, print and export follow the open screen', () => {
  it('keeps what the window reports, in the menu\'s order, and tells the shell only of real changes', async () => {
    const heard: Array<readonly ScreenCommandId[]> = [];
    h.core.onScreenCommandsChanged((available) => heard.push(available));
    expect(h.core.screenCommands()).toEqual([]);

    await h.ok('app:screenCommands', { available: ['export', 'save'] });
    expect(h.core.screenCommands()).toEqual(['save', 'export']);
    await h.ok('app:screenCommands', { available: ['save', 'export'] });
    await h.ok('app:screenCommands', { available: [] });
    expect(heard).toEqual([['save', 'export'], []]);
  });

  it('refuses a command it does not know and keeps what it had', async () => {
    await h.ok('app:screenCommands', { available: ['print'] });
    const reply = await h.core.dispatch('app:screenCommands', { available: ['print', 'deleteEverything'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
    expect(h.core.screenCommands()).toEqual(['print']);
  });

  it('passes a chosen menu item to the window, by its keys or by the screen it opens', () => {
    const sent: Array<EventPayload<'app:command'>> = [];
    h.core.onEvent((name, payload) => {
      if (name === 'app:command') sent.push(payload as EventPayload<'app:command'>);
    });
    h.core.menuCommand({ keys: 'Control+S' });
    h.core.menuCommand({ open: 'about' });
    expect(sent).toEqual([{ keys: 'Control+S' }, { open: 'about' }]);
  });
});
