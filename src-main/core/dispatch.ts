import { z } from 'zod';
import { channels, isChannelName, type Channel, type ChannelOutput, type Envelope, type FieldIssue } from './contract/index.js';
import { AppError, isAppError } from './errors.js';
import type { Handlers } from './handlers.js';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The single entry point for every request from the renderer: unknown channels and
 * malformed input are refused before any handler runs, and every outcome becomes an
 * envelope whose error code the renderer can translate.
 */
export function createDispatch(handlers: Handlers, onUnexpected: (error: unknown, channel: string) => void): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'ipc.unknownChannel' } };
    }
    const spec = channels[channel];
    const parsed = parseInput(spec.input, input ?? {});
    if (parsed === null) return { ok: false, error: { code: 'ipc.badInput' } };
    if (!parsed.success) {
      return { ok: false, error: { code: 'ipc.badInput', details: { fields: zodIssuesToFields(parsed.error) } } };
    }
    try {
      const value = await callHandler(handlers, channel, parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: error.toPayload() };
      onUnexpected(error, channel);
      return { ok: false, error: { code: 'internal.unexpected' } };
    }
  };
}

/**
 * Validates a request. Input nested thousands of levels deep (a report body, say) exhausts the
 * stack inside zod; such input is refused like any other malformed request instead of failing
 * the call without an answer.
 */
function parseInput(schema: z.ZodType, input: unknown): ReturnType<z.ZodType['safeParse']> | null {
  try {
    return schema.safeParse(input);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function callHandler<C extends Channel>(handlers: Handlers, channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const handler = handlers[channel] as (input: unknown) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
  return Promise.resolve(handler(input));
}

function zodIssuesToFields(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.'), code: 'field.invalidChoice' as const }));
}

export { AppError };
