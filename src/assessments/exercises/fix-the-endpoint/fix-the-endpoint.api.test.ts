// fix-the-endpoint graded in the real sandbox: the fixed reference passes every hidden check; the untouched
// starter fails exactly the checks of its four bugs; and fixing any one bug alone clears exactly that bug's
// checks. Six gradings, two at a time. Needs root and bubblewrap (see .ci/run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeReport } from '../../grader/report.ts';
import { checkSandboxSupport, removeIdleSandboxCgroups } from '../../grader/sandbox.ts';
import { gradeInLanes } from '../variants.ts';
import { starterBugs, writeWithFixes } from './__fixtures__/planted-bugs.ts';
import { fixTheEndpointExercise } from './index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-fix-the-endpoint-grade-'));

const failedIds = (report: GradeReport) =>
  report.checks
    .filter((check) => !check.passed)
    .map((check) => check.id)
    .sort();

const failuresOf = (bugs: typeof starterBugs) => bugs.flatMap((bug) => bug.failingChecks).sort();

const cases = [
  { name: 'fixed', dir: () => writeWithFixes(starterBugs, join(scratch, 'fixed')), failing: [] as string[] },
  { name: 'starter', dir: () => fixTheEndpointExercise.starterDir, failing: failuresOf(starterBugs) },
  ...starterBugs.map((fixed) => ({
    name: `only ${fixed.name} fixed`,
    dir: () => writeWithFixes([fixed], join(scratch, `only-${fixed.name}-fixed`)),
    failing: failuresOf(starterBugs.filter((bug) => bug !== fixed)),
  })),
];

let reports = new Map<string, Promise<GradeReport>>();

beforeAll(async () => {
  expect(await checkSandboxSupport()).toEqual({ ok: true });
  reports = await gradeInLanes(fixTheEndpointExercise, cases);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(reports.values());
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

describe('grading fix-the-endpoint', () => {
  it('gives the fixed solution every point and runs its tests', async () => {
    const report = await reports.get('fixed')!;
    expect(report.checks.filter((check) => !check.passed).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(report.score).toBe(report.maxScore);
    expect(report.checks).toHaveLength(fixTheEndpointExercise.checks.length);
    expect(report.ownTests).toMatchObject({ ran: true, passed: 9, failed: 0 });
    expect(report.service.launches).toBe(2);
  }, 90_000);

  it('fails the untouched starter on exactly the four bugs, while its own tests pass', async () => {
    const report = await reports.get('starter')!;
    expect(report.outcome).toBe('checked');
    expect(failedIds(report)).toEqual(failuresOf(starterBugs));
    expect(report.ownTests).toMatchObject({ ran: true, passed: 5, failed: 0 });
    const crash = report.checks.find((check) => check.id === 'place-order-unknown-product');
    expect(crash?.message).toMatch(/expected status 400, got 500/);
    const queries = report.checks.find((check) => check.id === 'list-few-queries');
    expect(queries?.message).toMatch(/x-query-count/);
  }, 90_000);

  for (const bug of starterBugs) {
    it(`fixing only ${bug.name} clears exactly ${bug.failingChecks.join(', ')}`, async () => {
      const want = cases.find((entry) => entry.name === `only ${bug.name} fixed`)!;
      const report = await reports.get(want.name)!;
      expect(report.outcome).toBe('checked');
      expect(failedIds(report)).toEqual(want.failing);
    }, 90_000);
  }
});
