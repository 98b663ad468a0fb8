import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signUpOrganisation, uniqueEmail, uniqueIp } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { apiTokens } from './accounts.tables.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(() => env.close());

async function inviteLink(admin: ApiClient, email: string): Promise<string> {
  await env.services.queue.drain();
  const list = await admin.get('/api/v1/outbox?limit=100');
  const summary = list.body.items.find((message: { to: string[] }) => message.to.includes(email));
  const message = (await admin.get(`/api/v1/outbox/${summary.id}`)).body.message;
  return new URL(/https?:\/\/\S+\/invite\?token=\S+/.exec(message.text)![0]).searchParams.get('token')!;
}

async function addTeammate(admin: ApiClient, role: string) {
  const email = uniqueEmail(role);
  const created = await admin.post('/api/v1/invites', { email, role });
  expect(created.status).toBe(201);
  const token = await inviteLink(admin, email);
  const client = new ApiClient(env.app, { ip: uniqueIp() });
  const accepted = await client.post('/api/v1/invites/accept', {
    token,
    name: `Teammate ${role}`,
    password: 'teammate password',
  });
  expect(accepted.status).toBe(201);
  return { client, email, user: accepted.body.user, token };
}

describe('invitations', () => {
  it('e-mails a link with which the invitee joins with the invited role', async () => {
    const { client: admin, organisation } = await signUpOrganisation(env.app, 'Invite Labs');
    const email = uniqueEmail('recruiter');
    await admin.post('/api/v1/invites', { email, role: 'recruiter' });
    const token = await inviteLink(admin, email);

    const visitor = new ApiClient(env.app, { ip: uniqueIp() });
    const lookup = await visitor.get(`/api/v1/invites/lookup?token=${token}`);
    expect(lookup.body).toEqual({ organisationName: 'Invite Labs', email, role: 'recruiter' });

    const accepted = await visitor.post('/api/v1/invites/accept', {
      token,
      name: 'Rita',
      password: 'rita password 1',
    });
    expect(accepted.status).toBe(201);
    const me = await visitor.get('/api/v1/auth/me');
    expect(me.body.user).toMatchObject({ email, role: 'recruiter', name: 'Rita' });
    expect(me.body.organisation.id).toBe(organisation.id);

    const invites = await admin.get('/api/v1/invites');
    expect(invites.body.items[0]).toMatchObject({
      email,
      status: 'accepted',
      invitedBy: { name: 'Ada Admin' },
    });
  });

  it('works only once', async () => {
    const { client: admin } = await signUpOrganisation(env.app);
    const { token } = await addTeammate(admin, 'interviewer');
    const again = await new ApiClient(env.app, { ip: uniqueIp() }).post('/api/v1/invites/accept', {
      token,
      name: 'Mallory',
      password: 'mallory password',
    });
    expect(again.status).toBe(404);
  });

  it('stops working when revoked, and a resend replaces the old link', async () => {
    const { client: admin } = await signUpOrganisation(env.app);
    const email = uniqueEmail();
    const invite = (await admin.post('/api/v1/invites', { email, role: 'interviewer' })).body.invite;
    const firstToken = await inviteLink(admin, email);
    expect((await admin.post(`/api/v1/invites/${invite.id}/resend`)).status).toBe(200);
    const visitor = new ApiClient(env.app, { ip: uniqueIp() });
    expect((await visitor.get(`/api/v1/invites/lookup?token=${firstToken}`)).status).toBe(404);
    expect((await admin.delete(`/api/v1/invites/${invite.id}`)).status).toBe(204);
    const list = await admin.get('/api/v1/invites');
    expect(list.body.items.find((item: { id: string }) => item.id === invite.id).status).toBe('revoked');
  });

  it('is refused for an e-mail that already has an account or a pending invitation', async () => {
    const { client: admin, email } = await signUpOrganisation(env.app);
    expect((await admin.post('/api/v1/invites', { email, role: 'recruiter' })).status).toBe(409);
    const fresh = uniqueEmail();
    await admin.post('/api/v1/invites', { email: fresh, role: 'recruiter' });
    expect((await admin.post('/api/v1/invites', { email: fresh, role: 'recruiter' })).status).toBe(409);
  });
});

describe('roles', () => {
  it('lets only admins manage the team, the outbox and jobs', async () => {
    const { client: admin } = await signUpOrganisation(env.app);
    const { client: recruiter } = await addTeammate(admin, 'recruiter');
    expect((await recruiter.post('/api/v1/invites', { email: uniqueEmail(), role: 'admin' })).status).toBe(
      403,
    );
    expect((await recruiter.get('/api/v1/outbox')).status).toBe(403);
    expect((await recruiter.get('/api/v1/background-jobs')).status).toBe(403);
    expect((await recruiter.post('/api/v1/demo-data')).status).toBe(403);
    expect((await recruiter.get('/api/v1/users')).status).toBe(200);
    const forbidden = await recruiter.patch('/api/v1/organisation', { name: 'Hijacked' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('forbidden');
  });

  it('changes a role, which takes effect on the next request', async () => {
    const { client: admin } = await signUpOrganisation(env.app);
    const { client: interviewer, user } = await addTeammate(admin, 'interviewer');
    expect((await interviewer.get('/api/v1/invites')).status).toBe(403);
    const changed = await admin.patch(`/api/v1/users/${user.id}`, { role: 'admin' });
    expect(changed.body.user.role).toBe('admin');
    expect((await interviewer.get('/api/v1/invites')).status).toBe(200);
  });

  it('deactivation ends the person’s sessions and API tokens', async () => {
    const { client: admin } = await signUpOrganisation(env.app);
    const { client: member, user, email } = await addTeammate(admin, 'hiring_manager');
    const { secret } = (await member.post('/api/v1/account/tokens', { name: 'ci' })).body;
    expect((await member.withBearer(secret).get('/api/v1/auth/me')).status).toBe(200);

    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).body.user.active).toBe(false);
    expect((await member.get('/api/v1/auth/me')).status).toBe(401);
    expect((await member.withBearer(secret).get('/api/v1/auth/me')).status).toBe(401);
    const login = await new ApiClient(env.app, { ip: uniqueIp() }).post('/api/v1/auth/login', {
      email,
      password: 'teammate password',
    });
    expect(login.status).toBe(403);
  });

  it('never leaves an organisation without an active admin', async () => {
    const { client: admin, user } = await signUpOrganisation(env.app);
    const demote = await admin.patch(`/api/v1/users/${user.id}`, { role: 'recruiter' });
    expect(demote.status).toBe(409);
    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).status).toBe(409);
  });
});

describe('API tokens', () => {
  it('shows the secret once, works as a bearer token without CSRF, and stops when revoked', async () => {
    const { client } = await signUpOrganisation(env.app);
    const created = await client.post('/api/v1/account/tokens', { name: 'Deploy script', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const { token, secret } = created.body;
    expect(secret).toMatch(/^hb_/);
    expect(secret.startsWith(token.prefix)).toBe(true);

    const listed = await client.get('/api/v1/account/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const [stored] = await env.services.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(stored!.tokenHash).not.toContain(secret);

    const api = client.withBearer(secret);
    expect((await api.get('/api/v1/auth/me')).status).toBe(200);
    expect((await api.patch('/api/v1/account', { name: 'Via token' })).status).toBe(200);

    expect((await client.delete(`/api/v1/account/tokens/${token.id}`)).status).toBe(204);
    const refused = await api.get('/api/v1/auth/me');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
  });

  it('refuses an expired token', async () => {
    const { client } = await signUpOrganisation(env.app);
    const { token, secret } = (await client.post('/api/v1/account/tokens', { name: 'old', expiresInDays: 1 }))
      .body;
    await env.services.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, token.id));
    expect((await client.withBearer(secret).get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('account', () => {
  it('changes the password only with the current one, and ends other sessions', async () => {
    const { client, email, password } = await signUpOrganisation(env.app);
    const other = new ApiClient(env.app, { ip: uniqueIp() });
    expect((await other.post('/api/v1/auth/login', { email, password })).status).toBe(200);

    const wrong = await client.post('/api/v1/account/password', {
      currentPassword: 'nope',
      newPassword: 'new password 42',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('currentPassword');

    expect(
      (
        await client.post('/api/v1/account/password', {
          currentPassword: password,
          newPassword: 'new password 42',
        })
      ).status,
    ).toBe(204);
    expect((await client.get('/api/v1/auth/me')).status).toBe(200);
    expect((await other.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('demo data', () => {
  it('loads a hiring team, blueprints, jobs and applications in the background, once', async () => {
    const { client } = await signUpOrganisation(env.app, 'Demo Org');
    const started = await client.post('/api/v1/demo-data');
    expect(started.status).toBe(202);
    await env.services.queue.drain();
    const job = await client.get(`/api/v1/background-jobs/${started.body.job.id}`);
    expect(job.body.job.status).toBe('succeeded');
    const team = await client.get('/api/v1/users');
    const roles = team.body.items.map((user: { role: string }) => user.role);
    expect(roles).toEqual(expect.arrayContaining(['recruiter', 'hiring_manager', 'interviewer']));
    expect(team.body.items.length).toBeGreaterThanOrEqual(6);

    const blueprints = (await client.get('/api/v1/blueprints')).body.items;
    expect(blueprints.length).toBeGreaterThanOrEqual(3);
    expect(blueprints.every((blueprint: { errors: number }) => blueprint.errors === 0)).toBe(true);
    const jobs = (await client.get('/api/v1/jobs')).body.items;
    const open = jobs.filter((job: { status: string }) => job.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(jobs.some((job: { status: string }) => job.status === 'draft')).toBe(true);
    expect(
      open.reduce((sum: number, job: { applicationCount: number }) => sum + job.applicationCount, 0),
    ).toBeGreaterThanOrEqual(6);
    const applications = (await client.get(`/api/v1/jobs/${open[0].id}/applications`)).body.items;
    const resume = await client.raw('GET', `/api/v1/files/${applications[0].resumeFileId}`);
    expect(resume.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const pool = (await client.get('/api/v1/candidates?limit=1')).body;
    expect(pool.total).toBeGreaterThanOrEqual(200);
    const board = (await client.get(`/api/v1/jobs/${open[0].id}/board`)).body.cards;
    expect(new Set(board.map((card: { stage: string }) => card.stage)).size).toBeGreaterThanOrEqual(3);
    expect(board.some((card: { stalled: boolean }) => card.stalled)).toBe(true);
    expect((await client.get('/api/v1/candidates?source=referral&limit=1')).body.total).toBeGreaterThan(0);

    expect((await client.post('/api/v1/demo-data')).status).toBe(409);
  });
});
