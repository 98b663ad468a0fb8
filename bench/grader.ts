/**
 * The grader's speed, measured against a baseline in the same run (needs root and bubblewrap, like the grader):
 *
 *   npm run bench:grader -- [--runs 20] [--grades 3] [--pairs 2]
 *
 * 1. Sandbox start overhead: the same command started plainly (the baseline) and in the sandbox (launchSandbox),
 *    --runs times each after two warm-ups: `node -e 0` until it has exited and its sandbox is cleaned up, and a
 *    tiny HTTP server until it listens (in the sandbox: until the relay can reach it, which is when the grader
 *    sends its first check). Both wait for the port the same way, by looking every 20 ms. Aim: under 100 ms.
 * 2. End-to-end grading of the tasks-api reference solutions (Node and Python) with gradeSubmission, --grades
 *    times each, split into its steps. Aim: under 15 s.
 * 3. Two gradings at once (the grader's worker may run two on a two-core machine): the wall time of --pairs
 *    concurrent pairs of the Node solution against one grading alone.
 *
 * Figures depend on what else the machine is doing: the load average is printed with them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  goodNodeDir,
  goodPythonDir,
} from '../src/assessments/exercises/tasks-api/__fixtures__/planted-bugs.ts';
import { tasksApiExercise } from '../src/assessments/exercises/tasks-api/index.ts';
import { type GradeStep, gradeSubmission } from '../src/assessments/grader/grade.ts';
import type { GradeReport } from '../src/assessments/grader/report.ts';
import {
  checkSandboxSupport,
  launchSandbox,
  removeIdleSandboxCgroups,
} from '../src/assessments/grader/sandbox.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    grades: { type: 'string', default: '3' },
    pairs: { type: 'string', default: '2' },
  },
});
const runs = Number(values.runs);
const grades = Number(values.grades);
const pairs = Number(values.pairs);

const support = await checkSandboxSupport();
if (!support.ok) {
  console.error(`The grader cannot sandbox here, so there is nothing to measure: ${support.reason}`);
  process.exit(2);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2).padStart(6)} s`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

type Summary = { median: number; p95: number };
function summarise(durations: number[]): Summary {
  const sorted = [...durations].sort((left, right) => left - right);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

const scratch = mkdtempSync(path.join(tmpdir(), 'hirebench-bench-grader-'));
chmodSync(scratch, 0o755);
// The service of part 1, readable by the sandbox's unprivileged user like an unpacked submission.
const serviceDir = path.join(scratch, 'service');
mkdirSync(serviceDir, { mode: 0o755 });
chmodSync(serviceDir, 0o755);
writeFileSync(
  path.join(serviceDir, 'server.js'),
  "require('node:http').createServer((req, res) => res.end('ok')).listen(Number(process.env.PORT));\n",
  { mode: 0o644 },
);
// The sandbox finds `node` on its PATH under /usr; the baseline runs the very same binary.
const node = ['/usr/local/bin/node', '/usr/bin/node'].find((file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!node) {
  console.error('The sandbox runs node from /usr, and there is none there.');
  process.exit(2);
}
const plainPath = '/usr/local/bin:/usr/bin:/bin';
let dataDirs = 0;
const freshDataDir = () => {
  const dir = path.join(scratch, `data-${++dataDirs}`);
  mkdirSync(dir);
  return dir;
};

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

async function killed(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

// ————————————————————————————————— 1. sandbox start overhead —————————————————————————————————
// Each run returns two laps: [until the work is done, until everything is gone again].

async function plainExit(): Promise<number[]> {
  const started = performance.now();
  const child = spawn(node!, ['-e', '0'], { stdio: 'ignore', env: { PATH: plainPath } });
  await once(child, 'exit');
  const exited = performance.now() - started;
  return [exited, exited];
}

async function sandboxedExit(): Promise<number[]> {
  const started = performance.now();
  const handle = await launchSandbox({
    command: ['node', '-e', '0'],
    submissionDir: serviceDir,
    dataDir: freshDataDir(),
  });
  await handle.finished;
  const exited = performance.now() - started;
  const result = await handle.stop();
  if (result.end.reason !== 'exited' || result.end.code !== 0)
    throw new Error(`node -e 0 in the sandbox: ${result.report}`);
  return [exited, performance.now() - started];
}

async function plainListen(): Promise<number[]> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(node!, ['server.js'], {
    cwd: serviceDir,
    stdio: 'ignore',
    env: { PATH: plainPath, PORT: String(port), DATA_DIR: freshDataDir() },
  });
  try {
    while (!(await accepts(port))) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      await sleep(20);
    }
    const listening = performance.now() - started;
    await killed(child);
    return [listening, performance.now() - started];
  } finally {
    await killed(child);
  }
}

async function sandboxedListen(): Promise<number[]> {
  const started = performance.now();
  const handle = await launchSandbox({
    command: ['node', 'server.js'],
    submissionDir: serviceDir,
    dataDir: freshDataDir(),
  });
  try {
    const waited = await handle.waitForPort(10_000);
    if (!waited.listening) throw new Error(`the server in the sandbox: ${waited.report}`);
    const listening = performance.now() - started;
    await handle.stop();
    return [listening, performance.now() - started];
  } finally {
    await handle.stop();
  }
}

async function measureLaps(times: number, run: () => Promise<number[]>): Promise<Summary[]> {
  for (let warmUp = 0; warmUp < 2; warmUp++) await run();
  const laps: number[][] = [];
  for (let index = 0; index < times; index++) laps.push(await run());
  return laps[0]!.map((_, lap) => summarise(laps.map((run) => run[lap]!)));
}

// ————————————————————————————————— 2. grading end to end —————————————————————————————————

const restartingChecks = new Set(
  tasksApiExercise.checks
    .filter((check) => check.restartBefore || check.resetDataBefore)
    .map((check) => check.id),
);

type TimedGrade = {
  total: number;
  unpack: number;
  firstListen: number;
  checks: number;
  restartingChecks: number;
  ownTests: number;
  report: GradeReport;
};

async function timedGrade(submissionPath: string): Promise<TimedGrade> {
  const marks: { step: GradeStep; at: number }[] = [];
  const started = performance.now();
  const report = await gradeSubmission({
    exercise: 'tasks-api',
    submissionPath,
    onProgress: (step) => marks.push({ step, at: performance.now() - started }),
  });
  const total = performance.now() - started;
  const at = (step: GradeStep) => marks.find((mark) => mark.step === step)?.at ?? total;
  const unpack = at('starting');
  const checksEnd = Math.min(at('testing'), at('done'));
  const firstListen = report.service.listenedAfterMs ?? 0;
  return {
    total,
    unpack,
    firstListen,
    checks: Math.max(0, checksEnd - unpack - firstListen),
    restartingChecks: report.checks
      .filter((check) => restartingChecks.has(check.id))
      .reduce((sum, check) => sum + check.durationMs, 0),
    ownTests: at('done') - checksEnd,
    report,
  };
}

const medianOf = (grades: TimedGrade[], pick: (grade: TimedGrade) => number) =>
  summarise(grades.map(pick)).median;
const scoreOf = (grades: TimedGrade[]) =>
  [...new Set(grades.map(({ report }) => `${report.score}/${report.maxScore}`))].join(', ');
const gradeHeader = `   ${'grading'.padEnd(16)}${'unpack'.padStart(8)}${'listening'.padStart(11)}${'checks'.padStart(10)}${'(restarts)'.padStart(12)}${'own tests'.padStart(11)}${'total'.padStart(10)}${'p95'.padStart(10)}   score`;
const gradeRow = (name: string, graded: TimedGrade[]) =>
  `   ${name.padEnd(16)}${seconds(medianOf(graded, (grade) => grade.unpack)).padStart(8)}${seconds(medianOf(graded, (grade) => grade.firstListen)).padStart(11)}${seconds(medianOf(graded, (grade) => grade.checks)).padStart(10)}${seconds(medianOf(graded, (grade) => grade.restartingChecks)).padStart(12)}${seconds(medianOf(graded, (grade) => grade.ownTests)).padStart(11)}${seconds(medianOf(graded, (grade) => grade.total)).padStart(10)}${seconds(summarise(graded.map((grade) => grade.total)).p95).padStart(10)}   ${scoreOf(graded)}`;

try {
  console.log(
    `Grader benchmark on ${availableParallelism()} cores (load average ${load()}); node ${process.version} at ${node}\n`,
  );

  console.log(`1. Sandbox start overhead: ${runs} runs each after 2 warm-ups (median / p95)`);
  const rows: [string, Summary[], Summary[]][] = [
    ['node -e 0', await measureLaps(runs, plainExit), await measureLaps(runs, sandboxedExit)],
    ['HTTP server', await measureLaps(runs, plainListen), await measureLaps(runs, sandboxedListen)],
  ];
  const labels = [
    ['until it exited', 'and cleaned up'],
    ['until it listens', 'and stopped'],
  ];
  console.log(
    `   ${'command'.padEnd(34)}${'plain'.padStart(21)}${'sandboxed'.padStart(21)}   overhead at the median`,
  );
  const overheads: number[] = [];
  rows.forEach(([command, plain, sandboxed], row) => {
    plain.forEach((plainLap, lap) => {
      const sandboxLap = sandboxed[lap]!;
      const overhead = sandboxLap.median - plainLap.median;
      if (lap === 0) overheads.push(overhead);
      console.log(
        `   ${`${command}, ${labels[row]![lap]}`.padEnd(34)}${`${ms(plainLap.median)} /${ms(plainLap.p95)}`.padStart(21)}${`${ms(sandboxLap.median)} /${ms(sandboxLap.p95)}`.padStart(21)}   ${`+${overhead.toFixed(0)} ms`.padStart(8)} (${(sandboxLap.median / plainLap.median).toFixed(1)}×)`,
      );
    });
  });

  console.log(`\n2. Grading the tasks-api reference solutions: ${grades} gradings each (medians)`);
  console.log(gradeHeader);
  const solutions: [string, string][] = [
    ['good-node', goodNodeDir],
    ['good-python', goodPythonDir],
  ];
  const gradedTotals: Record<string, TimedGrade[]> = {};
  for (const [name, dir] of solutions) {
    const graded: TimedGrade[] = [];
    for (let index = 0; index < grades; index++) graded.push(await timedGrade(dir));
    gradedTotals[name] = graded;
    console.log(gradeRow(name, graded));
  }
  console.log(
    `   (${tasksApiExercise.checks.length} checks over HTTP, ${restartingChecks.size} of them after a restart; "listening" counts from launch)`,
  );

  console.log(`\n3. Two gradings of good-node at once: ${pairs} pairs (load average ${load()})`);
  const alone = medianOf(gradedTotals['good-node']!, (grade) => grade.total);
  const pairWalls: number[] = [];
  const paired: TimedGrade[] = [];
  for (let index = 0; index < pairs; index++) {
    const started = performance.now();
    paired.push(...(await Promise.all([timedGrade(goodNodeDir), timedGrade(goodNodeDir)])));
    pairWalls.push(performance.now() - started);
  }
  const pairWall = summarise(pairWalls).median;
  console.log(`   one grading alone (median of part 2)        ${seconds(alone)}`);
  console.log(
    `   two at once, wall time (median)             ${seconds(pairWall)}   ${(pairWall / alone).toFixed(2)}× one alone; one after the other would take ${seconds(2 * alone).trim()}`,
  );
  console.log(`   each of the two, by step (medians):\n${gradeHeader}`);
  console.log(gradeRow('good-node ×2', paired));

  const slowest = Math.max(
    ...Object.values(gradedTotals).map((graded) => medianOf(graded, (grade) => grade.total)),
  );
  const fullMarks = [...Object.values(gradedTotals).flat(), ...paired].every(
    ({ report }) => report.score === report.maxScore,
  );
  console.log('\nAims');
  console.log(
    `   sandbox start overhead < 100 ms: ${overheads.map((value) => `${value.toFixed(0)} ms`).join(' and ')} — ${overheads.every((value) => value < 100) ? 'met' : 'NOT met'}`,
  );
  console.log(
    `   a tasks-api grade < 15 s: ${seconds(slowest).trim()} — ${slowest < 15_000 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `   two gradings at once on ${availableParallelism()} cores: ${seconds(pairWall).trim()} for both, ${fullMarks ? 'every grading full marks' : 'SOME GRADINGS LOST POINTS'} — ${fullMarks && pairWall < 2 * alone ? 'met' : 'NOT met'}`,
  );
} finally {
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
}
