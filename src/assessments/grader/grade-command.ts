// `hirebench grade`: grade a submission from the command line, against a shipped exercise or a Postman collection. Exit 0 when graded (whatever the score), 2 when it
// could not be graded (unknown exercise, unreadable path, no sandbox here).
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { OwnExercise } from '../exercises/exercise.ts';
import { serviceExerciseOf } from '../org-exercises/org-exercise-checks.ts';
import { checkCategories } from './checks.ts';
import { GraderUnavailableError, type GradeStep, gradeSubmission, UnknownExerciseError } from './grade.ts';
import { parsePostmanCollection } from './postman/postman-collection.ts';
import type { GradeReport } from './report.ts';

export type GradeCommandOptions = {
  exercise?: string | undefined;
  /** A Postman Collection v2.1 file to grade against instead of a shipped exercise. */
  postman?: string | undefined;
  /** KEY=VALUE pairs for the collection's environment. */
  env?: string[] | undefined;
  submission: string;
  json?: boolean | undefined;
  full?: boolean | undefined;
};

type Output = { write(text: string): unknown; isTTY?: boolean };

/** The documented --json shape: the summary a script needs; --full prints the whole report instead. */
export function cliJson(report: GradeReport) {
  const { output: _output, ...ownTests } = report.ownTests;
  return {
    exercise: report.exercise,
    score: report.score,
    maxScore: report.maxScore,
    verdict: report.verdict,
    checks: report.checks.map(({ id, category, passed, message }) => ({ id, category, passed, message })),
    ownTests,
    resources: report.resources,
  };
}

/** An exercise made of a Postman collection file and --env values, or the problems that stop it. */
export function postmanExercise(file: string, env: readonly string[]): OwnExercise | { problems: string[] } {
  let collection: unknown;
  try {
    collection = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problems: [`cannot read it as JSON: ${(error as Error).message}`] };
  }
  const parsed = parsePostmanCollection(collection);
  if (!parsed.ok)
    return { problems: parsed.problems.map((problem) => `${problem.path}: ${problem.message}`) };
  const environment: Record<string, string> = {};
  const problems: string[] = [];
  for (const pair of env) {
    const match = /^([A-Za-z_][\w.-]*)=(.*)$/s.exec(pair);
    if (!match) problems.push(`--env ${pair}: write KEY=VALUE`);
    else if (match[1] === 'baseUrl') problems.push('--env baseUrl: the grader sets baseUrl to the service');
    else environment[match[1]!] = match[2]!;
  }
  if (problems.length) return { problems };
  return serviceExerciseOf({
    id: `postman:${basename(file)}`,
    orgId: 'command-line',
    title: parsed.collection.info.name,
    summary: `The Postman collection ${basename(file)}`,
    timeLimitMinutes: 60,
    brief: '',
    checkSource: 'postman',
    checkDefinition: { collection: parsed.collection, environment },
    starterZip: null,
  });
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The report for a person at a terminal. */
export function formatReport(report: GradeReport): string {
  const lines = [`${report.exercise}: ${report.score} of ${report.maxScore} points`, report.verdict, ''];
  for (const category of checkCategories) {
    const { score, max, passed, total } = report.categories[category];
    if (total === 0) continue;
    lines.push(`  ${category.padEnd(12)} ${`${score}/${max}`.padStart(7)}   ${passed} of ${total} checks`);
  }
  const failed = report.checks.filter((check) => !check.passed);
  if (failed.length) {
    lines.push('', 'Failed checks:');
    for (const check of failed) lines.push(`  ✗ ${check.id} (${check.category}): ${check.message}`);
  }
  const tests = report.ownTests;
  lines.push(
    '',
    tests.ran
      ? `Own tests (${tests.command}): ${tests.passed ?? '?'} passed, ${tests.failed ?? '?'} failed — ${tests.summary}`
      : `Own tests: ${tests.summary}`,
  );
  if (report.signals) {
    const { signals } = report;
    lines.push(
      `Code: ${signals.sourceLines} lines in ${signals.sourceFiles} files (${signals.languages.join(', ') || 'no known language'}); ` +
        `${signals.tests.files} test files; design note: ${signals.designNote.present ? signals.designNote.file : 'none'}` +
        (signals.git ? `; ${signals.git.commits} commits over ${signals.git.spanHours} h` : ''),
    );
  }
  lines.push(
    `Service: ${report.service.command ?? '—'} (${report.service.launches} runs; ${report.service.end.report})`,
    `Resources: peak memory ${mib(report.resources.peakMemoryBytes)}, CPU ${(report.resources.cpuTimeMs / 1000).toFixed(1)} s, ` +
      `running ${(report.resources.wallMs / 1000).toFixed(1)} s; graded in ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return `${lines.join('\n')}\n`;
}

function progressBar(stream: Output) {
  if (!stream.isTTY) return undefined;
  return (step: GradeStep, fraction: number) => {
    const width = 24;
    const filled = Math.round(fraction * width);
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${step.padEnd(10)}`,
    );
    if (step === 'done') stream.write('\r\u001b[2K');
  };
}

export async function gradeCommand(
  options: GradeCommandOptions,
  stdout: Output = process.stdout,
  stderr: Output = process.stderr,
): Promise<number> {
  const submission = resolve(options.submission);
  if (!existsSync(submission)) {
    stderr.write(`error: cannot grade: ${options.submission} does not exist\n`);
    return 2;
  }
  if (Boolean(options.exercise) === Boolean(options.postman)) {
    stderr.write('error: give either --exercise <id> or --postman <collection.json>\n');
    return 2;
  }
  const exercise = options.postman ? postmanExercise(options.postman, options.env ?? []) : options.exercise!;
  if (typeof exercise === 'object' && 'problems' in exercise) {
    stderr.write(
      `error: cannot grade with ${options.postman}:\n${exercise.problems.map((line) => `  ${line}`).join('\n')}\n`,
    );
    return 2;
  }
  let report: GradeReport;
  try {
    report = await gradeSubmission({
      exercise,
      submissionPath: submission,
      onProgress: options.json || options.full ? undefined : progressBar(stderr),
    });
  } catch (error) {
    if (error instanceof GraderUnavailableError || error instanceof UnknownExerciseError) {
      stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.full) stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (options.json) stdout.write(`${JSON.stringify(cliJson(report), null, 2)}\n`);
  else stdout.write(formatReport(report));
  return 0;
}
