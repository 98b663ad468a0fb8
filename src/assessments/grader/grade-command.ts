// `hirebench grade`: grade a submission from the command line. Exit 0 when graded (whatever the score), 2 when it
// could not be graded (unknown exercise, unreadable path, no sandbox here).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkCategories } from './checks.ts';
import { GraderUnavailableError, type GradeStep, gradeSubmission, UnknownExerciseError } from './grade.ts';
import type { GradeReport } from './report.ts';

export type GradeCommandOptions = { exercise: string; submission: string; json?: boolean; full?: boolean };

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
  let report: GradeReport;
  try {
    report = await gradeSubmission({
      exercise: options.exercise,
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
