// login-system graded in the real sandbox: both reference solutions pass every hidden check (including the look
// through DATA_DIR), and each planted security mistake fails exactly the checks about it. Eight gradings, two at
// a time. Needs root and bubblewrap (see .ci/run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeReport } from '../../grader/report.ts';
import { checkSandboxSupport, removeIdleSandboxCgroups } from '../../grader/sandbox.ts';
import { gradeInLanes } from '../variants.ts';
import { goodNodeDir, goodPythonDir, plantedBugs, writeBuggyVariant } from './__fixtures__/planted-bugs.ts';
import { loginSystemExercise } from './index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-login-system-grade-'));

const failedIds = (report: GradeReport) =>
  report.checks
    .filter((check) => !check.passed)
    .map((check) => check.id)
    .sort();

const cases: { name: string; dir: () => string }[] = [
  { name: 'good-node', dir: () => goodNodeDir },
  { name: 'good-python', dir: () => goodPythonDir },
  ...plantedBugs.map((bug) => ({
    name: bug.name,
    dir: () => writeBuggyVariant(bug, join(scratch, `variant-${bug.name}`)),
  })),
];

let reports = new Map<string, Promise<GradeReport>>();

beforeAll(async () => {
  expect(await checkSandboxSupport()).toEqual({ ok: true });
  reports = await gradeInLanes(loginSystemExercise, cases);
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(reports.values());
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

describe('grading login-system', () => {
  for (const [name, tests] of [
    ['good-node', { framework: 'node:test', passed: 5 }],
    ['good-python', { framework: 'unittest', passed: 5 }],
  ] as const) {
    it(`gives the ${name} reference solution every point`, async () => {
      const report = await reports.get(name)!;
      expect(report.checks.filter((check) => !check.passed).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
      expect(report.score).toBe(report.maxScore);
      expect(report.checks).toHaveLength(loginSystemExercise.checks.length);
      expect(report.ownTests).toMatchObject({ ran: true, failed: 0, ...tests });
      expect(report.signals).toMatchObject({ designNote: { present: true } });
    }, 120_000);
  }

  for (const bug of plantedBugs) {
    it(`${bug.name}: ${bug.bug} — fails exactly ${bug.failingChecks.join(', ')}`, async () => {
      const report = await reports.get(bug.name)!;
      expect(report.outcome).toBe('checked');
      expect(failedIds(report)).toEqual([...bug.failingChecks].sort());
      for (const check of report.checks.filter((result) => !result.passed))
        expect(check.message.length).toBeGreaterThan(10);
    }, 120_000);
  }

  it('names the file and the form in which a password was found', async () => {
    const plain = (await reports.get('plaintext-password')!).checks.find(
      (c) => c.id === 'password-not-stored',
    );
    expect(plain?.message).toBe(
      'after POST /register: DATA_DIR holds "Lovelace-Engine-1843" in plain text, in users.json',
    );
    const hashed = (await reports.get('unsalted-sha256')!).checks.find((c) => c.id === 'password-not-stored');
    expect(hashed?.message).toMatch(/as its unsalted SHA-256 \(hex\), in users\.json$/);
  }, 120_000);
});
