import { describe, expect, it } from 'vitest';
import type { CheckResult } from './checks.ts';
import { type OwnTestsReport, scoreChecks, verdictFor } from './report.ts';
import type { StaticSignals } from './signals.ts';

const result = (id: string, category: CheckResult['category'], passed: boolean, points = 1): CheckResult => ({
  id,
  category,
  description: id,
  points,
  passed,
  message: passed ? 'passed' : 'failed',
  evidence: null,
  durationMs: 1,
});

const tests = (overrides: Partial<OwnTestsReport> = {}): OwnTestsReport => ({
  ran: true,
  command: 'npm test',
  passed: 12,
  failed: 0,
  skipped: 0,
  framework: 'node:test',
  exitCode: 0,
  summary: 'the test command exited with code 0',
  durationMs: 10,
  output: '',
  ...overrides,
});

const signals = (designNote: boolean, testFiles = 1): StaticSignals => ({
  files: 5,
  sourceFiles: 3,
  sourceLines: 300,
  testLines: 50,
  languages: ['JavaScript'],
  tests: { files: testFiles, paths: [], approximateCases: 5 },
  designNote: { present: designNote, file: designNote ? 'README.md' : null, words: designNote ? 200 : 0 },
  dependencies: { nodeModulesIncluded: false, declared: 0 },
  git: null,
});

function verdict(
  checks: CheckResult[],
  ownTests = tests(),
  note = true,
  end = { reason: 'stopped', report: 'stopped by the grader' },
) {
  const scored = scoreChecks(checks);
  return verdictFor({
    outcome: 'checked',
    problem: null,
    ...scored,
    checks,
    ownTests,
    signals: signals(note, ownTests.ran ? 1 : 0),
    serviceEnd: end,
  });
}

describe('scoreChecks', () => {
  it('adds points per category and in total', () => {
    const scored = scoreChecks([
      result('a', 'correctness', true, 2),
      result('b', 'correctness', false, 3),
      result('c', 'security', true),
    ]);
    expect(scored.score).toBe(3);
    expect(scored.maxScore).toBe(6);
    expect(scored.categories.correctness).toEqual({ score: 2, max: 5, passed: 1, total: 2 });
    expect(scored.categories.persistence).toEqual({ score: 0, max: 0, passed: 0, total: 0 });
  });
});

describe('verdictFor', () => {
  const all = Array.from({ length: 20 }, (_, index) =>
    result(`c${index}`, index < 10 ? 'correctness' : index < 15 ? 'validation' : 'persistence', true),
  );

  it('says it plainly when everything passes', () => {
    expect(verdict(all)).toBe('Works and handles edge cases well; has 12 passing tests and a design note.');
  });

  it('names the weak areas in plain words, weakest first', () => {
    const gaps = all.map((check, index) =>
      index === 15 || index === 16 || index === 10 ? { ...check, passed: false } : check,
    );
    expect(verdict(gaps, tests({ passed: 8, failed: 2 }), false)).toBe(
      'Works, with gaps in keeping data after a restart and checking input; has 10 tests, 2 failing but no design note.',
    );
    const one = all.map((check, index) => (index === 0 ? { ...check, passed: false } : check));
    expect(verdict(one)).toMatch(/^Works well, with small gaps in the basic features;/);
  });

  it('grades down to "does not work" and mentions a service that died', () => {
    const half = all.map((check, index) => (index < 9 ? { ...check, passed: false } : check));
    expect(verdict(half)).toMatch(/^Partly works; falls short on the basic features/);
    const few = all.map((check, index) => ({ ...check, passed: index === 0 }));
    expect(verdict(few, tests({ ran: false, passed: null, failed: null }), false)).toBe(
      'Mostly does not work: only 1 of 20 checks pass; has no tests and no design note.',
    );
    const none = all.map((check) => ({ ...check, passed: false }));
    expect(
      verdict(none, tests(), true, {
        reason: 'oom-killed',
        report: 'killed: out of memory (limit 512 MiB, peak 512.0 MiB)',
      }),
    ).toBe(
      'Does not work: none of the checks pass; has 12 passing tests and a design note. The service stopped during the checks: killed: out of memory (limit 512 MiB, peak 512.0 MiB).',
    );
  });

  it('explains why nothing could be checked', () => {
    const base = {
      ...scoreChecks([]),
      score: 0,
      maxScore: 10,
      checks: [],
      ownTests: tests({ ran: false }),
      signals: null,
    };
    expect(
      verdictFor({
        ...base,
        maxScore: 10,
        outcome: 'did-not-start',
        problem: 'killed: never listened on its port within 10000 ms',
        serviceEnd: {
          reason: 'never-listened',
          report: 'killed: never listened on its port within 10000 ms',
        },
      }),
    ).toBe(
      'Does not work: the service did not start — it never started answering on its port (killed: never listened on its port within 10000 ms). Nothing could be checked; score 0 of 10.',
    );
    expect(
      verdictFor({
        ...base,
        outcome: 'unpack-refused',
        problem: 'the link passwd points outside the submission (/etc/passwd)',
        serviceEnd: { reason: 'not-started', report: '' },
      }),
    ).toBe(
      'Could not be assessed: the upload was refused (the link passwd points outside the submission (/etc/passwd)).',
    );
  });
});
