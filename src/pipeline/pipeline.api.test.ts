import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signUpOrganisation } from '../../test/support/api-client.ts';
import { makePdf, multipartBody } from '../../test/support/documents.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { applications, candidateEvents } from '../candidates/candidates.tables.ts';
import { backgroundJobs } from '../platform/jobs/jobs.tables.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let admin: ApiClient;
let orgSlug: string;
// biome-ignore lint/suspicious/noExplicitAny: templates are read loosely.
let templates: any[];

beforeAll(async () => {
  env = await createTestApp();
  const signup = await signUpOrganisation(env.app, 'Pipeline Works');
  admin = signup.client;
  orgSlug = signup.organisation.slug;
  templates = (await admin.get('/api/v1/role-templates')).body.items;
});
afterAll(() => env.close());

async function openJob(seniority?: 'junior' | 'mid' | 'senior') {
  const base = templates.find((template) => !seniority || template.blueprint.seniority === seniority);
  const blueprint = (await admin.post('/api/v1/blueprints', { blueprint: base.blueprint })).body.blueprint;
  const job = (await admin.post('/api/v1/jobs', { blueprintId: blueprint.id })).body.job;
  return (await admin.post(`/api/v1/jobs/${job.id}/status`, { status: 'open' })).body.job;
}

async function applyTo(job: { slug: string }, name: string, email: string) {
  const form = await multipartBody(
    { name, email, consent: 'yes' },
    { resume: { filename: 'cv.pdf', content: await makePdf([name]), type: 'application/pdf' } },
  );
  const response = await env.app.inject({
    method: 'POST',
    url: `/careers/${orgSlug}/jobs/${job.slug}/apply`,
    ...form,
    remoteAddress: `10.50.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  expect(response.statusCode).toBe(303);
}

describe('pipeline', () => {
  it('gives mid and senior jobs a system-design stage, and juniors none', async () => {
    const senior = await openJob('senior');
    const junior = await openJob('junior');
    const seniorStages = (await admin.get(`/api/v1/jobs/${senior.id}/board`)).body.stages.map(
      (stage: { key: string }) => stage.key,
    );
    const juniorStages = (await admin.get(`/api/v1/jobs/${junior.id}/board`)).body.stages.map(
      (stage: { key: string }) => stage.key,
    );
    expect(seniorStages).toEqual([
      'applied',
      'screen',
      'practical',
      'system_design',
      'behavioural',
      'references',
      'offer',
      'hired',
    ]);
    expect(juniorStages).not.toContain('system_design');
  });

  it('puts careers applications in the first stage and records each move with actor and time', async () => {
    const job = await openJob('senior');
    await applyTo(job, 'Ada Lovelace', 'ada@example.org');
    const board = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body;
    const card = board.cards[0];
    expect(card).toMatchObject({ name: 'Ada Lovelace', stage: 'applied', stalled: false, daysInStage: 0 });

    const moved = await admin.post(`/api/v1/jobs/${job.id}/applications/bulk`, {
      action: 'move',
      applicationIds: [card.id],
      stage: 'screen',
    });
    expect(moved.body.affected).toBe(1);
    const events = await env.services.db
      .select()
      .from(candidateEvents)
      .where(eq(candidateEvents.applicationId, card.id));
    expect(events.map((event) => [event.type, event.fromStage, event.toStage])).toEqual([
      ['applied', null, 'applied'],
      ['moved', 'applied', 'screen'],
    ]);
    expect(events[1]!.actorUserId).not.toBeNull();
  });

  it('marks candidates who waited past the stage target as stalled, and filters by days in stage', async () => {
    const job = await openJob('mid');
    await applyTo(job, 'Grace Hopper', 'grace@example.org');
    const card = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards[0];
    await env.services.db
      .update(applications)
      .set({ stageEnteredAt: new Date(Date.now() - 5 * 86_400_000) })
      .where(eq(applications.id, card.id));
    const board = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body;
    expect(board.cards[0]).toMatchObject({ stalled: true, daysInStage: 5 });
    expect((await admin.get(`/api/v1/jobs/${job.id}/board?minDaysInStage=6`)).body.cards).toHaveLength(0);
  });

  it('rejects a batch with a reason and a delayed templated e-mail on each timeline', async () => {
    const job = await openJob('senior');
    await applyTo(job, 'Alan Turing', 'alan@example.org');
    await applyTo(job, 'Edsger Dijkstra', 'edsger@example.org');
    const ids = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards.map(
      (card: { id: string }) => card.id,
    );
    const rejected = await admin.post(`/api/v1/jobs/${job.id}/applications/bulk`, {
      action: 'reject',
      applicationIds: ids,
      reason: 'skills_gap',
      email: { templateKey: 'rejection', delayHours: 24 },
    });
    expect(rejected.body.affected).toBe(2);
    expect((await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards).toHaveLength(0);
    const closed = (await admin.get(`/api/v1/jobs/${job.id}/board?includeClosed=true`)).body.cards;
    expect(closed.map((card: { status: string }) => card.status)).toEqual(['rejected', 'rejected']);

    const outbox = (await admin.get('/api/v1/outbox?limit=10')).body.items;
    const rejection = outbox.find((message: { to: string[] }) => message.to.includes('alan@example.org'));
    expect(rejection.subject).toBe(`Your application for ${job.title}`);
    const message = (await admin.get(`/api/v1/outbox/${rejection.id}`)).body.message;
    expect(message.text).toContain('Hi Alan,');
    const [mailJob] = await env.services.db
      .select()
      .from(backgroundJobs)
      .where(eq(backgroundJobs.type, 'mail.send'))
      .orderBy(backgroundJobs.createdAt)
      .then((rows) =>
        rows.filter((row) => (row.payload as { messageId: string }).messageId === rejection.id),
      );
    expect(mailJob!.runAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    const events = await env.services.db
      .select()
      .from(candidateEvents)
      .where(eq(candidateEvents.applicationId, ids[0]));
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['rejected', 'email']));
    expect(events.find((event) => event.type === 'rejected')!.data).toEqual({ reason: 'skills_gap' });
  });

  it('tags candidates in bulk and filters the board by tag', async () => {
    const job = await openJob('senior');
    await applyTo(job, 'Barbara Liskov', 'barbara@example.org');
    await applyTo(job, 'Ken Thompson', 'ken@example.org');
    const cards = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards;
    const barbara = cards.find((card: { name: string }) => card.name === 'Barbara Liskov');
    await admin.post(`/api/v1/jobs/${job.id}/applications/bulk`, {
      action: 'tag',
      applicationIds: [barbara.id],
      add: ['strong-sql'],
    });
    const filtered = (await admin.get(`/api/v1/jobs/${job.id}/board?tag=strong-sql`)).body.cards;
    expect(filtered.map((card: { name: string }) => card.name)).toEqual(['Barbara Liskov']);
  });

  it('refuses applications of another job and unknown stages without changing anything', async () => {
    const jobA = await openJob('senior');
    const jobB = await openJob('senior');
    await applyTo(jobB, 'Linus Torvalds', 'linus@example.org');
    const card = (await admin.get(`/api/v1/jobs/${jobB.id}/board`)).body.cards[0];
    expect(
      (
        await admin.post(`/api/v1/jobs/${jobA.id}/applications/bulk`, {
          action: 'move',
          applicationIds: [card.id],
          stage: 'screen',
        })
      ).status,
    ).toBe(404);
    const unknown = await admin.post(`/api/v1/jobs/${jobB.id}/applications/bulk`, {
      action: 'move',
      applicationIds: [card.id],
      stage: 'nowhere',
    });
    expect(unknown.status).toBe(400);
    expect((await admin.get(`/api/v1/jobs/${jobB.id}/board`)).body.cards[0].stage).toBe('applied');
  });

  it('edits a job’s stages, and refuses to remove one that still holds candidates', async () => {
    const job = await openJob('senior');
    await applyTo(job, 'Frances Allen', 'frances@example.org');
    const { stages } = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body;
    const edited = stages
      .filter((stage: { key: string }) => stage.key !== 'references')
      .map((stage: { key: string; name: string; kind: string; targetDays: number | null }) =>
        stage.key === 'screen' ? { ...stage, name: 'Recruiter call', targetDays: 2 } : stage,
      );
    edited.splice(3, 0, { name: 'Pairing session', kind: 'interview', targetDays: 4 });
    const saved = await admin.put(`/api/v1/jobs/${job.id}/stages`, { stages: edited });
    expect(saved.status).toBe(200);
    expect(saved.body.stages.map((stage: { key: string }) => stage.key)).toEqual([
      'applied',
      'screen',
      'practical',
      'pairing_session',
      'system_design',
      'behavioural',
      'offer',
      'hired',
    ]);
    expect(saved.body.stages[1]).toMatchObject({ name: 'Recruiter call', targetDays: 2 });

    const withoutApplied = saved.body.stages.filter((stage: { key: string }) => stage.key !== 'applied');
    withoutApplied[0] = { ...withoutApplied[0], kind: 'intake' };
    const refused = await admin.put(`/api/v1/jobs/${job.id}/stages`, { stages: withoutApplied });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Move the 1 active candidate');
    expect(
      (await admin.put(`/api/v1/jobs/${job.id}/stages`, { stages: saved.body.stages.slice(0, -1) })).status,
    ).toBe(400);
  });

  it('records a withdrawal and takes the card off the board', async () => {
    const job = await openJob('senior');
    await applyTo(job, 'Hedy Lamarr', 'hedy@example.org');
    const card = (await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards[0];
    const withdrawn = await admin.post(`/api/v1/jobs/${job.id}/applications/bulk`, {
      action: 'withdraw',
      applicationIds: [card.id],
    });
    expect(withdrawn.body.affected).toBe(1);
    expect((await admin.get(`/api/v1/jobs/${job.id}/board`)).body.cards).toHaveLength(0);
    const timeline = (await admin.get(`/api/v1/candidates/${card.candidateId}/timeline`)).body.items;
    expect(timeline[0]).toMatchObject({ type: 'withdrawn', fromStage: 'applied' });
  });
});
