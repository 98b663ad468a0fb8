// Grades one submission of an exercise: unpack safely → find the start command → start it in the sandbox with a
// fresh DATA_DIR → wait for the port → run the hidden checks (restarting when a check asks) → stop → run the
// candidate's own tests in a second sandbox → static signals → the report.
//
// A submission that is refused, never listens, crashes or is killed for its resources gets a report (score 0 and
// the reason), never an exception. The one exception is a grader that cannot sandbox (GraderUnavailableError):
// then nothing runs at all, and the caller should retry elsewhere rather than record a score.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunnableExercise, starterFiles } from '../exercises/exercise.ts';
import { type Exercise, findExercise } from '../exercises/index.ts';
import { type CheckContext, type CheckResult, type IncomingReply, runChecks } from './checks.ts';
import { type DataDirSnapshot, readDataDir } from './data-dir.ts';
import type { JsonValue } from './matcher.ts';
import { openApiInspector } from './openapi/openapi-checks.ts';
import { runPostmanChecks } from './postman/postman-runner.ts';
import {
  type GradeOutcome,
  type GradeReport,
  type OwnTestsReport,
  scoreChecks,
  verdictFor,
} from './report.ts';
import { type RunPlan, readRunPlan } from './run-plan.ts';
import {
  checkSandboxSupport,
  defaultSandboxLimits,
  describeEnd,
  launchSandbox,
  type SandboxEnd,
  type SandboxHandle,
  type SandboxLimits,
  type SandboxResult,
  type SandboxTools,
  sandboxShell,
} from './sandbox.ts';
import { gradeSchemaSubmission } from './schema/grade-schema.ts';
import { collectSignals, type StaticSignals } from './signals.ts';
import { parseTestCounts } from './test-output.ts';
import { UnpackError, type UnpackLimits, type UnpackResult, unpackSubmission } from './unpack.ts';

export type GradeLimits = {
  /** Limits of each sandboxed run (the service, and its tests). */
  sandbox: Partial<SandboxLimits>;
  /** From launch until the service must listen on its port. */
  startTimeoutMs: number;
  /** All checks together; the rest are "not run" once it is spent. */
  checksBudgetMs: number;
  /** Each request's wait for an answer, unless the check sets its own. */
  requestTimeoutMs: number;
  /** The candidate's own test command. */
  testTimeoutMs: number;
  unpack: Partial<UnpackLimits>;
  /** Characters of stdout/stderr kept in the report (beginning and end). */
  reportOutputChars: number;
};

export const defaultGradeLimits: GradeLimits = {
  sandbox: {},
  startTimeoutMs: 10_000,
  checksBudgetMs: 120_000,
  requestTimeoutMs: 5_000,
  testTimeoutMs: 90_000,
  unpack: {},
  reportOutputChars: 16_000,
};

export type GradeStep =
  | 'unpacking'
  | 'starting'
  | 'checking'
  | 'restarting'
  | 'testing'
  | 'inspecting'
  /** Schema exercises: the candidate's migration is being applied. */
  | 'migrating'
  | 'done';

export type GradeOptions = {
  exercise: string | Exercise;
  /** A directory, a zip, a tar(.gz) or a git bundle. */
  submissionPath: string;
  limits?: Partial<Omit<GradeLimits, 'sandbox' | 'unpack'>> & {
    sandbox?: Partial<SandboxLimits>;
    unpack?: Partial<UnpackLimits>;
  };
  /** For a progress bar: the step and the fraction of the whole grading done (0…1). */
  onProgress?: (step: GradeStep, fraction: number) => void;
  /** Where to unpack and keep DATA_DIRs; a temporary folder (removed afterwards) by default. */
  workDir?: string;
  port?: number;
  tools?: Partial<SandboxTools>;
};

/** The grader cannot sandbox here (no root, no bubblewrap …): nothing was run. */
export class GraderUnavailableError extends Error {
  override name = 'GraderUnavailableError';
}

export class UnknownExerciseError extends Error {
  override name = 'UnknownExerciseError';
}

/** Beginning and end of a long text, so both the start-up and the last words survive. */
export function truncateMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil(max * 0.6);
  const tail = max - head;
  return `${text.slice(0, head)}\n[… ${text.length - max} characters omitted …]\n${text.slice(text.length - tail)}`;
}

// Output from a language runtime is more useful unbuffered, and Python must not try to write bytecode into the
// read-only submission.
const runtimeEnv = { PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1' };

/** The curated packages a Node.js submission may use without shipping them (grader-packages/, see its package.json). */
const gradingPackagesDir = fileURLToPath(new URL('../../../grader-packages/node_modules', import.meta.url));
const sharedNodeModules = (): { sharedNodeModules?: string } =>
  existsSync(gradingPackagesDir) ? { sharedNodeModules: gradingPackagesDir } : {};

/** Starts, restarts and stops the submission's service, and keeps what each run left behind. */
class ServiceRunner {
  private handle: SandboxHandle | undefined;
  private dataDir: string | undefined;
  private dataDirs = 0;
  readonly results: SandboxResult[] = [];
  launches = 0;
  firstListenMs: number | null = null;

  constructor(
    private readonly options: {
      plan: RunPlan;
      submissionDir: string;
      workDir: string;
      port: number;
      limits: GradeLimits;
      tools?: Partial<SandboxTools>;
    },
  ) {}

  private freshDataDir(): string {
    this.dataDirs += 1;
    return join(this.options.workDir, `data-${this.dataDirs}`);
  }

  /** Launch and wait for the port; on failure the run is already stopped and recorded. */
  async start(freshData: boolean): Promise<{ ok: true } | { ok: false; message: string; end: SandboxEnd }> {
    if (freshData || !this.dataDir) this.dataDir = this.freshDataDir();
    this.launches += 1;
    try {
      this.handle = await launchSandbox({
        command: sandboxShell(this.options.plan.start),
        submissionDir: this.options.submissionDir,
        dataDir: this.dataDir,
        port: this.options.port,
        env: runtimeEnv,
        ...sharedNodeModules(),
        limits: this.options.limits.sandbox,
        ...(this.options.tools ? { tools: this.options.tools } : {}),
      });
    } catch (error) {
      const end: SandboxEnd = { reason: 'setup-failed', message: (error as Error).message };
      return { ok: false, message: `the sandbox could not be set up: ${(error as Error).message}`, end };
    }
    const waited = await this.handle.waitForPort(this.options.limits.startTimeoutMs);
    if (waited.listening) {
      this.firstListenMs ??= waited.afterMs;
      return { ok: true };
    }
    await this.stop();
    return { ok: false, message: waited.report, end: waited.end };
  }

  async stop(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    if (handle) this.results.push(await handle.stop());
  }

  /** The unix socket that reaches the running service, for a checker in another sandbox (Postman). */
  socketPath(): string | undefined {
    return this.handle?.socketPath;
  }

  /** What the service has written to its DATA_DIR so far (for checks that look for what must not be stored). */
  dataDirSnapshot(): DataDirSnapshot {
    return this.dataDir ? readDataDir(this.dataDir) : { files: [], unread: [] };
  }

  alive(): { ok: true } | { ok: false; message: string } {
    const handle = this.handle;
    if (!handle) return { ok: false, message: 'the service is not running' };
    const end = handle.end();
    if (!end) return { ok: true };
    const limits = { ...defaultSandboxLimits, ...this.options.limits.sandbox };
    return { ok: false, message: `the service stopped: ${describeEnd(end, limits, handle.stats())}` };
  }

  async send(request: Parameters<CheckContext['send']>[0]): Promise<IncomingReply> {
    const handle = this.handle;
    if (!handle) throw new Error('the service is not running');
    const response = await handle.request({
      method: request.method,
      path: request.path,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      timeoutMs: request.timeoutMs,
    });
    return {
      status: response.status,
      headers: response.headers,
      text: response.text,
      truncated: response.truncated,
    };
  }

  /** The run that tells what happened: the first that ended other than by our stop, else the last. */
  notableEnd(): { reason: string; report: string } {
    const notable = this.results.find((result) => result.end.reason !== 'stopped') ?? this.results.at(-1);
    return notable
      ? { reason: notable.end.reason, report: notable.report }
      : { reason: 'not-started', report: 'not started' };
  }
}

async function runOwnTests(context: {
  command: string;
  submissionDir: string;
  dataDir: string;
  port: number;
  limits: GradeLimits;
  tools?: Partial<SandboxTools>;
}): Promise<{ report: OwnTestsReport }> {
  const started = performance.now();
  let handle: SandboxHandle;
  try {
    handle = await launchSandbox({
      command: sandboxShell(context.command),
      submissionDir: context.submissionDir,
      dataDir: context.dataDir,
      port: context.port,
      env: { ...runtimeEnv, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      ...sharedNodeModules(),
      limits: { ...context.limits.sandbox, deadlineMs: context.limits.testTimeoutMs },
      ...(context.tools ? { tools: context.tools } : {}),
    });
  } catch (error) {
    return {
      report: {
        ran: false,
        command: context.command,
        passed: null,
        failed: null,
        skipped: null,
        framework: null,
        exitCode: null,
        summary: `the tests could not be started: ${(error as Error).message}`,
        durationMs: Math.round(performance.now() - started),
        output: '',
      },
    };
  }
  await handle.finished;
  const result = await handle.stop();
  const output = [result.stdout, result.stderr].filter((text) => text.trim()).join('\n');
  const counts = parseTestCounts(output);
  const exitCode = result.end.reason === 'exited' ? result.end.code : null;
  return {
    report: {
      ran: true,
      command: context.command,
      passed: counts?.passed ?? null,
      failed: counts?.failed ?? null,
      skipped: counts?.skipped ?? null,
      framework: counts?.framework ?? null,
      exitCode,
      summary:
        result.end.reason === 'exited' ? `the test command exited with code ${exitCode}` : result.report,
      durationMs: Math.round(performance.now() - started),
      output: truncateMiddle(output, context.limits.reportOutputChars),
    },
  };
}

export const notRunTests = (summary: string, command: string | null = null): OwnTestsReport => ({
  ran: false,
  command,
  passed: null,
  failed: null,
  skipped: null,
  framework: null,
  exitCode: null,
  summary,
  durationMs: 0,
  output: '',
});

const notRun = (exercise: RunnableExercise, why: string): CheckResult[] =>
  exercise.checks.map((check) => ({
    id: check.id,
    category: check.category,
    description: check.description,
    points: check.points,
    passed: false,
    message: `not run: ${why}`,
    evidence: null,
    durationMs: 0,
  }));

function resolveExercise(exercise: string | Exercise): RunnableExercise {
  const found = typeof exercise === 'string' ? findExercise(exercise) : exercise;
  if (!found) throw new UnknownExerciseError(`there is no exercise called ${JSON.stringify(exercise)}`);
  if (found.kind !== 'service')
    throw new UnknownExerciseError(
      `${found.id} is not graded by running a service (it is a ${found.kind} exercise)`,
    );
  return found;
}

/** A progress callback that only moves forward and never breaks the grading. */
export function progressReporter(onProgress: GradeOptions['onProgress']) {
  let done = 0;
  return (step: GradeStep, fraction = done) => {
    done = Math.min(1, Math.max(done, fraction));
    try {
      onProgress?.(step, done);
    } catch {
      // A broken progress bar must not break the grading.
    }
  };
}

/** Refuse before anything runs when this machine cannot sandbox; then the private folder to work in. */
export async function prepareWorkDir(
  options: Pick<GradeOptions, 'tools' | 'workDir'>,
): Promise<{ workDir: string; ownWorkDir: boolean }> {
  const support = await checkSandboxSupport(options.tools);
  if (!support.ok) throw new GraderUnavailableError(`cannot grade here: ${support.reason}`);
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'hirebench-grade-'));
  mkdirSync(workDir, { recursive: true });
  chmodSync(workDir, 0o700);
  return { workDir, ownWorkDir: options.workDir === undefined };
}

/** Grade a submission. Resolves with a report for anything the submission does; rejects only when the grader can't. */
export async function gradeSubmission(options: GradeOptions): Promise<GradeReport> {
  const started = performance.now();
  // A schema exercise is graded on a scratch database instead (schema/grade-schema.ts).
  const schema = typeof options.exercise === 'string' ? findExercise(options.exercise) : options.exercise;
  if (schema?.kind === 'schema') return gradeSchemaSubmission(schema, options);
  const exercise = resolveExercise(options.exercise);
  const limits: GradeLimits = {
    ...defaultGradeLimits,
    ...options.limits,
    sandbox: { ...defaultGradeLimits.sandbox, ...options.limits?.sandbox },
    unpack: { ...defaultGradeLimits.unpack, ...options.limits?.unpack },
  };
  const progress = progressReporter(options.onProgress);
  const { workDir, ownWorkDir } = await prepareWorkDir(options);
  const port = options.port ?? 8080;

  let unpacked: UnpackResult | null = null;
  let signals: StaticSignals | null = null;
  let plan: RunPlan | null = null;
  let outcome: GradeOutcome = 'checked';
  let problem: string | null = null;
  let checks: CheckResult[] = [];
  let ownTests = notRunTests('no test command');
  let runner: ServiceRunner | null = null;

  try {
    progress('unpacking', 0);
    try {
      unpacked = await unpackSubmission(options.submissionPath, join(workDir, 'submission'), limits.unpack);
    } catch (error) {
      if (!(error instanceof UnpackError)) throw error;
      outcome = 'unpack-refused';
      problem = error.message.replace(/^refused: /, '');
    }

    if (unpacked) {
      progress('inspecting', 0.05);
      signals = collectSignals(unpacked.dir, {
        git: unpacked.git,
        starterTexts: Object.values(starterFiles(exercise)),
      });
      const planned = readRunPlan(unpacked.dir);
      if (planned.ok) plan = planned.plan;
      else {
        outcome = 'no-start-command';
        problem = planned.reason;
      }
    }

    if (unpacked && plan) {
      progress('starting', 0.08);
      runner = new ServiceRunner({
        plan,
        submissionDir: unpacked.dir,
        workDir,
        port,
        limits,
        tools: options.tools,
      });
      const serviceRunner = runner;
      const first = await serviceRunner.start(true);
      if (!first.ok) {
        outcome = 'did-not-start';
        problem = first.message;
        checks = notRun(exercise, 'the service did not start');
      } else {
        const variables = new Map<string, JsonValue>();
        const context: CheckContext = {
          variables,
          requestTimeoutMs: limits.requestTimeoutMs,
          send: (request) => serviceRunner.send(request),
          alive: () => serviceRunner.alive(),
          readDataDir: async () => serviceRunner.dataDirSnapshot(),
          restart: async ({ freshData }) => {
            progress('restarting');
            await serviceRunner.stop();
            const again = await serviceRunner.start(freshData);
            return again.ok ? { ok: true } : { ok: false, message: again.message };
          },
        };
        if (exercise.postman) {
          progress('checking', 0.1);
          const collectionRun = await runPostmanChecks({
            suite: exercise.postman,
            serviceSocket: () => serviceRunner.socketPath(),
            workDir,
            port,
            budgetMs: limits.checksBudgetMs,
            requestTimeoutMs: limits.requestTimeoutMs,
            sandbox: limits.sandbox,
            ...(options.tools ? { tools: options.tools } : {}),
          });
          checks = collectionRun.checks;
        } else {
          if (exercise.openapi) context.inspect = openApiInspector(exercise.openapi);
          checks = await runChecks(exercise.checks, context, {
            budgetMs: limits.checksBudgetMs,
            onCheck: (_result, index, total) => progress('checking', 0.1 + 0.7 * ((index + 1) / total)),
          });
        }
        await serviceRunner.stop();
      }

      if (plan.test) {
        progress('testing', 0.82);
        const tests = await runOwnTests({
          command: plan.test,
          submissionDir: unpacked.dir,
          dataDir: join(workDir, 'test-data'),
          port,
          limits,
          tools: options.tools,
        });
        ownTests = tests.report;
      } else {
        ownTests = notRunTests(
          signals?.tests.files
            ? 'not run: there is no test command (add "test" to hirebench.json)'
            : 'no test command and no test files',
        );
      }
    } else if (!checks.length) {
      checks = notRun(
        exercise,
        outcome === 'unpack-refused' ? 'the upload was refused' : 'there is no start command',
      );
    }
  } finally {
    await runner?.stop().catch(() => undefined);
    if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
  }

  progress('done', 1);
  const { score, maxScore, categories } = scoreChecks(checks);
  const results = runner?.results ?? [];
  const serviceEnd = runner?.notableEnd() ?? { reason: 'not-started', report: problem ?? 'not started' };
  // Each run's output in order, labelled when there were several runs.
  const joinOutput = (pick: (result: SandboxResult) => string) =>
    truncateMiddle(
      results
        .map((result, index) => {
          const text = pick(result);
          return text && results.length > 1 ? `[— run ${index + 1} of ${results.length} —]\n${text}` : text;
        })
        .filter(Boolean)
        .join('\n'),
      limits.reportOutputChars,
    );
  const report: GradeReport = {
    exercise: exercise.id,
    outcome,
    score,
    maxScore,
    verdict: '',
    problem,
    categories,
    checks,
    ownTests,
    signals,
    resources: {
      peakMemoryBytes: Math.max(0, ...results.map((result) => result.peakMemoryBytes)),
      cpuTimeMs: results.reduce((sum, result) => sum + result.cpuTimeMs, 0),
      wallMs: results.reduce((sum, result) => sum + result.wallMs, 0),
    },
    service: {
      command: plan?.start ?? null,
      commandSource: plan?.source ?? null,
      launches: runner?.launches ?? 0,
      listenedAfterMs: runner?.firstListenMs ?? null,
      end: serviceEnd,
    },
    submission: unpacked
      ? {
          format: unpacked.format,
          files: unpacked.files,
          totalBytes: unpacked.totalBytes,
          sha256: unpacked.sha256,
          strippedFolder: unpacked.strippedFolder,
        }
      : null,
    stdout: joinOutput((result) => result.stdout),
    stderr: joinOutput((result) => result.stderr),
    gradedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
  };
  report.verdict = verdictFor({ ...report, serviceEnd });
  return report;
}
