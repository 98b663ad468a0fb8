import { describe, expect, it } from 'vitest';
import { parseTestCounts } from './test-output.ts';

describe('parseTestCounts', () => {
  it('reads node:test TAP and spec summaries (cancelled counts as failed)', () => {
    const tap =
      '> tasks-api@1.0.0 test\n> node --test\n\nok 1 - a\n1..7\n# tests 7\n# suites 2\n# pass 6\n# fail 1\n# cancelled 0\n# skipped 0\n# todo 0\n';
    expect(parseTestCounts(tap)).toEqual({ framework: 'node:test', passed: 6, failed: 1, skipped: 0 });
    const spec =
      '✔ works (1.2ms)\nℹ tests 3\nℹ suites 0\nℹ pass 2\nℹ fail 0\nℹ cancelled 1\nℹ skipped 0\nℹ todo 0\n';
    expect(parseTestCounts(spec)).toEqual({ framework: 'node:test', passed: 2, failed: 1, skipped: 0 });
  });

  it('reads vitest (with colours) and jest', () => {
    const vitest =
      '\u001b[2m Test Files \u001b[22m 1 passed (1)\n\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m1 failed\u001b[39m\u001b[22m | \u001b[1m\u001b[32m11 passed\u001b[39m\u001b[22m | 2 skipped (14)\n';
    expect(parseTestCounts(vitest)).toEqual({ framework: 'vitest', passed: 11, failed: 1, skipped: 2 });
    const jest =
      'Test Suites: 1 failed, 2 passed, 3 total\nTests:       1 failed, 1 skipped, 11 passed, 13 total\nSnapshots:   0 total\n';
    expect(parseTestCounts(jest)).toEqual({ framework: 'jest', passed: 11, failed: 1, skipped: 1 });
  });

  it('reads pytest and unittest', () => {
    expect(
      parseTestCounts('tests/test_a.py ..F.\n===== 1 failed, 3 passed, 1 skipped in 0.12s =====\n'),
    ).toEqual({
      framework: 'pytest',
      passed: 3,
      failed: 1,
      skipped: 1,
    });
    expect(parseTestCounts('..\n======= 5 passed in 0.02s =======')).toMatchObject({ passed: 5, failed: 0 });
    expect(
      parseTestCounts('....\n------\nRan 7 tests in 1.576s\n\nFAILED (failures=1, errors=1, skipped=1)\n'),
    ).toEqual({
      framework: 'unittest',
      passed: 4,
      failed: 2,
      skipped: 1,
    });
    expect(parseTestCounts('Ran 3 tests in 0.001s\n\nOK (skipped=1)\n')).toEqual({
      framework: 'unittest',
      passed: 2,
      failed: 0,
      skipped: 1,
    });
  });

  it('reads mocha and a plain closing line, and takes the last summary', () => {
    expect(parseTestCounts('  5 passing (20ms)\n  1 failing\n')).toMatchObject({
      framework: 'mocha',
      passed: 5,
      failed: 1,
    });
    expect(parseTestCounts('tests: 12 passed, 0 failed\n')).toMatchObject({ passed: 12, failed: 0 });
    const twoRunners = '# pass 3\n# fail 0\n...\n===== 2 failed, 8 passed in 1.00s =====\n';
    expect(parseTestCounts(twoRunners)).toMatchObject({ framework: 'pytest', passed: 8, failed: 2 });
  });

  it('returns null when there is no summary', () => {
    expect(parseTestCounts('Error: Cannot find module ./app\n')).toBeNull();
    expect(parseTestCounts('')).toBeNull();
  });
});
