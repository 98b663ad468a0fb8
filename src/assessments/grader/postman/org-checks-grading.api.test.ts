// Organisation-made checks graded in the real sandbox: a Postman collection (newman in a sandbox of its own,
// reaching the service over a unix-socket bridge) and an OpenAPI document with declarative checks, each on the
// tasks-api Node reference solution and on a variant with a planted bug; and `hirebench grade --postman`.
// Needs root and bubblewrap (see .ci/run).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goodNodeDir,
  plantedBugs,
  writeVariant,
} from '../../exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { prepareHiddenChecks, serviceExerciseOf } from '../../org-exercises/org-exercise-checks.ts';
import { gradeSubmission } from '../grade.ts';
import type { GradeReport } from '../report.ts';
import { checkSandboxSupport, removeIdleSandboxCgroups } from '../sandbox.ts';

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const collectionFile = fixture('./__fixtures__/tasks-api.postman_collection.json');
const collection = JSON.parse(readFileSync(collectionFile, 'utf8'));
const document = JSON.parse(readFileSync(fixture('../openapi/__fixtures__/tasks-api.openapi.json'), 'utf8'));
const declared = JSON.parse(readFileSync(fixture('../openapi/__fixtures__/tasks-api.checks.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'hirebench-org-checks-'));

beforeAll(async () => {
  expect(await checkSandboxSupport()).toEqual({ ok: true });
}, 30_000);
afterAll(async () => {
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

const exerciseOf = (checkSource: 'postman' | 'openapi', checkDefinition: unknown) =>
  serviceExerciseOf({
    id: `own-${checkSource}`,
    orgId: 'test',
    title: 'Own',
    summary: 'Own',
    timeLimitMinutes: 60,
    brief: 'Build the tasks API.',
    checkSource,
    checkDefinition,
    starterZip: null,
  });

const failed = (report: GradeReport) =>
  report.checks.filter((check) => !check.passed).map((check) => `${check.id}: ${check.message}`);

const variant = (name: string) =>
  writeVariant(plantedBugs.find((bug) => bug.name === name)!, join(scratch, name));

describe('a Postman collection as hidden checks', () => {
  const exercise = exerciseOf('postman', { collection, environment: { expectedPriority: 'high' } });

  it('gives the reference solution every assertion, with evidence', async () => {
    const report = await gradeSubmission({ exercise, submissionPath: goodNodeDir });
    expect(failed(report)).toEqual([]);
    expect(report.score).toBe(13);
    expect(report.categories.validation).toMatchObject({ passed: 2, total: 2 });
    expect(
      report.checks.find((check) => check.id === 'create-a-task-trims-the-title')?.evidence,
    ).toMatchObject({
      request: { method: 'POST', path: '/tasks' },
      expected: { assertion: 'trims the title' },
      received: { status: 201 },
    });
  }, 60_000);

  it('fails exactly the assertion a planted bug breaks; scripts that misbehave fail their own check', async () => {
    const report = await gradeSubmission({ exercise, submissionPath: variant('delete-returns-200') });
    expect(failed(report)).toEqual([
      expect.stringMatching(
        /^delete-the-task-answers-204: DELETE \/tasks\/[\w-]+: answers 204: expected response to have status code 204 but got 200/,
      ),
    ]);

    // The organisation's scripts run in the runner's sandbox: no host files, no endless loops.
    const hostile = exerciseOf('postman', {
      environment: {},
      collection: {
        info: collection.info,
        item: [
          {
            name: 'Hostile',
            request: { method: 'GET', url: '{{baseUrl}}/health' },
            event: [
              {
                listen: 'test',
                script: {
                  exec: [
                    "pm.test('reads the host', () => pm.expect(require('fs').readFileSync('/etc/shadow', 'utf8')).to.be.a('string'));",
                    'while (true) {}',
                  ],
                },
              },
            ],
          },
        ],
      },
    });
    const started = performance.now();
    const contained = await gradeSubmission({
      exercise: hostile,
      submissionPath: goodNodeDir,
      limits: { checksBudgetMs: 8000, requestTimeoutMs: 2000 },
    });
    expect(performance.now() - started).toBeLessThan(40_000);
    expect(contained.score).toBe(0);
    expect(contained.checks.length).toBeGreaterThan(0);
    expect(JSON.stringify(contained)).not.toMatch(/root:[^:]*:\d+/);
  }, 120_000);

  it('is what `hirebench grade --postman` runs, with the same JSON shape as --exercise', async () => {
    const result = await promisify(execFile)(
      process.execPath,
      [
        resolve('bin/hirebench.mjs'),
        'grade',
        '--postman',
        collectionFile,
        '--env',
        'expectedPriority=low',
        '--submission',
        goodNodeDir,
        '--json',
      ],
      { env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(
      ['checks', 'exercise', 'maxScore', 'ownTests', 'resources', 'score', 'verdict'].sort(),
    );
    expect(report).toMatchObject({
      exercise: 'postman:tasks-api.postman_collection.json',
      maxScore: 13,
      score: 12,
    });
    expect(report.checks.find((check: { passed: boolean }) => !check.passed)).toMatchObject({
      id: 'read-the-task-keeps-the-priority',
      category: 'correctness',
      message: expect.stringContaining("expected 'high' to equal 'low'"),
    });
  }, 60_000);
});

describe('an OpenAPI document as hidden checks', () => {
  it('passes the reference solution and fails a reply that breaks the documented shape', async () => {
    const prepared = await prepareHiddenChecks({ source: 'openapi', document, checks: declared });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    const exercise = exerciseOf('openapi', prepared.definition);
    const good = await gradeSubmission({ exercise, submissionPath: goodNodeDir });
    expect(failed(good)).toEqual([]);
    expect(good.maxScore).toBe(9);

    const bad = await gradeSubmission({ exercise, submissionPath: variant('not-found-as-text') });
    expect(failed(bad)).toEqual([
      expect.stringMatching(
        /^openapi-get-tasks-id: GET \/tasks\/no-such-task: the OpenAPI document says GET \/tasks\/\{id\} answers 404 with application\/json, but the body is not JSON/,
      ),
      expect.stringMatching(/^openapi-patch-tasks-id: /),
      expect.stringMatching(/^openapi-delete-tasks-id: /),
    ]);
  }, 90_000);
});
