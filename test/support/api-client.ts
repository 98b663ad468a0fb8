import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/platform/http/types.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Talks to the app the way the browser does: keeps cookies, fetches a CSRF token and sends it on writes.
 * With `bearer` it talks the way an API client does instead.
 */
export class ApiClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private readonly app: App,
    private readonly options: { bearer?: string; ip?: string } = {},
  ) {}

  withBearer(secret: string): ApiClient {
    return new ApiClient(this.app, { ...this.options, bearer: secret });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async raw(
    method: Method,
    url: string,
    options: { body?: unknown; headers?: Record<string, string>; csrf?: boolean; payload?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.options.bearer) headers.authorization = `Bearer ${this.options.bearer}`;
    if (method !== 'GET' && options.csrf !== false && !this.options.bearer) {
      this.csrfToken ??= await this.fetchCsrf();
      headers['x-csrf-token'] = this.csrfToken;
    }
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.options.ip ?? '127.0.0.1',
      ...(options.payload !== undefined
        ? { payload: options.payload }
        : options.body !== undefined
          ? {
              payload: JSON.stringify(options.body),
              headers: { ...headers, 'content-type': 'application/json' },
            }
          : {}),
    });
    for (const cookie of response.cookies) {
      const expired = cookie.expires && new Date(cookie.expires).getTime() <= Date.now();
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  private async fetchCsrf(): Promise<string> {
    const response = await this.raw('GET', '/api/v1/auth/csrf');
    return response.json().csrfToken;
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies loosely and assert on them.
  async json(method: Method, url: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await this.raw(method, url, { body });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  }

  get = (url: string) => this.json('GET', url);
  post = (url: string, body?: unknown) => this.json('POST', url, body);
  patch = (url: string, body?: unknown) => this.json('PATCH', url, body);
  put = (url: string, body?: unknown) => this.json('PUT', url, body);
  delete = (url: string) => this.json('DELETE', url);
}

let counter = 0;
export function uniqueIp(): string {
  counter++;
  return `10.${200 + (process.pid % 50)}.${Math.floor(counter / 250) % 250}.${(counter % 250) + 1}`;
}

export function uniqueEmail(label = 'user'): string {
  counter++;
  return `${label}.${process.pid}.${counter}.${Date.now()}@example.com`;
}

/** Signs up a new organisation through the API and returns a signed-in client for its admin. */
export async function signUpOrganisation(app: App, organisationName = 'Acme Robotics') {
  // Each sign-up comes from its own address so the per-IP sign-up limit does not trip unrelated tests.
  const client = new ApiClient(app, { ip: uniqueIp() });
  const email = uniqueEmail('admin');
  const password = 'correct horse battery';
  const response = await client.post('/api/v1/auth/signup', {
    organisationName,
    name: 'Ada Admin',
    email,
    password,
  });
  if (response.status !== 201) throw new Error(`signup failed: ${JSON.stringify(response.body)}`);
  return { client, email, password, user: response.body.user, organisation: response.body.organisation };
}
