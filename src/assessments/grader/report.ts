// The grading report: scores per category and the plain-English verdict for a non-technical reader. Pure.
import { type CheckCategory, type CheckResult, checkCategories } from './checks.ts';
import type { StaticSignals } from './signals.ts';

export type CategoryScore = { score: number; max: number; passed: number; total: number };

export type OwnTestsReport = {
  ran: boolean;
  command: string | null;
  /** null when the output had no summary we recognise (then exitCode tells). */
  passed: number | null;
  failed: number | null;
  skipped: number | null;
  framework: string | null;
  exitCode: number | null;
  /** How the test run ended (the sandbox's report line), or why it did not run. */
  summary: string;
  durationMs: number;
  output: string;
};

export type GradeOutcome =
  /** The service ran and the checks were made (whatever they found). */
  | 'checked'
  /** The archive was refused (unsafe or too large): nothing ran. */
  | 'unpack-refused'
  /** No start command could be found or hirebench.json is invalid. */
  | 'no-start-command'
  /** The service never listened: it crashed, hung or was killed for its resources. */
  | 'did-not-start'
  /** Schema exercises: no migration.sql and no migrations/ folder. */
  | 'no-migration'
  /** Schema exercises: the migration raised an error or was stopped at a limit. */
  | 'migration-failed';

export type GradeReport = {
  exercise: string;
  outcome: GradeOutcome;
  score: number;
  maxScore: number;
  verdict: string;
  /** Why nothing could be checked, when that is the case. */
  problem: string | null;
  categories: Record<CheckCategory, CategoryScore>;
  checks: CheckResult[];
  ownTests: OwnTestsReport;
  signals: StaticSignals | null;
  resources: { peakMemoryBytes: number; cpuTimeMs: number; wallMs: number };
  service: {
    command: string | null;
    commandSource: string | null;
    launches: number;
    listenedAfterMs: number | null;
    /** How the service's run ended: `stopped` (by the grader) unless it crashed or hit a limit. */
    end: { reason: string; report: string };
  };
  submission: {
    format: string;
    files: number;
    totalBytes: number;
    sha256: string;
    strippedFolder: string | null;
  } | null;
  stdout: string;
  stderr: string;
  gradedAt: string;
  durationMs: number;
};

export function scoreChecks(checks: readonly { category: CheckCategory; points: number; passed: boolean }[]) {
  const categories = Object.fromEntries(
    checkCategories.map((category) => [category, { score: 0, max: 0, passed: 0, total: 0 }]),
  ) as Record<CheckCategory, CategoryScore>;
  for (const check of checks) {
    const category = categories[check.category];
    category.max += check.points;
    category.total += 1;
    if (check.passed) {
      category.score += check.points;
      category.passed += 1;
    }
  }
  const score = checks.reduce((sum, check) => sum + (check.passed ? check.points : 0), 0);
  const maxScore = checks.reduce((sum, check) => sum + check.points, 0);
  return { score, maxScore, categories };
}

const plainCategory: Record<CheckCategory, string> = {
  correctness: 'the basic features',
  validation: 'checking input',
  errors: 'error handling',
  persistence: 'keeping data after a restart',
  concurrency: 'simultaneous requests',
  security: 'hostile input',
  performance: 'speed of the queries',
};

const listInWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function testsInWords(ownTests: OwnTestsReport, signals: StaticSignals | null): string {
  if (ownTests.ran && ownTests.passed !== null && ownTests.failed !== null) {
    if (ownTests.passed + ownTests.failed === 0) return 'has a test command that found no tests';
    if (ownTests.failed === 0) return `has ${plural(ownTests.passed, 'passing test')}`;
    return `has ${plural(ownTests.passed + ownTests.failed, 'test')}, ${ownTests.failed} failing`;
  }
  if (ownTests.ran)
    return ownTests.exitCode === 0 ? 'has tests that pass' : 'has tests that fail or could not run';
  const files = signals?.tests.files ?? 0;
  if (files > 0) return `has ${plural(files, 'test file')} (not run: no test command)`;
  return 'has no tests';
}

/** Why the service did not run, in words for anyone. */
export function plainEnd(end: { reason: string; report: string }): string {
  switch (end.reason) {
    case 'never-listened':
      return 'it never started answering on its port';
    case 'oom-killed':
      return 'it used more memory than allowed and was stopped';
    case 'pids-limit':
      return 'it started too many processes and was stopped';
    case 'deadline':
      return 'it ran out of time and was stopped';
    case 'exited':
      return 'it stopped by itself (crashed) before answering';
    case 'setup-failed':
      return 'the grading sandbox could not start it';
    default:
      return end.report;
  }
}

export function verdictFor(input: {
  outcome: GradeOutcome;
  problem: string | null;
  score: number;
  maxScore: number;
  checks: readonly CheckResult[];
  categories: Record<CheckCategory, CategoryScore>;
  ownTests: OwnTestsReport;
  signals: StaticSignals | null;
  serviceEnd: { reason: string; report: string };
}): string {
  if (input.outcome === 'unpack-refused')
    return `Could not be assessed: the upload was refused (${input.problem}).`;
  if (input.outcome === 'no-start-command') return `Could not be assessed: ${input.problem}.`;
  if (input.outcome === 'did-not-start') {
    return `Does not work: the service did not start — ${plainEnd(input.serviceEnd)} (${input.serviceEnd.report}). Nothing could be checked; score 0 of ${input.maxScore}.`;
  }
  const ratio = input.maxScore > 0 ? input.score / input.maxScore : 0;
  // Areas with a failed check, weakest first, in plain words.
  const gaps = checkCategories
    .map((category) => ({ category, ...input.categories[category] }))
    .filter((entry) => entry.score < entry.max)
    .sort((a, b) => a.score / a.max - b.score / b.max)
    .map((entry) => plainCategory[entry.category]);
  const passed = input.checks.filter((check) => check.passed).length;
  let quality: string;
  if (input.maxScore > 0 && input.score === input.maxScore) quality = 'Works and handles edge cases well';
  else if (ratio >= 0.9) quality = `Works well, with small gaps in ${listInWords(gaps)}`;
  else if (ratio >= 0.75) quality = `Works, with gaps in ${listInWords(gaps)}`;
  else if (ratio >= 0.5) quality = `Partly works; falls short on ${listInWords(gaps)}`;
  else if (passed > 0) quality = `Mostly does not work: only ${passed} of ${input.checks.length} checks pass`;
  else quality = 'Does not work: none of the checks pass';
  const tests = testsInWords(input.ownTests, input.signals);
  const hasTests = !tests.startsWith('has no tests');
  const note = input.signals?.designNote.present
    ? 'and a design note'
    : hasTests
      ? 'but no design note'
      : 'and no design note';
  let verdict = `${quality}; ${tests} ${note}.`;
  if (input.serviceEnd.reason !== 'stopped')
    verdict += ` The service stopped during the checks: ${input.serviceEnd.report}.`;
  return verdict;
}
