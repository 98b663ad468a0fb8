// The whole grading pipeline against the real sandbox: the reference solutions pass every hidden check of
// tasks-api, each planted bug fails exactly the checks about it, and hostile or broken submissions get a clear
// report instead of an exception. Needs root and bubblewrap (see .ci/run).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goodNodeDir,
  goodPythonDir,
  plantedBugs,
  writeVariant,
} from '../exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { tasksApiExercise } from '../exercises/tasks-api/index.ts';
import { checkCategories } from './checks.ts';
import { GraderUnavailableError, type GradeStep, gradeSubmission } from './grade.ts';
import type { GradeReport } from './report.ts';
import { checkSandboxSupport, removeIdleSandboxCgroups } from './sandbox.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-grade-test-'));

beforeAll(async () => {
  // Root and bubblewrap are required (see .ci/run): a missing sandbox must fail loudly, not skip.
  expect(await checkSandboxSupport()).toEqual({ ok: true });
}, 30_000);

afterAll(async () => {
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

function submission(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const failedIds = (report: GradeReport) =>
  report.checks.filter((check) => !check.passed).map((check) => check.id);

function expectFullMarks(report: GradeReport) {
  const failures = report.checks
    .filter((check) => !check.passed)
    .map((check) => `${check.id}: ${check.message}`);
  expect(failures).toEqual([]);
  expect(report.outcome).toBe('checked');
  expect(report.score).toBe(report.maxScore);
  expect(report.checks).toHaveLength(tasksApiExercise.checks.length);
  expect(report.verdict).toMatch(
    /^Works and handles edge cases well; has 7 passing tests and a design note\.$/,
  );
  expect(report.service.end.reason).toBe('stopped');
  expect(report.service.launches).toBe(5);
  expect(report.resources.peakMemoryBytes).toBeGreaterThan(0);
  expect(report.resources.cpuTimeMs).toBeGreaterThan(0);
  for (const category of checkCategories.filter((name) => name !== 'performance'))
    expect(report.categories[category].max).toBeGreaterThan(0);
  expect(report.signals).toMatchObject({ tests: { files: 1 }, designNote: { present: true } });
}

describe('gradeSubmission on tasks-api', () => {
  it('gives the Node reference solution (npm start, npm test) every point', async () => {
    const steps: GradeStep[] = [];
    const fractions: number[] = [];
    const report = await gradeSubmission({
      exercise: 'tasks-api',
      submissionPath: goodNodeDir,
      onProgress: (step, fraction) => {
        steps.push(step);
        fractions.push(fraction);
      },
    });
    expectFullMarks(report);
    expect(report.service).toMatchObject({ command: 'npm start', commandSource: 'package.json' });
    expect(report.ownTests).toMatchObject({
      ran: true,
      command: 'npm test',
      framework: 'node:test',
      passed: 7,
      failed: 0,
    });
    expect(steps[0]).toBe('unpacking');
    expect(steps).toContain('restarting');
    expect(steps.at(-1)).toBe('done');
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // Every check leaves evidence of what was sent and what came back.
    const created = report.checks.find((check) => check.id === 'create-task-defaults');
    expect(created?.evidence).toMatchObject({
      request: { method: 'POST', path: '/tasks' },
      received: { status: 201 },
    });
  }, 60_000);

  it('gives the Python reference solution (hirebench.json, unittest) every point', async () => {
    const report = await gradeSubmission({ exercise: 'tasks-api', submissionPath: goodPythonDir });
    expectFullMarks(report);
    expect(report.service).toMatchObject({ command: 'python3 main.py', commandSource: 'hirebench.json' });
    expect(report.ownTests).toMatchObject({
      ran: true,
      framework: 'unittest',
      passed: 7,
      failed: 0,
      exitCode: 0,
    });
  }, 60_000);

  // Graded two at a time (the grader is meant to run two gradings at once on two cores), asserted one by one.
  describe('planted bugs', () => {
    const reports = new Map<string, Promise<GradeReport>>();
    beforeAll(() => {
      const queue = [...plantedBugs];
      const lane = async () => {
        for (let bug = queue.shift(); bug; bug = queue.shift()) {
          const dir = writeVariant(bug, join(scratch, `variant-${bug.name}`));
          const report = gradeSubmission({ exercise: 'tasks-api', submissionPath: dir });
          reports.set(bug.name, report);
          await report.catch(() => undefined);
        }
      };
      const lanes = Promise.all([lane(), lane()]);
      // Each test awaits its own report; this only waits until every grading has been started.
      return new Promise<void>((resolve) => {
        const started = () => (reports.size === plantedBugs.length ? resolve() : setTimeout(started, 50));
        started();
        void lanes;
      });
    }, 120_000);

    for (const bug of plantedBugs) {
      it(`${bug.name}: ${bug.bug} — fails exactly ${bug.failingChecks.join(', ')}`, async () => {
        const report = await reports.get(bug.name)!;
        expect(report.outcome).toBe('checked');
        expect(failedIds(report).sort()).toEqual([...bug.failingChecks].sort());
        expect(report.score).toBeLessThan(report.maxScore);
        expect(report.verdict).not.toMatch(/handles edge cases well/);
        for (const check of report.checks.filter((result) => !result.passed)) {
          expect(check.message.length).toBeGreaterThan(10);
        }
      }, 90_000);
    }
  });
});

describe('submissions that cannot be checked get a clear report', () => {
  it('an endless loop that never listens: score 0, "never listened", within the start deadline', async () => {
    const started = performance.now();
    const report = await gradeSubmission({
      exercise: 'tasks-api',
      submissionPath: submission('endless', { 'index.js': 'for (;;) {}\n' }),
      limits: { startTimeoutMs: 2_000 },
    });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(report).toMatchObject({
      outcome: 'did-not-start',
      score: 0,
      service: { end: { reason: 'never-listened' } },
    });
    expect(report.maxScore).toBeGreaterThan(0);
    expect(report.verdict).toMatch(
      /^Does not work: the service did not start — it never started answering on its port/,
    );
    expect(report.checks.every((check) => !check.passed && check.message.startsWith('not run'))).toBe(true);
  }, 30_000);

  it('a service that crashes on start: its exit code and stderr are in the report', async () => {
    const report = await gradeSubmission({
      exercise: 'tasks-api',
      submissionPath: submission('crash', {
        'main.py': 'import sys\nprint("cannot start", file=sys.stderr)\nsys.exit(3)\n',
      }),
    });
    expect(report).toMatchObject({
      outcome: 'did-not-start',
      score: 0,
      service: { command: 'python3 main.py' },
    });
    expect(report.service.end).toMatchObject({ reason: 'exited', report: 'the service exited with code 3' });
    expect(report.stderr).toContain('cannot start');
    expect(report.verdict).toMatch(/crashed/);
  }, 30_000);

  it('a service killed for its memory during the checks: the limit is named and the rest is not run', async () => {
    const hog = `
const http = require('node:http');
const hoard = [];
http.createServer((req, res) => {
  for (;;) hoard.push(Buffer.alloc(8 * 1024 * 1024, 1));
}).listen(Number(process.env.PORT));
`;
    const report = await gradeSubmission({
      exercise: 'tasks-api',
      submissionPath: submission('hog', { 'index.js': hog }),
      limits: { sandbox: { memoryMiB: 96 } },
    });
    expect(report.outcome).toBe('checked');
    expect(report.score).toBe(0);
    expect(report.service.end.reason).toBe('oom-killed');
    expect(report.verdict).toMatch(
      /The service stopped during the checks: killed: out of memory \(limit 96 MiB/,
    );
    expect(
      report.checks.some((check) =>
        /not run: the service stopped: killed: out of memory/.test(check.message),
      ),
    ).toBe(true);
  }, 60_000);

  it('no start command: says what to add', async () => {
    const report = await gradeSubmission({
      exercise: 'tasks-api',
      submissionPath: submission('empty', { 'README.md': '# nothing here yet' }),
    });
    expect(report).toMatchObject({ outcome: 'no-start-command', score: 0 });
    expect(report.verdict).toMatch(/^Could not be assessed: there is no start command: add hirebench\.json/);
  });

  it('a hostile archive: refused before anything runs', async () => {
    const archive = join(scratch, 'evil.zip');
    writeFileSync(archive, zipSync({ '../../evil.js': Buffer.from('x'), 'index.js': Buffer.from('x') }));
    const report = await gradeSubmission({ exercise: 'tasks-api', submissionPath: archive });
    expect(report).toMatchObject({
      outcome: 'unpack-refused',
      score: 0,
      submission: null,
      service: { launches: 0 },
    });
    expect(report.verdict).toMatch(
      /^Could not be assessed: the upload was refused \(the zip has an unsafe path/,
    );
  });

  it('refuses to grade at all where it cannot sandbox', async () => {
    await expect(
      gradeSubmission({
        exercise: 'tasks-api',
        submissionPath: goodNodeDir,
        tools: { bwrap: '/nonexistent/bwrap' },
      }),
    ).rejects.toBeInstanceOf(GraderUnavailableError);
  });
});
