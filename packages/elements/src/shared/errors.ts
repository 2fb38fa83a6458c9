import { KiosqueError, isKiosqueError } from '@kiosque/client';
import type { Messages } from '../i18n/index.js';

/** Wraps anything thrown into the client's one error type. */
export function toKiosqueError(error: unknown): KiosqueError {
  if (isKiosqueError(error)) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new KiosqueError({ kind: 'aborted', message: 'Aborted', cause: error });
  }
  return new KiosqueError({
    kind: 'invalid-response',
    message: error instanceof Error ? error.message : String(error),
    cause: error,
  });
}

/** The visitor-facing text for an error: by kind and code, never by the server's wording. */
export function errorMessage(error: KiosqueError, messages: Messages): string {
  if (error.kind === 'not-found' && error.code === 'group_not_found')
    return messages.errors.unknownGroup;
  return messages.errors[error.kind];
}

/** Whether "Try again" can help: not for bad input, nor for what the instance does not have. */
export function canRetry(error: KiosqueError): boolean {
  return error.kind !== 'invalid-input' && error.kind !== 'not-found';
}
