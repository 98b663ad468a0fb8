import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let admin: ApiClient;
let template: { id: string; blueprint: Record<string, unknown> & { title: string } };

beforeAll(async () => {
  env = await createTestApp();
  admin = (await signUpOrganisation(env.app, 'Blueprint Labs')).client;
  template = (await admin.get('/api/v1/role-templates')).body.items[0];
});
afterAll(() => env.close());

describe('blueprints', () => {
  it('creates a blueprint from a template that the advisor passes without errors', async () => {
    const created = await admin.post('/api/v1/blueprints', {
      blueprint: template.blueprint,
      templateId: template.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.blueprint).toMatchObject({
      version: 1,
      templateId: template.id,
      errors: 0,
      archived: false,
    });
    expect(
      created.body.blueprint.findings.every((finding: { severity: string }) => finding.severity !== 'error'),
    ).toBe(true);
  });

  it('keeps every change as a version and refuses a stale save', async () => {
    const { blueprint } = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body;
    const renamed = { ...blueprint.blueprint, title: 'Senior backend engineer, payments' };
    const saved = await admin.put(`/api/v1/blueprints/${blueprint.id}`, {
      blueprint: renamed,
      expectedVersion: 1,
    });
    expect(saved.body.blueprint).toMatchObject({ version: 2, title: 'Senior backend engineer, payments' });
    const stale = await admin.put(`/api/v1/blueprints/${blueprint.id}`, {
      blueprint: renamed,
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    const versions = (await admin.get(`/api/v1/blueprints/${blueprint.id}/versions`)).body.items;
    expect(versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    expect(versions[1].blueprint.title).toBe(template.blueprint.title);
  });

  it('duplicates, archives and restores', async () => {
    const { blueprint } = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body;
    const copy = (await admin.post(`/api/v1/blueprints/${blueprint.id}/duplicate`)).body.blueprint;
    expect(copy.title).toBe(`${template.blueprint.title} (copy)`);
    expect((await admin.post(`/api/v1/blueprints/${copy.id}/archive`)).body.blueprint.archived).toBe(true);
    const active = (await admin.get('/api/v1/blueprints')).body.items.map((item: { id: string }) => item.id);
    expect(active).not.toContain(copy.id);
    const archived = (await admin.get('/api/v1/blueprints?archived=true')).body.items.map(
      (item: { id: string }) => item.id,
    );
    expect(archived).toContain(copy.id);
    expect((await admin.put(`/api/v1/blueprints/${copy.id}`, { blueprint: template.blueprint })).status).toBe(
      409,
    );
    expect((await admin.post(`/api/v1/blueprints/${copy.id}/restore`)).body.blueprint.archived).toBe(false);
  });

  it('reports invalid blueprints field by field', async () => {
    const response = await admin.post('/api/v1/blueprints', {
      blueprint: {
        ...template.blueprint,
        seniority: 'wizard',
        salary: { currency: 'usd', min: 100, max: 50 },
      },
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(
      expect.arrayContaining(['blueprint.seniority', 'blueprint.salary.currency', 'blueprint.salary.max']),
    );
  });

  it('checks a draft with the advisor without saving it', async () => {
    const response = await admin.post('/api/v1/advisor/check', {
      blueprint: { ...template.blueprint, salary: null },
    });
    expect(response.status).toBe(200);
    expect(response.body.publishable).toBe(false);
    expect(response.body.findings.map((finding: { code: string }) => finding.code)).toContain(
      'no_salary_range',
    );
  });

  it('lets interviewers read but not edit blueprints', async () => {
    const { ApiClient, uniqueEmail, uniqueIp } = await import('../../test/support/api-client.ts');
    const email = uniqueEmail('interviewer');
    await admin.post('/api/v1/invites', { email, role: 'interviewer' });
    await env.services.queue.drain();
    const outbox = (await admin.get('/api/v1/outbox')).body.items;
    const message = (
      await admin.get(`/api/v1/outbox/${outbox.find((m: { to: string[] }) => m.to.includes(email)).id}`)
    ).body.message;
    const token = new URL(/https?:\/\/\S+\/invite\?token=\S+/.exec(message.text)![0]).searchParams.get(
      'token',
    )!;
    const interviewer = new ApiClient(env.app, { ip: uniqueIp() });
    await interviewer.post('/api/v1/invites/accept', { token, name: 'Ivy', password: 'interviewer pass' });
    expect((await interviewer.get('/api/v1/blueprints')).status).toBe(200);
    expect((await interviewer.post('/api/v1/blueprints', { blueprint: template.blueprint })).status).toBe(
      403,
    );
  });
});

describe('jobs', () => {
  it('generates a posting in four parts and publishes only a clean blueprint', async () => {
    const { blueprint } = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body;
    const created = await admin.post('/api/v1/jobs', { blueprintId: blueprint.id });
    expect(created.status).toBe(201);
    const job = created.body.job;
    expect(job).toMatchObject({ status: 'draft', blueprintVersion: 1, postingEdited: false });
    for (const heading of ['What you will do', 'What you need', 'How you work', 'What we offer']) {
      expect(job.postingMarkdown).toContain(`## ${heading}`);
      expect(job.postingHtml).toContain(`<h2>${heading}</h2>`);
    }
    expect(job.postingMarkdown).toMatch(/\$\d{2,3},\d{3}/);

    const opened = await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' });
    expect(opened.body.job.status).toBe('open');
    expect(opened.body.job.openedAt).not.toBeNull();
    expect((await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'draft' })).status).toBe(422);
  });

  it('refuses to publish while the advisor reports errors, and says which', async () => {
    const { blueprint } = (
      await admin.post('/api/v1/blueprints', { blueprint: { ...template.blueprint, salary: null } })
    ).body;
    const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
    const refused = await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.length).toBeGreaterThan(0);
  });

  it('keeps checking the posting text once it is edited by hand', async () => {
    const { blueprint } = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body;
    const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
    const edited = await admin.patch(`/api/v1/jobs/${job.id}`, {
      postingMarkdown: '# Backend rockstar ninja\n\nCome build things with us. Competitive pay.',
    });
    expect(edited.body.job.postingEdited).toBe(true);
    const codes = edited.body.job.findings.map((finding: { code: string }) => finding.code);
    expect(codes).toContain('posting_hides_salary');
    expect((await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' })).status).toBe(422);
  });

  it('takes a newer blueprint version into the job on request', async () => {
    const { blueprint } = (await admin.post('/api/v1/blueprints', { blueprint: template.blueprint })).body;
    const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
    await admin.put(`/api/v1/blueprints/${blueprint.id}`, {
      blueprint: { ...blueprint.blueprint, title: 'Staff backend engineer' },
    });
    const listed = (await admin.get('/api/v1/jobs')).body.items.find(
      (item: { id: string }) => item.id === job.id,
    );
    expect(listed).toMatchObject({ blueprintVersion: 1, blueprintLatestVersion: 2 });
    const synced = await admin.post(`/api/v1/jobs/${job.id}/sync-blueprint`, { regeneratePosting: true });
    expect(synced.body.job).toMatchObject({ blueprintVersion: 2, title: 'Staff backend engineer' });
    expect(synced.body.job.postingMarkdown).toContain('# Staff backend engineer');
  });
});
