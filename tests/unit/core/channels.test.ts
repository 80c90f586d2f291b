import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, ERROR_CODES, EVENT_NAMES, channels, events } from '../../../src-main/core/contract/index.js';
import { openHarness, type CoreHarness } from '../../support/core-harness.js';

let h: CoreHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('the contract', () => {
  it('has a schema for every listed channel and event, and nothing more', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('has a Hindi and an English message for every error code', async () => {
    for (const language of ['hi', 'en']) {
      const messages = JSON.parse(await readFile(new URL(`../../../locales/${language}/errors.json`, import.meta.url), 'utf8'));
      for (const code of ERROR_CODES) {
        const [group, key] = code.split('.') as [string, string];
        expect(messages[group]?.[key], `${language}: ${code}`).toEqual(expect.any(String));
      }
    }
  });
});

describe('the dispatcher', () => {
  it('answers every channel through a real handler', async () => {
    const replies = await Promise.all(CHANNEL_NAMES.map((channel) => h.core.dispatch(channel, {})));
    for (const [position, reply] of replies.entries()) {
      if (!reply.ok) expect(reply.error.code, CHANNEL_NAMES[position]).not.toBe('ipc.unknownChannel');
    }
  });

  it('refuses unknown channels and malformed input before any handler runs', async () => {
    expect(await h.core.dispatch('people:dropAll', {})).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    expect(await h.core.dispatch('__proto__', {})).toEqual({ ok: false, error: { code: 'ipc.unknownChannel' } });
    const malformed = await h.core.dispatch('people:create', { person: { name: 42 } });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
    const extraField = await h.core.dispatch('people:create', { person: { name: 'अ', isAdmin: true } });
    expect(extraField).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
    expect(await h.ok('people:search', {})).toEqual({ total: 0, items: [] });
  });

  it('keeps settings and tells listeners when they change', async () => {
    expect(await h.ok('settings:get', {})).toEqual({ language: 'hi', digits: 'latn' });
    const seen: unknown[] = [];
    h.core.onEvent((event, payload) => seen.push([event, payload]));
    await h.ok('settings:update', { language: 'en', digits: 'deva' });
    expect(seen).toContainEqual(['settings:changed', { language: 'en', digits: 'deva' }]);
    await h.reopen();
    expect(h.core.settings()).toEqual({ language: 'en', digits: 'deva' });
    expect(await h.call('settings:update', { language: 'fr' } as never)).toMatchObject({ ok: false, error: { code: 'ipc.badInput' } });
  });

  it('remembers the window position for the shell', async () => {
    expect(h.core.windowBounds()).toBeNull();
    await h.core.saveWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    await h.reopen();
    expect(h.core.windowBounds()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
  });

  it('reports the version and data folder', async () => {
    expect(await h.ok('app:info', {})).toEqual({ version: 'test', dataDir: h.dataDir, notices: [] });
  });
});
