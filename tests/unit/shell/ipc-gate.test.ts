import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src-main/core/contract/index.js';
import { answerInvoke } from '../../../src-main/shell/ipc-gate.js';

function recordingDispatch() {
  const calls: Array<[unknown, unknown]> = [];
  const dispatch = async (channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
    calls.push([channel, input]);
    return { ok: true, value: { echoed: channel } };
  };
  return { calls, dispatch };
}

describe('answerInvoke', () => {
  it('passes requests from the app page to the core and returns its envelope', async () => {
    const { calls, dispatch } = recordingDispatch();
    const reply = await answerInvoke('app://sachiv/index.html#/people', 'people:search', { query: 'राम' }, dispatch);
    expect(reply).toEqual({ ok: true, value: { echoed: 'people:search' } });
    expect(calls).toEqual([['people:search', { query: 'राम' }]]);
  });

  it.each([undefined, 'https://evil.example/', 'file:///C:/x.html', 'about:blank', 'app://other/'])(
    'refuses a sender at %s without touching the core',
    async (frameUrl) => {
      const { calls, dispatch } = recordingDispatch();
      const reply = await answerInvoke(frameUrl, 'people:remove', { id: 'p1' }, dispatch);
      expect(reply).toEqual({ ok: false, error: { code: 'ipc.forbiddenSender' } });
      expect(calls).toEqual([]);
    },
  );
});
