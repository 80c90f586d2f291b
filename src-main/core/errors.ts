import type { AppErrorPayload, ErrorCode } from './contract/index.js';

/** An expected failure that the user can understand; its code is an i18n key. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: AppErrorPayload['details'];

  constructor(code: ErrorCode, details?: AppErrorPayload['details'], options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): AppErrorPayload {
    return this.details === undefined ? { code: this.code } : { code: this.code, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
