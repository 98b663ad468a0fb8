// Grades a schema exercise: unpack safely → find the migration → in the sandbox, build the legacy database in an
// in-memory PGlite, apply the migration, run the checks' SQL (schema-runner.mjs) → judge (schema-judge.ts).
//
// Where the scratch database lives: inside WebAssembly, inside a Node process, inside the grader's sandbox (own
// network namespace with only loopback, no host /etc, read-only system, cgroup memory/CPU/pids limits, a
// wall-clock deadline, seccomp). The candidate's SQL never reaches the application's database or any PostgreSQL
// server; PGlite's files are an in-memory file system, so COPY … FROM '/etc/passwd' and pg_read_file see nothing
// of the host; extensions that reach out (dblink, postgres_fdw) are not built into PGlite.
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterFiles } from '../../exercises/exercise.ts';
import type { SchemaExercise } from '../../exercises/index.ts';
import type { GradeOptions, GradeStep } from '../grade.ts';
import { notRunTests, prepareWorkDir, progressReporter, truncateMiddle } from '../grade.ts';
import type { GradeOutcome, GradeReport } from '../report.ts';
import { scoreChecks } from '../report.ts';
import { launchSandbox, type SandboxLimits, type SandboxResult } from '../sandbox.ts';
import { collectSignals, type StaticSignals } from '../signals.ts';
import { UnpackError, type UnpackResult, unpackSubmission } from '../unpack.ts';
import {
  judgeSchemaRun,
  type MigrationFile,
  notRunSchemaChecks,
  planSchemaJob,
  type RunnerEvent,
  type SchemaJudgement,
  schemaVerdict,
} from './schema-judge.ts';

/** PGlite needs room: its WebAssembly heap with the legacy data is about 700 MiB. */
export const defaultSchemaSandboxLimits: Partial<SandboxLimits> = {
  memoryMiB: 1536,
  deadlineMs: 180_000,
  cpus: 1,
};

const maxMigrationBytes = 2 * 1024 * 1024;
const maxResultsBytes = 256 * 1024 * 1024;
const reportOutputChars = 16_000;

export type FoundMigration =
  | { ok: true; files: MigrationFile[]; label: string }
  | { ok: false; reason: string };

/**
 * The brief's rule: `migration.sql` at the root, or the `.sql` files of a `migrations/` folder applied in the
 * byte order of their names; not both. An upload holding only the folder was unwrapped by unpacking
 * (`strippedFolder`): then the root is the folder.
 */
export function findMigration(dir: string, strippedFolder: string | null = null): FoundMigration {
  const unwrapped = strippedFolder === 'migrations';
  const single = join(dir, 'migration.sql');
  const folder = unwrapped ? dir : join(dir, 'migrations');
  const isFile = (path: string) => {
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  };
  let folderFiles: string[] = [];
  try {
    if (lstatSync(folder).isDirectory())
      folderFiles = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.sql'))
        .map((entry) => entry.name)
        .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  } catch {
    // No folder.
  }
  const hasSingle = !unwrapped && isFile(single);
  if (hasSingle && folderFiles.length)
    return {
      ok: false,
      reason: 'there is both a migration.sql and a migrations/ folder; the brief asks for one or the other',
    };
  const paths = hasSingle
    ? [{ name: 'migration.sql', path: single }]
    : folderFiles.map((name) => ({ name: `migrations/${name}`, path: join(folder, name) }));
  if (!paths.length)
    return {
      ok: false,
      reason: 'there is no migration.sql at the root of the upload and no migrations/ folder with .sql files',
    };
  let total = 0;
  const files: MigrationFile[] = [];
  for (const { name, path } of paths) {
    const bytes = readFileSync(path);
    total += bytes.length;
    if (total > maxMigrationBytes)
      return { ok: false, reason: `the migration is larger than ${maxMigrationBytes / 1024 / 1024} MiB` };
    const sql = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    if (sql.includes('\0')) return { ok: false, reason: `${name} is not a text file` };
    files.push({ name, sql });
  }
  const label =
    files.length === 1
      ? (files[0]?.name ?? '')
      : `migrations/ (${files.map((file) => file.name.slice(11)).join(', ')})`;
  return { ok: true, files, label };
}

/** Reads the runner's results as they are appended: complete lines only, never following a link. */
class ResultsTail {
  readonly events: RunnerEvent[] = [];
  private offset = 0;
  private pending = '';

  constructor(private readonly path: string) {}

  read(): void {
    let fd: number;
    try {
      fd = openSync(this.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return;
    }
    try {
      if (!fstatSync(fd).isFile()) return;
      const buffer = Buffer.alloc(1024 * 1024);
      for (;;) {
        if (this.offset >= maxResultsBytes) return;
        const read = readSync(fd, buffer, 0, buffer.length, this.offset);
        if (read <= 0) break;
        this.offset += read;
        this.pending += buffer.subarray(0, read).toString('utf8');
        const lines = this.pending.split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines) {
          try {
            this.events.push(JSON.parse(line) as RunnerEvent);
          } catch {
            // A torn line: the runner was killed while writing it.
          }
        }
      }
    } finally {
      closeSync(fd);
    }
  }
}

const pgliteDir = () => dirname(dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite'))));
const runnerFile = fileURLToPath(new URL('./schema-runner.mjs', import.meta.url));

function progressOf(
  events: readonly RunnerEvent[],
  afterSteps: number,
): { step: GradeStep; fraction: number } {
  const has = (name: string) => events.some((event) => event.event === name);
  if (has('migrated')) {
    const done = events.filter((event) => event.event === 'result' && event.phase === 'after').length;
    return { step: 'checking', fraction: 0.6 + 0.35 * (done / Math.max(1, afterSteps)) };
  }
  if (has('migration-start')) return { step: 'migrating', fraction: 0.4 };
  if (has('setup-done')) return { step: 'starting', fraction: 0.3 };
  if (has('ready')) return { step: 'starting', fraction: 0.15 };
  return { step: 'starting', fraction: 0.1 };
}

function sandboxEnded(result: SandboxResult): string {
  if (result.end.reason === 'exited' && result.end.code === 0) return 'the database run finished';
  const lastWords = result.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300);
  return result.end.reason === 'exited' && lastWords
    ? `${result.report.replace('the service', 'the database process')}: ${lastWords}`
    : result.report.replace('the service', 'the database process');
}

/** Grade a migration. Resolves with a report for anything the submission does; rejects only when the grader can't. */
export async function gradeSchemaSubmission(
  exercise: SchemaExercise,
  options: GradeOptions,
): Promise<GradeReport> {
  const started = performance.now();
  const progress = progressReporter(options.onProgress);
  const { workDir, ownWorkDir } = await prepareWorkDir(options);

  let unpacked: UnpackResult | null = null;
  let signals: StaticSignals | null = null;
  let outcome: GradeOutcome = 'checked';
  let problem: string | null = null;
  let label: string | null = null;
  let judgement: SchemaJudgement | null = null;
  let run: SandboxResult | null = null;
  try {
    progress('unpacking', 0);
    try {
      unpacked = await unpackSubmission(
        options.submissionPath,
        join(workDir, 'submission'),
        options.limits?.unpack,
      );
    } catch (error) {
      if (!(error instanceof UnpackError)) throw error;
      outcome = 'unpack-refused';
      problem = error.message.replace(/^refused: /, '');
    }
    let migration: FoundMigration | null = null;
    if (unpacked) {
      progress('inspecting', 0.05);
      signals = collectSignals(unpacked.dir, {
        git: unpacked.git,
        starterTexts: Object.values(starterFiles(exercise)),
      });
      migration = findMigration(unpacked.dir, unpacked.strippedFolder);
      if (!migration.ok) {
        outcome = 'no-migration';
        problem = migration.reason;
      }
    }
    if (migration?.ok) {
      label = migration.label;
      progress('starting', 0.08);
      const job = planSchemaJob(exercise.grading, migration.files);
      // The job folder is the sandbox's read-only /app: the runner, its job, and an empty mount point for PGlite.
      const jobDir = join(workDir, 'schema-job');
      mkdirSync(join(jobDir, 'pglite'), { recursive: true, mode: 0o755 });
      chmodSync(jobDir, 0o755);
      writeFileSync(join(jobDir, 'job.json'), JSON.stringify(job), { mode: 0o644 });
      copyFileSync(runnerFile, join(jobDir, 'runner.mjs'));
      chmodSync(join(jobDir, 'runner.mjs'), 0o644);
      const dataDir = join(workDir, 'schema-data');
      const handle = await launchSandbox({
        command: ['/usr/bin/node', '--max-old-space-size=256', '/app/runner.mjs'],
        submissionDir: jobDir,
        dataDir,
        readOnlyMounts: [{ source: realpathSync(pgliteDir()), target: '/app/pglite' }],
        limits: { ...defaultSchemaSandboxLimits, ...options.limits?.sandbox },
        ...(options.tools ? { tools: options.tools } : {}),
      });
      const tail = new ResultsTail(join(dataDir, 'results.jsonl'));
      const poll = setInterval(() => {
        tail.read();
        const now = progressOf(tail.events, job.after.length);
        progress(now.step, now.fraction);
      }, 500);
      try {
        await handle.finished;
      } finally {
        clearInterval(poll);
        run = await handle.stop();
      }
      tail.read();
      judgement = judgeSchemaRun(exercise.grading, migration.files, tail.events, sandboxEnded(run));
      outcome = judgement.outcome;
      problem = judgement.problem;
    }
  } finally {
    if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
  }

  progress('done', 1);
  const checks =
    judgement?.checks ??
    notRunSchemaChecks(
      exercise.grading,
      outcome === 'unpack-refused' ? 'the upload was refused' : 'there is no migration',
    );
  const { score, maxScore, categories } = scoreChecks(checks);
  const report: GradeReport = {
    exercise: exercise.id,
    outcome,
    score,
    maxScore,
    verdict: '',
    problem,
    categories,
    checks,
    ownTests: notRunTests(
      'not part of this exercise: the grader applies the migration and checks the database',
    ),
    signals,
    resources: {
      peakMemoryBytes: run?.peakMemoryBytes ?? 0,
      cpuTimeMs: run?.cpuTimeMs ?? 0,
      wallMs: run?.wallMs ?? 0,
    },
    service: {
      command: label,
      commandSource: label ? 'migration' : null,
      launches: run ? 1 : 0,
      listenedAfterMs: null,
      end: run
        ? { reason: run.end.reason, report: sandboxEnded(run) }
        : { reason: 'not-started', report: problem ?? 'not started' },
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
    stdout: truncateMiddle(run?.stdout ?? '', reportOutputChars),
    stderr: truncateMiddle(run?.stderr ?? '', reportOutputChars),
    gradedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
  };
  report.verdict = schemaVerdict(report);
  return report;
}
