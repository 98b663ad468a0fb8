import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signUpOrganisation, uniqueEmail } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { sessions, users } from './accounts.tables.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  env = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_PER_MINUTE: '8' });
});
afterAll(() => env.close());

const latestMailTo = async (admin: ApiClient, email: string) => {
  await env.services.queue.drain();
  const list = await admin.get('/api/v1/outbox?limit=50');
  const summary = list.body.items.find((message: { to: string[] }) => message.to.includes(email));
  if (!summary) return null;
  return (await admin.get(`/api/v1/outbox/${summary.id}`)).body.message;
};

describe('sign-up and sessions', () => {
  it('creates the organisation, makes the founder its admin and signs them in', async () => {
    const { client, email, organisation, user } = await signUpOrganisation(env.app, 'Zürich Data Works');
    expect(organisation.slug).toBe('zurich-data-works');
    expect(user).toMatchObject({ email, role: 'admin', active: true });
    const me = await client.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.organisation.name).toBe('Zürich Data Works');
  });

  it('sets an HttpOnly SameSite=Lax session cookie and stores only a hash of its token', async () => {
    const client = new ApiClient(env.app);
    const email = uniqueEmail();
    const response = await client.raw('POST', '/api/v1/auth/signup', {
      body: { organisationName: 'Cookie Co', name: 'Cy', email, password: 'a long enough password' },
    });
    const cookie = response.cookies.find((c) => c.name === 'hb_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const stored = await env.services.db.select().from(sessions);
    expect(stored.some((session) => session.tokenHash === cookie.value)).toBe(false);
    expect(stored.some((session) => session.tokenHash.length === 64)).toBe(true);
  });

  it('hashes passwords with argon2id', async () => {
    const { email } = await signUpOrganisation(env.app);
    const [user] = await env.services.db.select().from(users).where(eq(users.email, email));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.passwordHash).not.toContain('correct horse');
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const { email } = await signUpOrganisation(env.app);
    const again = await new ApiClient(env.app).post('/api/v1/auth/signup', {
      organisationName: 'Other',
      name: 'X',
      email: email.toUpperCase(),
      password: 'another long password',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].path).toBe('email');
  });

  it('reports every invalid field with its path', async () => {
    const response = await new ApiClient(env.app).post('/api/v1/auth/signup', {
      organisationName: '',
      name: 'Someone',
      email: 'not-an-email',
      password: 'short',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    const paths = response.body.error.details.map((detail: { path: string }) => detail.path).sort();
    expect(paths).toEqual(['email', 'organisationName', 'password']);
  });

  it('logs out and the old cookie stops working', async () => {
    const { client } = await signUpOrganisation(env.app);
    const token = client.cookie('hb_session')!;
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    const stale = await env.app.inject({ url: '/api/v1/auth/me', cookies: { hb_session: token } });
    expect(stale.statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { client } = await signUpOrganisation(env.app);
    const response = await client.raw('PATCH', '/api/v1/account', { body: { name: 'New' }, csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_invalid');
  });

  it('refuses a token minted for another browser', async () => {
    const { client } = await signUpOrganisation(env.app);
    const other = new ApiClient(env.app);
    const foreignToken = (await other.get('/api/v1/auth/csrf')).body.csrfToken;
    const response = await client.raw('PATCH', '/api/v1/account', {
      body: { name: 'New' },
      csrf: false,
      headers: { 'x-csrf-token': foreignToken },
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts the write with the token', async () => {
    const { client } = await signUpOrganisation(env.app);
    const response = await client.patch('/api/v1/account', { name: 'Renamed' });
    expect(response.status).toBe(200);
    expect(response.body.user.name).toBe('Renamed');
  });
});

describe('log-in protection', () => {
  it('locks the account after repeated failures, even for the right password', async () => {
    const { email, password } = await signUpOrganisation(env.app);
    const client = new ApiClient(env.app, { ip: '10.0.0.2' });
    for (let attempt = 1; attempt <= 2; attempt++) {
      const wrong = await client.post('/api/v1/auth/login', { email, password: 'wrong password' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('invalid_credentials');
    }
    const third = await client.raw('POST', '/api/v1/auth/login', {
      body: { email, password: 'wrong again' },
    });
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('account_locked');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(60);
    const right = await client.post('/api/v1/auth/login', { email, password });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('account_locked');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const client = new ApiClient(env.app, { ip: '10.0.0.3' });
    const response = await client.post('/api/v1/auth/login', {
      email: uniqueEmail(),
      password: 'whatever it is',
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
  });

  it('rate-limits log-in attempts per IP address', async () => {
    const client = new ApiClient(env.app, { ip: '10.0.0.9' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      statuses.push(
        (await client.post('/api/v1/auth/login', { email: uniqueEmail(), password: 'x' })).status,
      );
    }
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });
});

describe('password reset', () => {
  it('e-mails a single-use link that sets a new password and ends old sessions', async () => {
    const { client: admin, email } = await signUpOrganisation(env.app);
    const oldSession = admin.cookie('hb_session')!;
    const anonymous = new ApiClient(env.app, { ip: '10.0.1.1' });
    expect((await anonymous.post('/api/v1/auth/password-reset', { email })).status).toBe(202);

    const mail = await latestMailTo(admin, email);
    expect(mail.subject).toMatch(/reset/i);
    const token = new URL(/https?:\/\/\S+reset-password\?token=\S+/.exec(mail.text)![0]).searchParams.get(
      'token',
    )!;

    const confirm = await anonymous.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    expect(confirm.status).toBe(204);
    const reused = await anonymous.post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'another one 123',
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error.code).toBe('invalid_token');

    const stale = await env.app.inject({ url: '/api/v1/auth/me', cookies: { hb_session: oldSession } });
    expect(stale.statusCode).toBe(401);
    const login = await anonymous.post('/api/v1/auth/login', { email, password: 'a brand new password' });
    expect(login.status).toBe(200);
  });

  it('gives the same answer for an unknown e-mail and sends nothing', async () => {
    const email = uniqueEmail('nobody');
    const response = await new ApiClient(env.app, { ip: '10.0.1.2' }).post('/api/v1/auth/password-reset', {
      email,
    });
    expect(response.status).toBe(202);
    await env.services.queue.drain();
    const all = await env.services.db.query.outboxMessages.findMany();
    expect(all.some((message) => message.to.includes(email))).toBe(false);
  });
});
