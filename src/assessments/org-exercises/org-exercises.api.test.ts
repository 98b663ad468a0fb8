// An organisation's own exercises over the API: create with each checks source, validation with JSON paths,
// roles, the starter zip, archive, isolation from other organisations, and grading an invitation of a Postman
// exercise through the background job in the real sandbox.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signUpOrganisation, uniqueIp } from '../../../test/support/api-client.ts';
import { multipartBody } from '../../../test/support/documents.ts';
import { createTestApp } from '../../../test/support/test-services.ts';
import { hiringTeam } from '../../interviews/test-fixtures.ts';
import { registerAssessmentJobs } from '../assessments.service.ts';
import { goodNodeDir } from '../exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { removeIdleSandboxCgroups } from '../grader/sandbox.ts';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const collection = fixture('../grader/postman/__fixtures__/tasks-api.postman_collection.json');
const document = fixture('../grader/openapi/__fixtures__/tasks-api.openapi.json');
const declared = fixture('../grader/openapi/__fixtures__/tasks-api.checks.json');

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;

beforeAll(async () => {
  env = await createTestApp();
  registerAssessmentJobs(env.services);
  team = await hiringTeam(env, 'Own Exercise Co');
}, 60_000);
afterAll(async () => {
  await env.close();
  await removeIdleSandboxCgroups();
});

const exercise = (hiddenChecks: unknown, title = 'Build the tasks API, our way') => ({
  title,
  summary: 'A small REST API for tasks, checked by our own collection.',
  timeLimitMinutes: 120,
  brief: '# Tasks\n\nBuild `GET /health` and the `/tasks` endpoints described in the contract.',
  hiddenChecks,
});

function zipFolder(dir: string): Buffer {
  const entries: Record<string, Uint8Array> = {};
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else entries[`solution/${relative(dir, path)}`] = new Uint8Array(readFileSync(path));
    }
  }
  return Buffer.from(zipSync(entries));
}

async function putStarter(client: ApiClient, id: string, content: Buffer) {
  const form = await multipartBody(
    {},
    { file: { filename: 'starter.zip', content, type: 'application/zip' } },
  );
  const response = await client.raw('POST', `/api/v1/exercises/${id}/starter`, {
    payload: form.payload as unknown as string,
    headers: form.headers,
  });
  return { status: response.statusCode, body: response.json() };
}

describe("an organisation's own exercises", () => {
  it('are created from declarative checks, a Postman collection or an OpenAPI document and listed with the library', async () => {
    const checks = [
      {
        id: 'health',
        category: 'correctness',
        description: 'GET /health answers 200',
        points: 1,
        steps: [{ request: { method: 'GET', path: '/health' }, expect: { status: 200 } }],
      },
    ];
    const own = await team.recruiter.client.post('/api/v1/exercises', exercise({ source: 'checks', checks }));
    expect(own.status).toBe(201);
    expect(own.body.exercise).toMatchObject({
      source: 'own',
      checkSource: 'checks',
      kind: 'service',
      checks: 1,
      starter: null,
    });
    const postman = await team.hiringManager.client.post(
      '/api/v1/exercises',
      exercise(
        { source: 'postman', collection, environment: { expectedPriority: 'high' } },
        'Tasks by Postman',
      ),
    );
    expect(postman.status).toBe(201);
    expect(postman.body.exercise).toMatchObject({ checkSource: 'postman', checks: 13 });
    const openapi = await team.admin.client.post(
      '/api/v1/exercises',
      exercise({ source: 'openapi', document, checks: declared }, 'Tasks by contract'),
    );
    expect(openapi.status).toBe(201);
    expect(openapi.body.exercise).toMatchObject({ checkSource: 'openapi', checks: 8, notes: [] });

    const library = (await team.alice.client.get('/api/v1/exercises')).body.items as {
      id: string;
      source: string;
    }[];
    expect(library[0]).toMatchObject({ id: 'tasks-api', source: 'shipped' });
    expect(library.filter((item) => item.source === 'own').map((item) => item.id)).toEqual([
      own.body.exercise.id,
      postman.body.exercise.id,
      openapi.body.exercise.id,
    ]);

    const edited = await team.recruiter.client.put(
      `/api/v1/exercises/${own.body.exercise.id}`,
      exercise({ source: 'checks', checks }, 'Renamed'),
    );
    expect(edited.body.exercise.title).toBe('Renamed');
    expect(
      (await team.alice.client.get(`/api/v1/exercises/${own.body.exercise.id}`)).body.exercise.hiddenChecks
        .checks,
    ).toHaveLength(1);
    // Interviewers read; they do not write.
    expect(
      (await team.alice.client.post('/api/v1/exercises', exercise({ source: 'checks', checks }))).status,
    ).toBe(403);
    expect((await team.alice.client.delete(`/api/v1/exercises/${own.body.exercise.id}`)).status).toBe(403);
  });

  it('refuses invalid checks with the JSON path of every problem', async () => {
    const bad = await team.recruiter.client.post(
      '/api/v1/exercises',
      exercise({
        source: 'checks',
        checks: [
          {
            id: 'Bad Id',
            category: 'speed',
            description: 'x',
            points: 1,
            steps: [{ request: { method: 'GET', path: 'health' }, expect: { status: 'ok' } }],
          },
        ],
      }),
    );
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'hiddenChecks.checks.0.id',
        'hiddenChecks.checks.0.category',
        'hiddenChecks.checks.0.steps.0.request.path',
        'hiddenChecks.checks.0.steps.0.expect.status',
      ]),
    );
    const oldPostman = await team.recruiter.client.post(
      '/api/v1/exercises',
      exercise({
        source: 'postman',
        collection: {
          ...collection,
          info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' },
        },
      }),
    );
    expect(oldPostman.body.error.details).toEqual([
      { path: 'hiddenChecks.collection.info.schema', message: expect.stringMatching(/Collection v2\.1/) },
    ]);
    const baseUrl = await team.recruiter.client.post(
      '/api/v1/exercises',
      exercise({ source: 'postman', collection, environment: { baseUrl: 'http://10.0.0.1' } }),
    );
    expect(baseUrl.status).toBe(400);
    const swagger = await team.recruiter.client.post(
      '/api/v1/exercises',
      exercise({ source: 'openapi', document: { swagger: '2.0' } }),
    );
    expect(swagger.body.error.details).toEqual([
      { path: 'hiddenChecks.document.openapi', message: expect.stringMatching(/only OpenAPI 3\.0 and 3\.1/) },
    ]);
  });

  it('keep a starter zip, stay in their organisation, and archive without breaking sent invitations', async () => {
    const created = (
      await team.recruiter.client.post(
        '/api/v1/exercises',
        exercise({ source: 'postman', collection, environment: { expectedPriority: 'high' } }),
      )
    ).body.exercise;
    const starterZip = Buffer.from(zipSync({ 'tasks/README.md': new TextEncoder().encode('Start here.') }));
    const stored = await putStarter(team.recruiter.client, created.id, starterZip);
    expect(stored.status).toBe(200);
    expect(stored.body.exercise.starter).toMatchObject({
      filename: 'starter.zip',
      sizeBytes: starterZip.length,
    });
    expect((await putStarter(team.recruiter.client, created.id, Buffer.from('not a zip'))).status).toBe(415);

    const other = await signUpOrganisation(env.app, 'Other Org');
    for (const [method, url] of [
      ['GET', `/api/v1/exercises/${created.id}`],
      ['PUT', `/api/v1/exercises/${created.id}`],
      ['DELETE', `/api/v1/exercises/${created.id}`],
      ['DELETE', `/api/v1/exercises/${created.id}/starter`],
    ] as const) {
      const response = await other.client.json(
        method,
        url,
        method === 'PUT' ? exercise({ source: 'postman', collection }) : undefined,
      );
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    expect(JSON.stringify((await other.client.get('/api/v1/exercises')).body)).not.toContain(created.id);

    // The candidate gets the organisation's starter; another organisation cannot send the exercise.
    const sent = await team.recruiter.client.post(
      `/api/v1/applications/${team.application.id}/exercise-invitations`,
      { exerciseId: created.id },
    );
    expect(sent.status).toBe(201);
    expect(sent.body.invitation.exerciseTitle).toBe(created.title);
    const token = /\/exercise\/(\S+)$/.exec(sent.body.url)![1]!;
    const portal = new ApiClient(env.app, { ip: uniqueIp() });
    const view = await portal.get(`/api/v1/public/exercises/${token}`);
    expect(view.body.exercise).toMatchObject({
      id: created.id,
      title: created.title,
      brief: expect.stringContaining('# Tasks'),
    });
    const starter = await portal.raw('GET', `/api/v1/public/exercises/${token}/starter.zip`);
    expect(strFromU8(unzipSync(new Uint8Array(starter.rawPayload))['tasks/README.md']!)).toBe('Start here.');

    expect((await team.recruiter.client.delete(`/api/v1/exercises/${created.id}`)).status).toBe(204);
    expect(
      (await team.recruiter.client.get('/api/v1/exercises')).body.items.map(
        (item: { id: string }) => item.id,
      ),
    ).not.toContain(created.id);
    const again = await team.recruiter.client.post(
      `/api/v1/applications/${team.application.id}/exercise-invitations`,
      { exerciseId: created.id },
    );
    expect(again.status).toBe(400);
    expect((await portal.get(`/api/v1/public/exercises/${token}`)).body.exercise.title).toBe(created.title);
  });

  it('grades an invitation of a Postman exercise through the background job, in the sandbox', async () => {
    const created = (
      await team.recruiter.client.post(
        '/api/v1/exercises',
        exercise(
          { source: 'postman', collection, environment: { expectedPriority: 'high' } },
          'Graded by Postman',
        ),
      )
    ).body.exercise;
    const sent = await team.recruiter.client.post(
      `/api/v1/applications/${team.application.id}/exercise-invitations`,
      { exerciseId: created.id },
    );
    const token = /\/exercise\/(\S+)$/.exec(sent.body.url)![1]!;
    const portal = new ApiClient(env.app, { ip: uniqueIp() });
    await portal.raw('POST', `/api/v1/public/exercises/${token}/start`, { csrf: false });
    const form = await multipartBody(
      {},
      { file: { filename: 'solution.zip', content: zipFolder(goodNodeDir), type: 'application/zip' } },
    );
    const uploaded = await env.app.inject({
      method: 'POST',
      url: `/api/v1/public/exercises/${token}/submission`,
      ...form,
      remoteAddress: uniqueIp(),
    });
    expect(uploaded.statusCode).toBe(201);
    await env.services.queue.drain();
    const graded = (
      await team.hiringManager.client.get(`/api/v1/exercise-invitations/${sent.body.invitation.id}`)
    ).body.invitation;
    expect(graded).toMatchObject({ status: 'graded', exerciseTitle: 'Graded by Postman' });
    expect(graded.submission).toMatchObject({
      gradingStatus: 'done',
      score: 13,
      maxScore: 13,
      rating: 'pass',
    });
    expect(graded.submission.report.checks[0]).toMatchObject({ id: 'health-answers-200', passed: true });
  }, 90_000);
});
