import type {
  AppErrorPayload,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
  EventName,
  EventPayload,
  SachivApi,
} from '../../src-main/core/contract/index.js';

/** A failure reported by the core; `code` is a key in the errors namespace. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: NonNullable<AppErrorPayload['details']>;

  constructor(payload: AppErrorPayload) {
    super(payload.code);
    this.name = 'ApiError';
    this.code = payload.code;
    this.details = payload.details ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function bridge(): SachivApi {
  const api = (window as Window & { api?: SachivApi }).api;
  if (!api) throw new Error('window.api is missing: the preload script did not run.');
  return api;
}

/** Calls one channel and returns its value, or throws an ApiError the UI can translate. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const envelope = await bridge().invoke(channel, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, listener);
}
