import type { Browser, Page } from 'playwright-core';

const scriptAdminPassword = 'a long enough password';

/** Sets an organisation up over HTTP the way a script would, and returns a bearer-token API caller. */
export async function signUpViaApi(baseUrl: string, organisationName: string) {
  const csrfResponse = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signup = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({
      organisationName,
      name: 'Script Admin',
      email: `admin+${Date.now()}@example.com`,
      password: scriptAdminPassword,
    }),
  });
  if (signup.status !== 201) throw new Error(`signup failed: ${await signup.text()}`);
  const { organisation } = (await signup.json()) as {
    organisation: { id: string; slug: string; name: string };
  };
  const sessionCookie = signup.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  const tokenResponse = await fetch(`${baseUrl}/api/v1/account/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: `${csrfCookie}; ${sessionCookie}`,
    },
    body: JSON.stringify({ name: 'e2e' }),
  });
  const { secret } = (await tokenResponse.json()) as { secret: string };

  // biome-ignore lint/suspicious/noExplicitAny: end-to-end tests read JSON loosely and assert on it.
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${secret}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { organisation, call };
}

/** Logs a new browser page in as the organisation's script admin (its only user) and waits for the app. */
export async function logInAsScriptAdmin(
  browser: Browser,
  baseUrl: string,
  api: Awaited<ReturnType<typeof signUpViaApi>>,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const [admin] = (await api.call('GET', '/users')).items;
  const page = await browser.newPage({ viewport });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByLabel('Password').fill(scriptAdminPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /Account menu/ }).waitFor();
  return page;
}

type ApiCaller = Awaited<ReturnType<typeof signUpViaApi>>;

/** A job opened from the first shipped role template, the way a team starting out would open one. */
export async function openJobFromTemplate(api: ApiCaller) {
  const template = (await api.call('GET', '/role-templates')).items[0];
  const blueprint = (await api.call('POST', '/blueprints', { blueprint: template.blueprint })).blueprint;
  const job = (await api.call('POST', '/jobs', { blueprintId: blueprint.id })).job;
  return (await api.call('POST', `/jobs/${job.id}/status`, { status: 'open' })).job;
}
