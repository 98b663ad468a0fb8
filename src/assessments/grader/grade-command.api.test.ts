// The real CLI (`node bin/hirebench.mjs grade …`) on the Node reference solution, and its exit codes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { goodNodeDir } from '../exercises/tasks-api/__fixtures__/planted-bugs.ts';

const bin = path.resolve('bin/hirebench.mjs');

async function hirebench(...args: string[]) {
  return promisify(execFile)(process.execPath, [bin, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('hirebench grade', () => {
  it('prints the documented JSON for a graded submission and exits 0', async () => {
    const result = await hirebench('grade', '--exercise', 'tasks-api', '--submission', goodNodeDir, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(
      ['checks', 'exercise', 'maxScore', 'ownTests', 'resources', 'score', 'verdict'].sort(),
    );
    expect(report).toMatchObject({ exercise: 'tasks-api', verdict: expect.stringMatching(/^Works/) });
    expect(report.score).toBe(report.maxScore);
    for (const check of report.checks) {
      expect(Object.keys(check).sort()).toEqual(['category', 'id', 'message', 'passed']);
    }
    expect(report.ownTests).toMatchObject({ ran: true, command: 'npm test', passed: 7, failed: 0 });
    expect(report.resources).toEqual({
      peakMemoryBytes: expect.any(Number),
      cpuTimeMs: expect.any(Number),
      wallMs: expect.any(Number),
    });
  }, 60_000);

  it('exits 2 with the reason when it cannot grade', async () => {
    const unknown = await hirebench('grade', '--exercise', 'no-such-exercise', '--submission', goodNodeDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no exercise called "no-such-exercise"');
    const missing = await hirebench(
      'grade',
      '--exercise',
      'tasks-api',
      '--submission',
      '/nonexistent/work.zip',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  }, 30_000);
});
