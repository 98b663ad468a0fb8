import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorDetail, errorCatalogue } from '../errors.ts';
import { escapeHtml } from '../mail/templates.ts';

const codeByFastifyError: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request body is empty but JSON was announced.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'This content type is not accepted here. Send application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'validation_failed', message: 'The Content-Length is wrong.' },
  FST_CSRF_MISSING_SECRET: {
    code: 'csrf_invalid',
    message: 'Your session’s security token is missing. Reload the page and try again.',
  },
  FST_CSRF_INVALID_TOKEN: {
    code: 'csrf_invalid',
    message: 'Your session’s security token is missing or out of date. Reload the page and try again.',
  },
  FST_ERR_VALIDATION: { code: 'validation_failed', message: 'Some fields are not valid.' },
};

const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
) {
  // People on the public pages (a careers form posted without JavaScript) get a page, not JSON.
  const request = reply.request;
  if (!request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) {
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status}</title></head><body style="font-family:system-ui,sans-serif;max-width:640px;margin:48px auto;padding:0 20px;line-height:1.6"><h1 style="font-size:1.4rem">Something stopped this request</h1><p>${escapeHtml(message)}</p><p>Use your browser’s back button to return to the page.</p></body></html>`,
      );
  }
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message, ...(details?.length ? { details } : {}) } });
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: string }).code === '23505' || isUniqueViolation((error as { cause?: unknown }).cause));

/** The one place errors become HTTP: stable codes, a readable message, never a stack trace. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.headers) reply.headers(error.headers);
    return send(reply, error.status, error.code, error.message, error.details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === 'body' ? '' : `${error.validationContext ?? ''}.`;
    const details = error.validation.map((issue) => ({
      path: `${where}${issue.instancePath.replace(/^\//, '').replaceAll('/', '.')}`.replace(/\.$/, ''),
      message: issue.message ?? 'Invalid value.',
    }));
    const first = details[0];
    const message =
      details.length === 1 && first
        ? `${first.path || 'Request'}: ${first.message}`
        : 'Some fields are not valid.';
    return send(reply, 400, 'validation_failed', message, details);
  }
  const known = error.code ? codeByFastifyError[error.code] : undefined;
  if (known) return send(reply, errorCatalogue[known.code], known.code, known.message);
  if (isUniqueViolation(error)) {
    return send(reply, 409, 'conflict', 'This conflicts with a record that already exists.');
  }
  const status = error.statusCode ?? 500;
  const mapped = codeByStatus[status];
  if (mapped && status < 500) return send(reply, status, mapped, error.message);

  request.log.error({ err: error }, 'unhandled error');
  return send(
    reply,
    500,
    'internal_error',
    `Something went wrong on our side. If it keeps happening, report reference ${request.id}.`,
  );
}
