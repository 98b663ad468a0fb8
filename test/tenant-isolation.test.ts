import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { insertImport } from '../src/candidates/import/import.store.ts';
import { offerRecordsOf } from '../src/offers/api-fixtures.ts';
import { defineJob } from '../src/platform/jobs/queue.ts';
import { ApiClient, signUpOrganisation, uniqueEmail, uniqueIp } from './support/api-client.ts';
import { makePdf, multipartBody } from './support/documents.ts';
import { createTestApp } from './support/test-services.ts';

/**
 * Organisation A's admin — the most powerful role — must not see or touch a single record of organisation B
 * through any route. Every route with an :id must be listed in `recordOfB`; a new route without an entry fails
 * this test until someone decides which of B's records it must be tried against.
 */

let env: Awaited<ReturnType<typeof createTestApp>>;
let adminA: ApiClient;
let adminB: ApiClient;
const b: Record<string, string> = {};
const secretsOfB: string[] = [];
let blueprintOfB: unknown;
let interviewPlanOfB: unknown;

const alwaysFails = defineJob({
  type: 'test.always_fails',
  payload: z.object({}),
  maxAttempts: 1,
  run: async () => {
    throw new Error('planned failure');
  },
});

beforeAll(async () => {
  env = await createTestApp();
  env.services.queue.register(alwaysFails);
  adminA = (await signUpOrganisation(env.app, 'Organisation A')).client;
  const orgB = await signUpOrganisation(env.app, 'Organisation B');
  adminB = orgB.client;
  secretsOfB.push(orgB.email, orgB.organisation.id, orgB.user.id);

  const teammateEmail = uniqueEmail('b-teammate');
  await adminB.post('/api/v1/invites', { email: teammateEmail, role: 'interviewer' });
  await env.services.queue.drain();
  const outbox = (await adminB.get('/api/v1/outbox')).body.items;
  b.message = outbox[0].id;
  const text = (await adminB.get(`/api/v1/outbox/${b.message}`)).body.message.text as string;
  const token = new URL(/https?:\/\/\S+\/invite\?token=\S+/.exec(text)![0]).searchParams.get('token')!;
  const teammate = await new ApiClient(env.app, { ip: uniqueIp() }).post('/api/v1/invites/accept', {
    token,
    name: 'B Teammate',
    password: 'teammate password',
  });
  b.user = teammate.body.user.id;
  b.acceptedInvite = (await adminB.get('/api/v1/invites')).body.items[0].id;
  b.invite = (
    await adminB.post('/api/v1/invites', { email: uniqueEmail('b-pending'), role: 'recruiter' })
  ).body.invite.id;
  b.token = (await adminB.post('/api/v1/account/tokens', { name: 'B token' })).body.token.id;
  const job = await env.services.queue.enqueue(
    env.services.db,
    alwaysFails,
    {},
    { orgId: orgB.organisation.id },
  );
  await env.services.queue.drain();
  b.backgroundJob = job.id;

  const template = (await adminB.get('/api/v1/role-templates')).body.items[0];
  b.blueprint = (
    await adminB.post('/api/v1/blueprints', { blueprint: template.blueprint })
  ).body.blueprint.id;
  b.hiringJob = (await adminB.post('/api/v1/jobs', { blueprintId: b.blueprint })).body.job.id;
  const opened = (await adminB.post(`/api/v1/jobs/${b.hiringJob}/status`, { status: 'open' })).body.job;
  const form = await multipartBody(
    { name: 'Bea Candidate', email: uniqueEmail('b-candidate'), consent: 'yes' },
    { resume: { filename: 'cv.pdf', content: await makePdf(['Bea']), type: 'application/pdf' } },
  );
  await env.app.inject({
    method: 'POST',
    url: `/careers/${orgB.organisation.slug}/jobs/${opened.slug}/apply`,
    ...form,
  });
  const applications = (await adminB.get(`/api/v1/jobs/${b.hiringJob}/applications`)).body.items;
  b.file = applications[0].resumeFileId;
  b.application = applications[0].id;
  b.candidate = applications[0].candidate.id;
  await adminB.put('/api/v1/email-templates/rejection', {
    name: 'Rejection',
    subject: 'B-only subject {{job.title}}',
    body: 'B-only body',
  });
  secretsOfB.push('B-only subject', 'B-only body');
  await adminB.put('/api/v1/offer-letter-templates/b_only_letter', {
    name: 'B-only letter',
    engagement: 'full_time',
    title: 'B-only letter title {{job.title}}',
    body: 'Dear {{candidate.firstName}}, B-only letter body with {{offer.baseSalary}}.',
  });
  secretsOfB.push('B-only letter');
  secretsOfB.push(applications[0].candidate.email, applications[0].candidate.id, applications[0].id);
  b.candidateImport = (
    await insertImport(env.services.db, {
      orgId: orgB.organisation.id,
      filename: 'b-pool.csv',
      fileId: null,
      mapping: { name: 'Name' },
      dryRun: true,
      createdBy: orgB.user.id,
    })
  ).id;
  interviewPlanOfB = (await adminB.get(`/api/v1/jobs/${b.hiringJob}/interview-plan`)).body.plan.plan;
  b.interview = (
    await adminB.post(`/api/v1/applications/${b.application}/interviews`, {
      planKey: 'screen',
      interviewerIds: [b.user],
      startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      durationMinutes: 30,
      timeZone: 'Europe/Paris',
    })
  ).body.interview.id;
  b.availabilityWindow = (
    await adminB.post('/api/v1/account/availability', {
      kind: 'weekly',
      weekday: 2,
      startTime: '09:00',
      endTime: '12:00',
      timeZone: 'Europe/Paris',
    })
  ).body.window.id;
  b.exerciseInvitation = (
    await adminB.post(`/api/v1/applications/${b.application}/exercise-invitations`, {
      exerciseId: 'tasks-api',
    })
  ).body.invitation.id;
  // A written exercise handed in (as a document: nothing runs), for the review routes.
  const written = await adminB.post(`/api/v1/applications/${b.application}/exercise-invitations`, {
    exerciseId: 'incident-triage',
  });
  const writtenToken = /\/exercise\/(\S+)$/.exec(written.body.url)![1]!;
  await new ApiClient(env.app, { ip: uniqueIp() }).raw(
    'POST',
    `/api/v1/public/exercises/${writtenToken}/start`,
    {
      csrf: false,
    },
  );
  const handIn = await multipartBody(
    {},
    { file: { filename: 'TRIAGE.md', content: Buffer.from('# B-only triage\n'), type: 'text/markdown' } },
  );
  b.exerciseSubmission = (
    await env.app.inject({
      method: 'POST',
      url: `/api/v1/public/exercises/${writtenToken}/submission`,
      ...handIn,
      remoteAddress: uniqueIp(),
    })
  ).json().submission.id;
  b.orgExercise = (
    await adminB.post('/api/v1/exercises', {
      title: 'B-only exercise',
      summary: 'An exercise only organisation B has.',
      timeLimitMinutes: 60,
      brief: '# B-only brief\n\nAnswer GET /health with 200.',
      hiddenChecks: {
        source: 'checks',
        checks: [
          {
            id: 'health',
            category: 'correctness',
            description: 'GET /health answers 200',
            points: 1,
            steps: [{ request: { method: 'GET', path: '/health' }, expect: { status: 200 } }],
          },
        ],
      },
    })
  ).body.exercise.id;
  Object.assign(
    b,
    await offerRecordsOf(env, adminB, { application: b.application!, job: b.hiringJob!, approver: b.user! }),
  );
  b.ownQuestion = (
    await adminB.post('/api/v1/question-bank', {
      kind: 'question',
      theme: 'databases',
      text: 'B-only question: walk me through the slowest query you ever fixed and how.',
      seniority: ['mid'],
      attributes: ['databases'],
      strongAnswer:
        'Shows the plan before and after, the index chosen, and how the gain was measured in production.',
      weakAnswer: 'Says "add an index" and stops there.',
      followUps: ['What did the plan show?', 'What did it cost on writes?'],
    })
  ).body.question.id;
  blueprintOfB = template.blueprint;
  secretsOfB.push(...Object.values(b), teammateEmail);
});
afterAll(() => env.close());

const recordOfB: Record<string, { id: () => string; body?: () => unknown; ownRecord?: true }> = {
  'PATCH /api/v1/users/:id': { id: () => b.user!, body: () => ({ role: 'admin' }) },
  'POST /api/v1/invites/:id/resend': { id: () => b.invite! },
  'DELETE /api/v1/invites/:id': { id: () => b.invite! },
  'DELETE /api/v1/account/tokens/:id': { id: () => b.token! },
  'GET /api/v1/outbox/:id': { id: () => b.message! },
  'GET /api/v1/background-jobs/:id': { id: () => b.backgroundJob! },
  'POST /api/v1/background-jobs/:id/retry': { id: () => b.backgroundJob! },
  'GET /api/v1/blueprints/:id': { id: () => b.blueprint! },
  'PUT /api/v1/blueprints/:id': { id: () => b.blueprint!, body: () => ({ blueprint: blueprintOfB }) },
  'POST /api/v1/blueprints/:id/duplicate': { id: () => b.blueprint! },
  'POST /api/v1/blueprints/:id/archive': { id: () => b.blueprint! },
  'POST /api/v1/blueprints/:id/restore': { id: () => b.blueprint! },
  'GET /api/v1/blueprints/:id/versions': { id: () => b.blueprint! },
  'GET /api/v1/jobs/:id': { id: () => b.hiringJob! },
  'PATCH /api/v1/jobs/:id': { id: () => b.hiringJob!, body: () => ({ title: 'Taken over' }) },
  'POST /api/v1/jobs/:id/sync-blueprint': {
    id: () => b.hiringJob!,
    body: () => ({ regeneratePosting: true }),
  },
  'POST /api/v1/jobs/:id/status': { id: () => b.hiringJob!, body: () => ({ status: 'closed' }) },
  'GET /api/v1/jobs/:id/applications': { id: () => b.hiringJob! },
  'GET /api/v1/files/:id': { id: () => b.file! },
  'GET /api/v1/jobs/:id/board': { id: () => b.hiringJob! },
  'PUT /api/v1/jobs/:id/stages': {
    id: () => b.hiringJob!,
    body: () => ({
      stages: [
        { name: 'Applied', kind: 'intake', targetDays: null },
        { name: 'Hired', kind: 'hired', targetDays: null },
      ],
    }),
  },
  'GET /api/v1/candidates/:id': { id: () => b.candidate! },
  'GET /api/v1/candidates/:id/timeline': { id: () => b.candidate! },
  'POST /api/v1/candidates/:id/notes': { id: () => b.candidate!, body: () => ({ body: 'planted note' }) },
  'PUT /api/v1/candidates/:id': {
    id: () => b.candidate!,
    body: () => ({ candidate: { name: 'Taken Over' } }),
  },
  'GET /api/v1/candidates/:id/duplicates': { id: () => b.candidate! },
  'GET /api/v1/candidates/:id/export': { id: () => b.candidate! },
  'POST /api/v1/candidates/:id/erase': { id: () => b.candidate!, body: () => ({ confirm: 'Bea Candidate' }) },
  'POST /api/v1/candidates/:id/merge': { id: () => b.candidate!, body: () => ({ mergeId: b.candidate! }) },
  'GET /api/v1/candidate-imports/:id': { id: () => b.candidateImport! },
  'PUT /api/v1/question-bank/:key': {
    id: () => b.ownQuestion!,
    body: () => ({
      kind: 'question',
      theme: 'databases',
      text: 'Taken over by A: walk me through the slowest query you ever fixed.',
      seniority: ['mid'],
      attributes: ['databases'],
      strongAnswer:
        'Shows the plan before and after, the index chosen, and how the gain was measured in production.',
      weakAnswer: 'Says "add an index" and stops there.',
      followUps: ['What did the plan show?', 'What did it cost on writes?'],
    }),
  },
  'POST /api/v1/question-bank/:key/retire': { id: () => b.ownQuestion! },
  'POST /api/v1/question-bank/:key/restore': { id: () => b.ownQuestion! },
  'POST /api/v1/candidates/:id/applications': {
    id: () => b.candidate!,
    body: () => ({ jobId: b.hiringJob! }),
  },
  // Templates are addressed by key; B customised "rejection", A has not: A's delete must not reach B's.
  'DELETE /api/v1/email-templates/:key': { id: () => 'rejection' },
  // Saving a template by key writes the caller's own copy; the last test proves B's copy is untouched.
  'PUT /api/v1/email-templates/:key': {
    id: () => 'rejection',
    body: () => ({ name: 'Rejection', subject: 'A subject', body: 'A body' }),
    ownRecord: true,
  },
  'GET /api/v1/jobs/:id/interview-plan': { id: () => b.hiringJob! },
  'PUT /api/v1/jobs/:id/interview-plan': {
    id: () => b.hiringJob!,
    body: () => ({ version: 1, plan: interviewPlanOfB }),
  },
  'POST /api/v1/applications/:id/interviews': {
    id: () => b.application!,
    body: () => ({
      planKey: 'screen',
      interviewerIds: [b.user!],
      startsAt: new Date().toISOString(),
      timeZone: 'UTC',
    }),
  },
  'GET /api/v1/interviews/:id': { id: () => b.interview! },
  'PATCH /api/v1/interviews/:id': { id: () => b.interview!, body: () => ({ location: 'Taken over' }) },
  'POST /api/v1/interviews/:id/cancel': { id: () => b.interview!, body: () => ({}) },
  'GET /api/v1/interviews/:id/scorecard': { id: () => b.interview! },
  'PUT /api/v1/interviews/:id/scorecard': { id: () => b.interview!, body: () => ({ summary: 'planted' }) },
  'POST /api/v1/interviews/:id/scorecard': { id: () => b.interview!, body: () => ({ summary: 'planted' }) },
  'GET /api/v1/interviews/:id/kit': { id: () => b.interview! },
  'GET /api/v1/applications/:id/scorecards': { id: () => b.application! },
  'GET /api/v1/applications/:id/debrief': { id: () => b.application! },
  'POST /api/v1/applications/:id/decision': {
    id: () => b.application!,
    body: () => ({ decision: 'hire', rationale: 'Planted by another organisation.' }),
  },
  'DELETE /api/v1/account/availability/:id': { id: () => b.availabilityWindow! },
  'POST /api/v1/applications/:id/scheduling-links': {
    id: () => b.application!,
    body: () => ({ planKey: 'screen', interviewerIds: [b.user!], timeZone: 'UTC' }),
  },
  'POST /api/v1/candidates/:id/references': {
    id: () => b.candidate!,
    body: () => ({
      refereeName: 'Planted',
      refereeEmail: 'planted@example.com',
      relationship: 'None at all',
    }),
  },
  'GET /api/v1/candidates/:id/references': { id: () => b.candidate! },
  // Public by token: the token is the credential, whoever holds it; anything else answers 404.
  'GET /api/v1/public/scheduling/:token': { id: () => 'hbs_no-such-link-anywhere' },
  'POST /api/v1/public/scheduling/:token': {
    id: () => 'hbs_no-such-link-anywhere',
    body: () => ({ start: new Date().toISOString(), timeZone: 'UTC' }),
  },
  'GET /api/v1/public/references/:token': { id: () => 'hbr_no-such-request-anywhere' },
  'POST /api/v1/public/references/:token': {
    id: () => 'hbr_no-such-request-anywhere',
    body: () => ({
      deadlinesMet: 'x',
      technicalDisagreements: 'x',
      problemsFlaggedEarly: 'x',
      wouldWorkAgain: 'yes',
    }),
  },
  'POST /api/v1/applications/:id/exercise-invitations': {
    id: () => b.application!,
    body: () => ({ exerciseId: 'tasks-api' }),
  },
  'GET /api/v1/applications/:id/exercise-invitations': { id: () => b.application! },
  'GET /api/v1/exercise-invitations/:id': { id: () => b.exerciseInvitation! },
  'GET /api/v1/exercises/:id': { id: () => b.orgExercise! },
  'PUT /api/v1/exercises/:id': {
    id: () => b.orgExercise!,
    body: () => ({
      title: 'Taken over',
      summary: 'Planted by another organisation.',
      timeLimitMinutes: 60,
      brief: 'Planted by another organisation, to take it over.',
      hiddenChecks: {
        source: 'checks',
        checks: [
          {
            id: 'x',
            category: 'correctness',
            description: 'x',
            points: 1,
            steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }],
          },
        ],
      },
    }),
  },
  'DELETE /api/v1/exercises/:id': { id: () => b.orgExercise! },
  'POST /api/v1/exercises/:id/starter': { id: () => b.orgExercise!, body: () => ({}) },
  'DELETE /api/v1/exercises/:id/starter': { id: () => b.orgExercise! },
  'GET /api/v1/exercise-submissions/:id/review': { id: () => b.exerciseSubmission! },
  'PUT /api/v1/exercise-submissions/:id/review': {
    id: () => b.exerciseSubmission!,
    body: () => ({
      scores: [{ criterionId: 'evidence', score: 4, evidence: 'Planted' }],
      comment: 'Planted',
    }),
  },
  'GET /api/v1/exercise-submissions/:id/hand-in': { id: () => b.exerciseSubmission! },
  'GET /api/v1/public/exercises/:token': { id: () => 'hbx_no-such-exercise-anywhere' },
  'POST /api/v1/public/exercises/:token/start': { id: () => 'hbx_no-such-exercise-anywhere' },
  'GET /api/v1/public/exercises/:token/starter.zip': { id: () => 'hbx_no-such-exercise-anywhere' },
  'POST /api/v1/public/exercises/:token/submission': { id: () => 'hbx_no-such-exercise-anywhere' },
  'PUT /api/v1/approval-chains/:id': {
    id: () => b.approvalChain!,
    body: () => ({ name: 'Taken over', steps: [{ name: 'Step', approverIds: [b.user!] }] }),
  },
  'DELETE /api/v1/approval-chains/:id': { id: () => b.approvalChain! },
  // Letter templates are addressed by key: B's own "b_only_letter" does not exist for A.
  'GET /api/v1/offer-letter-templates/:key': { id: () => 'b_only_letter' },
  'DELETE /api/v1/offer-letter-templates/:key': { id: () => 'b_only_letter' },
  // Saving a letter template by key writes the caller's own copy.
  'PUT /api/v1/offer-letter-templates/:key': {
    id: () => 'planted_full_time',
    body: () => ({
      name: 'Planted',
      engagement: 'full_time',
      title: 'Offer: {{job.title}}',
      body: 'Dear {{candidate.firstName}}, we offer you {{offer.baseSalary}}.',
    }),
    ownRecord: true,
  },
  'POST /api/v1/applications/:id/offers': {
    id: () => b.application!,
    body: () => ({
      terms: {
        engagement: 'full_time',
        currency: 'USD',
        baseSalary: 1,
        startDate: '2026-03-02',
        location: { workplace: 'remote' },
      },
    }),
  },
  'GET /api/v1/offers/:id': { id: () => b.offer! },
  'PATCH /api/v1/offers/:id': { id: () => b.offer!, body: () => ({ customLetter: null }) },
  'POST /api/v1/offers/:id/submit-for-approval': { id: () => b.offer! },
  'POST /api/v1/offers/:id/approvals': { id: () => b.offer!, body: () => ({ decision: 'approve' }) },
  'GET /api/v1/offers/:id/letter.pdf': { id: () => b.offer! },
  'POST /api/v1/offers/:id/send': { id: () => b.offer!, body: () => ({}) },
  'POST /api/v1/offers/:id/withdraw': { id: () => b.offer!, body: () => ({ reason: 'Taken over' }) },
  'GET /api/v1/public/offers/:token': { id: () => 'hbo_no-such-offer-anywhere' },
  'GET /api/v1/public/offers/:token/letter.pdf': { id: () => 'hbo_no-such-offer-anywhere' },
  'POST /api/v1/public/offers/:token/accept': {
    id: () => 'hbo_no-such-offer-anywhere',
    body: () => ({ typedName: 'Bea Candidate' }),
  },
  'POST /api/v1/public/offers/:token/decline': {
    id: () => 'hbo_no-such-offer-anywhere',
    body: () => ({ reason: 'Planted' }),
  },
  'GET /api/v1/onboarding-plans/:id': { id: () => b.onboardingPlan! },
  'PATCH /api/v1/onboarding-plans/:id': { id: () => b.onboardingPlan!, body: () => ({ buddyId: null }) },
  'POST /api/v1/onboarding-plans/:id/reviews': {
    id: () => b.onboardingPlan!,
    body: () => ({ checkpoint: 30, rating: 1, notes: 'Planted' }),
  },
  'POST /api/v1/onboarding-items/:id/done': { id: () => b.onboardingItem! },
  'POST /api/v1/onboarding-items/:id/undo': { id: () => b.onboardingItem! },
  'GET /api/v1/engagements/:id': { id: () => b.engagement! },
  'POST /api/v1/engagements/:id/decision': {
    id: () => b.engagement!,
    body: () => ({ decision: 'end', rationale: 'Planted by another organisation, to end it.' }),
  },
  'GET /api/v1/jobs/:id/replacements': { id: () => b.hiringJob! },
  'POST /api/v1/jobs/:id/applications/bulk': {
    id: () => b.hiringJob!,
    body: () => ({ action: 'reject', applicationIds: [b.application!], reason: 'other' }),
  },
};

describe('tenant isolation', () => {
  it('answers 404 on every route that names a record of another organisation', async () => {
    // Routes that write the caller's own copy run last, so they cannot mask a leak on the other routes.
    const routesWithIds = env.app.apiRoutes
      .filter((route) => route.url.includes(':'))
      .sort(
        (left, right) =>
          Number(recordOfB[`${left.method} ${left.url}`]?.ownRecord ?? false) -
          Number(recordOfB[`${right.method} ${right.url}`]?.ownRecord ?? false),
      );
    expect(routesWithIds.length).toBeGreaterThanOrEqual(Object.keys(recordOfB).length);
    for (const route of routesWithIds) {
      const key = `${route.method} ${route.url}`;
      const target = recordOfB[key];
      expect(target, `${key} has no record of organisation B to be tried against`).toBeDefined();
      const url = route.url.replace(/:(id|key|token)\b/, target!.id());
      const response = await adminA.json(route.method as 'GET', url, target!.body?.());
      if (target!.ownRecord) {
        expect(response.status, `${key} as organisation A`).toBe(200);
        continue;
      }
      expect(response.status, `${key} as organisation A`).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });

  it('lists nothing of another organisation on any list route', async () => {
    const lists = env.app.apiRoutes.filter(
      (route) => route.method === 'GET' && !route.url.includes(':') && route.access !== 'public',
    );
    expect(lists.length).toBeGreaterThanOrEqual(6);
    for (const route of lists) {
      const response = await adminA.get(route.url);
      expect(response.status, route.url).toBe(200);
      const body = JSON.stringify(response.body);
      for (const secret of secretsOfB) expect(body, `${route.url} leaks ${secret}`).not.toContain(secret);
    }
  });

  it('left organisation B exactly as it was', async () => {
    const users = (await adminB.get('/api/v1/users')).body.items;
    expect(users.find((user: { id: string }) => user.id === b.user)).toMatchObject({
      role: 'interviewer',
      active: true,
    });
    const invites = (await adminB.get('/api/v1/invites')).body.items;
    expect(invites.find((invite: { id: string }) => invite.id === b.invite).status).toBe('pending');
    const tokens = (await adminB.get('/api/v1/account/tokens')).body.items;
    expect(tokens[0].revokedAt).toBeNull();
    expect((await adminB.get(`/api/v1/background-jobs/${b.backgroundJob}`)).body.job.status).toBe('failed');
    const job = (await adminB.get(`/api/v1/jobs/${b.hiringJob}`)).body.job;
    expect(job).toMatchObject({ status: 'open', title: (blueprintOfB as { title: string }).title });
    expect((await adminB.get(`/api/v1/blueprints/${b.blueprint}`)).body.blueprint).toMatchObject({
      version: 1,
      archived: false,
    });
    const templates = (await adminB.get('/api/v1/email-templates')).body.items;
    expect(templates.find((template: { key: string }) => template.key === 'rejection').body).toBe(
      'B-only body',
    );
    expect((await adminB.get('/api/v1/offer-letter-templates/b_only_letter')).body.template.name).toBe(
      'B-only letter',
    );
    expect((await adminB.get(`/api/v1/candidates/${b.candidate}`)).body.candidate.name).toBe('Bea Candidate');
    expect((await adminB.get(`/api/v1/exercises/${b.orgExercise}`)).body.exercise.title).toBe(
      'B-only exercise',
    );
    const board = (await adminB.get(`/api/v1/jobs/${b.hiringJob}/board`)).body;
    expect(board.cards.map((card: { id: string; status: string }) => [card.id, card.status])).toEqual([
      [b.application, 'active'],
    ]);
  });

  it('declares who may call every API route', () => {
    for (const route of env.app.apiRoutes) expect(route.access, route.url).toBeTruthy();
  });
});
