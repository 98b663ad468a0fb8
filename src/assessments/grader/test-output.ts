// Reads the pass/fail counts from the output of the candidate's own tests. Pure. Recognises node:test (TAP and
// spec reporters), vitest, jest, mocha, pytest, unittest, and a plain "N passed, M failed" line. The last
// summary in the output wins (npm scripts may run several runners; the last is the one that decided).
export type TestCounts = { framework: string; passed: number; failed: number; skipped: number };

type Parser = (output: string) => TestCounts | null;

const lastMatch = (output: string, pattern: RegExp): RegExpExecArray | null => {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  let last: RegExpExecArray | null = null;
  for (let match = global.exec(output); match; match = global.exec(output)) last = match;
  return last;
};

const count = (text: string, word: RegExp): number => {
  const match = new RegExp(`(\\d+)\\s+${word.source}`).exec(text);
  return match ? Number(match[1]) : 0;
};

const nodeTest: Parser = (output) => {
  const pass = lastMatch(output, /^(?:# |ℹ )pass (\d+)\s*$/m);
  const fail = lastMatch(output, /^(?:# |ℹ )fail (\d+)\s*$/m);
  if (!pass || !fail) return null;
  const skipped = lastMatch(output, /^(?:# |ℹ )skipped (\d+)\s*$/m);
  const todo = lastMatch(output, /^(?:# |ℹ )todo (\d+)\s*$/m);
  const cancelled = lastMatch(output, /^(?:# |ℹ )cancelled (\d+)\s*$/m);
  return {
    framework: 'node:test',
    passed: Number(pass[1]),
    // A cancelled test (its file crashed or timed out) did not pass.
    failed: Number(fail[1]) + Number(cancelled?.[1] ?? 0),
    skipped: Number(skipped?.[1] ?? 0) + Number(todo?.[1] ?? 0),
  };
};

const jest: Parser = (output) => {
  const line = lastMatch(output, /^Tests:\s+(.*\d+ total.*)$/m);
  if (!line?.[1]) return null;
  return {
    framework: 'jest',
    passed: count(line[1], /passed/),
    failed: count(line[1], /failed/),
    skipped: count(line[1], /skipped/) + count(line[1], /todo/),
  };
};

const vitest: Parser = (output) => {
  // "      Tests  1 failed | 11 passed | 2 skipped (14)" (colours already stripped)
  const line = lastMatch(output, /^\s*Tests\s+((?:\d+ \w+(?: \| )?)+)\s*\(\d+\)/m);
  if (!line?.[1]) return null;
  return {
    framework: 'vitest',
    passed: count(line[1], /passed/),
    failed: count(line[1], /failed/),
    skipped: count(line[1], /skipped/) + count(line[1], /todo/),
  };
};

const pytest: Parser = (output) => {
  // "==== 2 failed, 10 passed, 1 skipped in 0.12s ====" or "5 passed in 0.02s"
  const line = lastMatch(
    output,
    /^=*\s*((?:\d+ (?:passed|failed|skipped|errors?|xfailed|xpassed|deselected|warnings?)(?:, )?)+) in [\d.]+s/m,
  );
  if (!line?.[1]) return null;
  return {
    framework: 'pytest',
    passed: count(line[1], /passed/) + count(line[1], /xfailed/),
    failed: count(line[1], /failed/) - count(line[1], /xfailed/) + count(line[1], /errors?/),
    skipped: count(line[1], /skipped/),
  };
};

const unittest: Parser = (output) => {
  const ran = lastMatch(output, /^Ran (\d+) tests? in [\d.]+s\s*\n\s*\n?(OK|FAILED)(?: \(([^)]*)\))?/m);
  if (!ran) return null;
  const details = ran[3] ?? '';
  const field = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(details)?.[1] ?? 0);
  const failed = field('failures') + field('errors') + field('unexpected successes');
  const skipped = field('skipped') + field('expected failures');
  return { framework: 'unittest', passed: Math.max(0, Number(ran[1]) - failed - skipped), failed, skipped };
};

const mocha: Parser = (output) => {
  const passing = lastMatch(output, /^\s*(\d+) passing\b/m);
  if (!passing) return null;
  return {
    framework: 'mocha',
    passed: Number(passing[1]),
    failed: Number(lastMatch(output, /^\s*(\d+) failing\b/m)?.[1] ?? 0),
    skipped: Number(lastMatch(output, /^\s*(\d+) pending\b/m)?.[1] ?? 0),
  };
};

const plain: Parser = (output) => {
  const line = lastMatch(output, /^(?:\w+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/m);
  if (!line) return null;
  return {
    framework: 'unknown',
    passed: Number(line[1]),
    failed: Number(line[2]),
    skipped: Number(line[3] ?? 0),
  };
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;

/** Counts from a test run's combined output, or null when no known summary is in it. */
export function parseTestCounts(rawOutput: string): TestCounts | null {
  const output = rawOutput.replace(ansi, '').replace(/\r\n?/g, '\n');
  // Where several summaries appear, the one printed last decides.
  let best: { counts: TestCounts; at: number } | null = null;
  const anchors: [Parser, RegExp][] = [
    [nodeTest, /^(?:# |ℹ )fail \d+/m],
    [jest, /^Tests:\s+/m],
    [vitest, /^\s*Tests\s+\d+ /m],
    [pytest, /\d+ (?:passed|failed)[^\n]* in [\d.]+s/m],
    [unittest, /^Ran \d+ tests? in/m],
    [mocha, /^\s*\d+ passing\b/m],
    [plain, /^(?:\w+:\s*)?\d+ passed, \d+ failed/m],
  ];
  for (const [parse, anchor] of anchors) {
    const counts = parse(output);
    const at = lastMatch(output, anchor)?.index ?? -1;
    if (counts && at >= 0 && (!best || at > best.at)) best = { counts, at };
  }
  return best?.counts ?? null;
}
