// Typed fetch wrapper for /api/v1: JSON in and out, the session cookie, and the CSRF header on writes.

export type FieldIssue = { path: string; message: string };

/** Every failed request becomes an ApiError, so screens can switch on `code` and show `message` as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Messages keyed by input name, e.g. `{ email: 'Enter a valid e-mail address.' }`. */
  get fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const issue of this.details) {
      const field = issue.path.replace(/^(\/|body\.)/, '');
      errors[field] ??= issue.message;
    }
    return errors;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined>;

const basePath = '/api/v1';

// After these succeed the server has started or ended a session, so the CSRF token is fetched again.
const sessionChangingPaths = new Set([
  '/auth/signup',
  '/auth/login',
  '/auth/logout',
  '/invites/accept',
  '/account/password',
]);

let csrfToken: Promise<string> | undefined;

/** Also used by uploads, which send multipart bodies outside `api`. */
export function getCsrfToken(): Promise<string> {
  csrfToken ??= send<{ csrfToken: string }>('GET', '/auth/csrf').then(
    (body) => body.csrfToken,
    (error: unknown) => {
      csrfToken = undefined;
      throw error;
    },
  );
  return csrfToken;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') return send<T>(method, path);
  let result: T;
  try {
    result = await send<T>(method, path, body, await getCsrfToken());
  } catch (error) {
    // The token goes stale when the secret cookie changes (e.g. in another tab): fetch a fresh one, retry once.
    if (!(error instanceof ApiError && error.code === 'csrf_invalid')) throw error;
    csrfToken = undefined;
    result = await send<T>(method, path, body, await getCsrfToken());
  }
  if (sessionChangingPaths.has(path)) csrfToken = undefined;
  return result;
}

async function send<T>(method: Method, path: string, body?: unknown, csrf?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrf) headers['x-csrf-token'] = csrf;

  let response: Response;
  try {
    response = await fetch(basePath + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network_error',
      'Hirebench cannot be reached right now. Check your connection and try again.',
    );
  }

  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

async function readJson(response: Response): Promise<unknown> {
  return parseJson(await response.text());
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : undefined;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? error.details.filter(isFieldIssue) : [];
    return new ApiError(status, error.code, error.message, details);
  }
  if (status >= 500) {
    return new ApiError(
      status,
      'internal_error',
      'Something went wrong on the server. Try again in a moment.',
    );
  }
  return new ApiError(status, 'http_error', `The request failed (HTTP ${status}).`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T = void>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again, and reload the page if it keeps happening.';
}

/**
 * Sends multipart form data. XMLHttpRequest rather than fetch, because only it reports upload progress;
 * `onProgress` gets a fraction between 0 and 1.
 */
export async function uploadForm<T>(
  path: string,
  body: FormData,
  options: { onProgress?: (fraction: number) => void; tooLargeMessage?: string } = {},
): Promise<T> {
  const csrf = await getCsrfToken();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', basePath + path);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const payload = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) resolve(payload as T);
      else if (request.status === 413 && !isRecord(payload))
        reject(new ApiError(413, 'payload_too_large', options.tooLargeMessage ?? 'The file is too large.'));
      else reject(toApiError(request.status, payload));
    };
    request.onerror = () =>
      reject(
        new ApiError(
          0,
          'network_error',
          'Hirebench cannot be reached right now. Check your connection and try again.',
        ),
      );
    request.send(body);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
