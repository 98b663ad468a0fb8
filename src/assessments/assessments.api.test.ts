// The practical exercise end to end: the recruiter sends it, the candidate starts and uploads through the portal,
// the background job grades it in the real sandbox and the result reaches the candidate's page and the debrief.
// Grades three submissions at most (about 5 s each); everything else is refused before grading.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueIp } from '../../test/support/api-client.ts';
import { multipartBody, zipFolder } from '../../test/support/documents.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { hiringTeam } from '../interviews/test-fixtures.ts';
import { registerAssessmentJobs } from './assessments.service.ts';
import { exerciseInvitations } from './assessments.tables.ts';
import { goodNodeDir, plantedBugs, writeVariant } from './exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { GraderUnavailableError } from './grader/grade.ts';
import { removeIdleSandboxCgroups } from './grader/sandbox.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
const scratch = mkdtempSync(join(tmpdir(), 'hirebench-exercise-test-'));

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Exercise Co');
}, 60_000);
afterAll(async () => {
  await env.close();
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

const candidate = () => new ApiClient(env.app, { ip: uniqueIp() });

async function upload(token: string, content: Buffer, filename = 'solution.zip') {
  const form = await multipartBody({}, { file: { filename, content, type: 'application/zip' } });
  const response = await env.app.inject({
    method: 'POST',
    url: `/api/v1/public/exercises/${token}/submission`,
    ...form,
    remoteAddress: uniqueIp(),
  });
  return { status: response.statusCode, body: response.json() };
}

async function send(body: Record<string, unknown> = { exerciseId: 'tasks-api' }) {
  const sent = await team.recruiter.client.post(
    `/api/v1/applications/${team.application.id}/exercise-invitations`,
    body,
  );
  expect(sent.status).toBe(201);
  return { invitation: sent.body.invitation, token: /\/exercise\/(\S+)$/.exec(sent.body.url)![1]! };
}

const invitationOf = async (id: string) =>
  (await team.hiringManager.client.get(`/api/v1/exercise-invitations/${id}`)).body.invitation;

describe('practical exercises', () => {
  it('lists the library with briefs to the hiring team and interviewers', async () => {
    const library = await team.alice.client.get('/api/v1/exercises');
    expect(library.status).toBe(200);
    const tasksApi = library.body.items.find((item: { id: string }) => item.id === 'tasks-api');
    expect(tasksApi).toMatchObject({
      kind: 'service',
      title: expect.any(String),
      timeLimitMinutes: expect.any(Number),
    });
    expect(tasksApi.brief).toContain('/tasks');
    expect(tasksApi.checks).toBeGreaterThan(10);
    // Interviewers read, they do not send.
    const refused = await team.alice.client.post(
      `/api/v1/applications/${team.application.id}/exercise-invitations`,
      { exerciseId: 'tasks-api' },
    );
    expect(refused.status).toBe(403);
    const unknown = await team.recruiter.client.post(
      `/api/v1/applications/${team.application.id}/exercise-invitations`,
      { exerciseId: 'no-such-exercise' },
    );
    expect(unknown.status).toBe(400);
  });

  it('e-mails a link; the candidate starts, uploads, and the graded report reaches the team and the debrief', async () => {
    const { invitation } = await send({ exerciseId: 'tasks-api', timeLimitMinutes: 240, linkValidDays: 3 });
    expect(invitation).toMatchObject({
      status: 'sent',
      timeLimitMinutes: 240,
      startedAt: null,
      submission: null,
    });

    await env.services.queue.drain();
    const outbox = (await team.admin.client.get('/api/v1/outbox?limit=100')).body.items as {
      id: string;
      to: string[];
      subject: string;
    }[];
    const message = outbox.find((item) => item.to.includes(team.application.email))!;
    expect(message.subject).toContain('practical exercise');
    const text = (await team.admin.client.get(`/api/v1/outbox/${message.id}`)).body.message.text as string;
    expect(text).toContain('4 hours');
    const token = /\/exercise\/(\S+)/.exec(text)![1]!;

    const portal = candidate();
    const before = await portal.get(`/api/v1/public/exercises/${token}`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      candidateFirstName: 'Dana',
      started: false,
      deadlineAt: null,
      timeLimitMinutes: 240,
      lastSubmission: null,
      exercise: { id: 'tasks-api' },
    });
    expect(before.body.exercise.brief).toContain('/tasks');
    expect(JSON.stringify(before.body)).not.toContain(team.application.email);

    // Not before the clock runs.
    const early = await upload(token, zipFolder(goodNodeDir));
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Start/);

    const started = await portal.raw('POST', `/api/v1/public/exercises/${token}/start`, { csrf: false });
    expect(started.statusCode).toBe(200);
    const { deadlineAt, startedAt } = started.json();
    expect(new Date(deadlineAt).getTime() - new Date(startedAt).getTime()).toBe(240 * 60_000);
    const again = await portal.raw('POST', `/api/v1/public/exercises/${token}/start`, { csrf: false });
    expect(again.json().deadlineAt).toBe(deadlineAt);

    const starter = await portal.raw('GET', `/api/v1/public/exercises/${token}/starter.zip`);
    expect(starter.statusCode).toBe(200);
    expect(starter.headers['content-type']).toBe('application/zip');
    expect(starter.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Refused by content, before anything is stored or graded.
    const notArchive = await upload(token, Buffer.from('console.log("hi")\n'), 'solution.zip');
    expect(notArchive.status).toBe(415);
    const traversal = await upload(
      token,
      Buffer.from(
        zipSync({ 'solution/index.js': new TextEncoder().encode('1'), '../../etc/evil': new Uint8Array(1) }),
      ),
    );
    expect(traversal.status).toBe(422);
    expect(traversal.body.error.message).toMatch(/outside its folder/);

    const uploaded = await upload(token, zipFolder(goodNodeDir));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.message).toMatch(/received solution\.zip/);
    expect((await invitationOf(invitation.id)).submission).toMatchObject({
      gradingStatus: 'queued',
      score: null,
    });
    expect((await portal.get(`/api/v1/public/exercises/${token}`)).body.lastSubmission).toMatchObject({
      filename: 'solution.zip',
    });

    await env.services.queue.drain();
    const graded = await invitationOf(invitation.id);
    expect(graded.status).toBe('graded');
    const failures = graded.submission.report.checks
      .filter((check: { passed: boolean }) => !check.passed)
      .map((check: { id: string; message: string }) => `${check.id}: ${check.message}`);
    expect(failures).toEqual([]);
    expect(graded.submission).toMatchObject({
      gradingStatus: 'done',
      progress: { step: 'done', fraction: 1 },
      rating: 'pass',
      error: null,
    });
    expect(graded.submission.score).toBe(graded.submission.maxScore);
    expect(graded.submission.maxScore).toBeGreaterThan(0);
    expect(graded.submission.verdict).toMatch(/^Works/);

    // Interviewers see the results on the application.
    const listed = await team.alice.client.get(
      `/api/v1/applications/${team.application.id}/exercise-invitations`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((item: { id: string }) => item.id === invitation.id).submission.score).toBe(
      graded.submission.score,
    );

    const timeline = await team.recruiter.client.get(
      `/api/v1/candidates/${team.application.candidateId}/timeline`,
    );
    const items = timeline.body.items as { type?: string; data?: { title?: string } }[];
    const types = items.map((item) => item.type);
    expect(types).toEqual(
      expect.arrayContaining(['exercise_sent', 'exercise_started', 'exercise_submitted', 'exercise_graded']),
    );
    // Each step names the exercise, so the timeline reads without opening it.
    for (const type of ['exercise_started', 'exercise_submitted', 'exercise_graded'])
      expect(items.find((item) => item.type === type)?.data?.title).toBe('Build a small tasks API');
    expect(JSON.stringify(timeline.body)).toContain(
      `exercise graded: ${graded.submission.score}/${graded.submission.maxScore}`,
    );
    const debrief = await team.hiringManager.client.get(
      `/api/v1/applications/${team.application.id}/debrief`,
    );
    expect(debrief.status).toBe(200);
    expect(debrief.body.debrief.exercises).toEqual([
      expect.objectContaining({
        exerciseId: 'tasks-api',
        score: graded.submission.score,
        maxScore: graded.submission.maxScore,
        verdict: 'pass',
        percent: 100,
      }),
    ]);

    // Resubmission until the deadline: a version with a planted bug scores lower and becomes the latest.
    const bug = plantedBugs.find((entry) => entry.name === 'pagination-off-by-one')!;
    const variant = writeVariant(bug, join(scratch, bug.name));
    expect((await upload(token, zipFolder(variant), 'second.zip')).status).toBe(201);
    await env.services.queue.drain();
    const regraded = await invitationOf(invitation.id);
    expect(regraded.submission).toMatchObject({ filename: 'second.zip', gradingStatus: 'done' });
    expect(regraded.submission.score).toBeLessThan(graded.submission.score);
    const failed = regraded.submission.report.checks
      .filter((check: { passed: boolean }) => !check.passed)
      .map((check: { id: string }) => check.id);
    expect(failed.sort()).toEqual([...bug.failingChecks].sort());

    // After the deadline: refused with the reason, and the link still shows what was handed in.
    await env.services.db
      .update(exerciseInvitations)
      .set({ deadlineAt: new Date(Date.now() - 60_000) })
      .where(eq(exerciseInvitations.id, invitation.id));
    const late = await upload(token, zipFolder(goodNodeDir));
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/time for this exercise ended/);
    const after = await portal.get(`/api/v1/public/exercises/${token}`);
    expect(after.body).toMatchObject({ timeUp: true, lastSubmission: { filename: 'second.zip' } });
  }, 120_000);

  it('answers 404 with a plain message for an expired or unknown link', async () => {
    const { invitation, token } = await send();
    await env.services.db
      .update(exerciseInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(exerciseInvitations.id, invitation.id));
    const portal = candidate();
    const expired = await portal.get(`/api/v1/public/exercises/${token}`);
    expect(expired.status).toBe(404);
    expect(expired.body.error.message).toMatch(/expired/);
    expect(
      (await portal.raw('POST', `/api/v1/public/exercises/${token}/start`, { csrf: false })).statusCode,
    ).toBe(404);
    expect((await upload(token, zipFolder(goodNodeDir))).status).toBe(404);
    expect((await invitationOf(invitation.id)).status).toBe('expired');
    const unknown = await portal.get('/api/v1/public/exercises/hbx_no-such-token-at-all');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/not valid/);
  });

  it('marks the submission failed, never grading unsandboxed, when the sandbox is unavailable', async () => {
    registerAssessmentJobs(env.services, async () => {
      throw new GraderUnavailableError('cannot grade here: bubblewrap is missing');
    });
    try {
      const { invitation, token } = await send();
      await candidate().raw('POST', `/api/v1/public/exercises/${token}/start`, { csrf: false });
      expect((await upload(token, zipFolder(goodNodeDir))).status).toBe(201);
      await env.services.queue.drain();
      const { submission } = await invitationOf(invitation.id);
      expect(submission).toMatchObject({ gradingStatus: 'failed', score: null, report: null });
      expect(submission.error).toMatch(/bubblewrap is missing.*Background jobs/);
      const jobs = (await team.admin.client.get('/api/v1/background-jobs?status=failed')).body.items as {
        type: string;
      }[];
      expect(jobs.some((job) => job.type === 'assessments.grade')).toBe(true);
    } finally {
      registerAssessmentJobs(env.services);
    }
  });
});
