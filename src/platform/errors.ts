/**
 * The one catalogue of error codes the API returns. Codes are stable: clients may switch on them.
 * Messages are written for the person using the product.
 */
export const errorCatalogue = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_token: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  account_locked: 429,
  internal_error: 500,
  not_ready: 503,
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = errorCatalogue[code];
  }
}

export const notFound = (what = 'record') => new AppError('not_found', `That ${what} does not exist.`);
export const forbidden = (message = 'Your role does not allow this action.') =>
  new AppError('forbidden', message);
export const conflict = (message: string) => new AppError('conflict', message);
export const invalid = (path: string, message: string) =>
  new AppError('validation_failed', message, [{ path, message }]);
