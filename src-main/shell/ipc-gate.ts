import type { Envelope } from '../core/contract/index.js';
import type { Dispatch } from '../core/dispatch.js';
import { isTrustedSender } from './navigation-policy.js';

/**
 * One renderer request: the sending frame's origin is checked before anything else, so a
 * frame that is not ours (an injected iframe, a page navigated away) never reaches the core.
 */
export async function answerInvoke(frameUrl: string | undefined, channel: unknown, input: unknown, dispatch: Dispatch): Promise<Envelope<unknown>> {
  if (!isTrustedSender(frameUrl)) return { ok: false, error: { code: 'ipc.forbiddenSender' } };
  return dispatch(channel, input);
}
