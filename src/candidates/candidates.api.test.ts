import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../test/support/api-client.ts';
import { makePdf, multipartBody } from '../../test/support/documents.ts';
import { createTestApp } from '../../test/support/test-services.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let admin: ApiClient;
let orgSlug: string;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let job: any;

beforeAll(async () => {
  env = await createTestApp();
  const signup = await signUpOrganisation(env.app, 'Candidate Co');
  admin = signup.client;
  orgSlug = signup.organisation.slug;
  const template = (await admin.get('/api/v1/role-templates')).body.items[0];
  const blueprint = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body
    .blueprint;
  job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
  job = (await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' })).body.job;
  for (const [name, email] of [
    ['Priyanka Subramanian', 'priyanka@example.org'],
    ['Olumide Adeyemi', 'olumide@example.org'],
  ]) {
    const form = await multipartBody(
      { name: name!, email: email!, location: 'Bristol, UK', consent: 'yes' },
      { resume: { filename: 'cv.pdf', content: await makePdf([name!]), type: 'application/pdf' } },
    );
    await env.app.inject({
      method: 'POST',
      url: `/careers/${orgSlug}/jobs/${job.slug}/apply`,
      ...form,
      remoteAddress: `10.60.0.${Math.floor(Math.random() * 250)}`,
    });
  }
});
afterAll(() => env.close());

describe('candidates', () => {
  it('finds people by the start of their name, case-insensitively', async () => {
    const found = (await admin.get('/api/v1/candidates?q=priyan')).body;
    expect(found.total).toBe(1);
    expect(found.items[0].name).toBe('Priyanka Subramanian');
    expect((await admin.get('/api/v1/candidates?q=ADEYEMI')).body.items[0].name).toBe('Olumide Adeyemi');
    expect((await admin.get('/api/v1/candidates?q=nobody-like-this')).body.total).toBe(0);
    expect((await admin.get(`/api/v1/candidates?jobId=${job.id}`)).body.total).toBe(2);
  });

  it('finds notes by their words, and shows them on the timeline with the application and e-mails', async () => {
    const candidate = (await admin.get('/api/v1/candidates?q=olumide')).body.items[0];
    const team = (await admin.get('/api/v1/users')).body.items;
    const note = await admin.post(`/api/v1/candidates/${candidate.id}/notes`, {
      body: 'Strong answer on idempotency keys in payments.',
      mentions: [team[0].id],
    });
    expect(note.status).toBe(201);
    expect(
      (await admin.get('/api/v1/candidates?q=idempotency')).body.items.map((item: { id: string }) => item.id),
    ).toEqual([candidate.id]);

    const board = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards;
    const card = board.find((entry: { candidateId: string }) => entry.candidateId === candidate.id);
    await admin.post(`/api/v1/jobs/${job.id}/applications/bulk`, {
      action: 'move',
      applicationIds: [card.id],
      stage: 'screen',
      email: { templateKey: 'stage_invitation' },
    });
    const timeline = (await admin.get(`/api/v1/candidates/${candidate.id}/timeline`)).body.items;
    const kinds = timeline.map((item: { kind: string; type?: string }) => item.type ?? item.kind);
    expect(kinds).toEqual(expect.arrayContaining(['applied', 'note', 'moved', 'email']));
    const email = timeline.find((item: { kind: string }) => item.kind === 'email');
    expect(email.subject).toBe(`Next step for ${job.title}: Screen`);

    await env.services.queue.drain();
    const outbox = (await admin.get('/api/v1/outbox')).body.items;
    expect(
      outbox.some(
        (message: { subject: string }) => message.subject === `Ada Admin mentioned you on ${candidate.name}`,
      ),
    ).toBe(true);
  });

  it('shows the profile with applications and the résumé file', async () => {
    const candidate = (await admin.get('/api/v1/candidates?q=priyanka')).body.items[0];
    const profile = (await admin.get(`/api/v1/candidates/${candidate.id}`)).body.candidate;
    expect(profile).toMatchObject({
      name: 'Priyanka Subramanian',
      location: 'Bristol, UK',
      source: 'careers_page',
    });
    expect(profile.applications).toEqual([
      expect.objectContaining({ jobId: job.id, stage: 'applied', status: 'active' }),
    ]);
    expect(profile.files).toEqual([
      expect.objectContaining({ purpose: 'resume', contentType: 'application/pdf' }),
    ]);
    expect(profile).not.toHaveProperty('searchDocument');
  });
});

describe('résumé files', () => {
  it('downloads by default and shows a PDF inline only when asked, framed by this site alone', async () => {
    const candidate = (await admin.get('/api/v1/candidates?q=priyanka')).body.items[0];
    const file = (await admin.get(`/api/v1/candidates/${candidate.id}`)).body.candidate.files[0];
    const cookies = { hb_session: admin.cookie('hb_session')! };
    const download = await env.app.inject({ url: `/api/v1/files/${file.id}`, cookies });
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    const inline = await env.app.inject({ url: `/api/v1/files/${file.id}?inline=true`, cookies });
    expect(inline.headers['content-disposition']).toMatch(/^inline/);
    expect(inline.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    expect(inline.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
