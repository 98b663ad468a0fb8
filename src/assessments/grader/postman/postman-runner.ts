// Runs a Postman collection against the candidate's running service, with newman in a sandbox of its own: the
// collection's scripts are an organisation member's JavaScript and never run in the API or worker process.
//
//   grader ── unix socket bridge.sock (in the runner's DATA_DIR) ──▶ the service sandbox's relay socket
//     newman sandbox: own uid, only loopback; runner listens on 127.0.0.1:PORT → /data/bridge.sock
//
// The runner sandbox sees the collection and the runner script read-only at /app, the grader's node_modules
// read-only at /app/node_modules, and writes its summary to /data/result.json, read back without following links.
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult } from '../checks.ts';
import { launchSandbox, type SandboxLimits, type SandboxResult, type SandboxTools } from '../sandbox.ts';
import {
  checksFromNewman,
  type NewmanResult,
  newmanResultSchema,
  type PostmanSuite,
  parsePostmanCollection,
  plannedChecks,
} from './postman-collection.ts';

const runnerScript = fileURLToPath(new URL('./newman-runner.mjs', import.meta.url));
const maxResultBytes = 20 * 1024 * 1024;

/** The node_modules folder that holds newman (mounted read-only into the runner's sandbox). */
function newmanModules(): string {
  const require = createRequire(import.meta.url);
  return dirname(dirname(require.resolve('newman/package.json')));
}

export type PostmanRunOptions = {
  suite: PostmanSuite;
  /** The unix socket that reaches the candidate's running service (its sandbox's relay). */
  serviceSocket: () => string | undefined;
  /** A private folder of the grading (0700, root). */
  workDir: string;
  port: number;
  /** For the whole collection run. */
  budgetMs: number;
  requestTimeoutMs: number;
  sandbox?: Partial<SandboxLimits>;
  tools?: Partial<SandboxTools>;
};

export type PostmanRunOutcome = {
  checks: CheckResult[];
  /** Why the collection could not run (then every planned check is "not run"). */
  problem: string | null;
  run: SandboxResult | null;
};

/** The planned checks, each failing with the same reason. */
export function postmanNotRun(suite: PostmanSuite, why: string): CheckResult[] {
  const parsed = parsePostmanCollection(suite.collection);
  return (parsed.ok ? plannedChecks(parsed.requests) : []).map((check) => ({
    ...check,
    message: `not run: ${why}`,
  }));
}

function bridgeTo(socketPath: string, target: () => string | undefined): Promise<Server> {
  const connections = new Set<Socket>();
  const server = createServer((client) => {
    connections.add(client);
    client.once('close', () => connections.delete(client));
    const path = target();
    if (!path) {
      client.destroy();
      return;
    }
    const upstream = createConnection(path);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  server.on('close', () => {
    for (const connection of connections) connection.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve(server));
  });
}

/** The runner's summary, read without following a link the sandbox may have put in its place. */
function readResult(path: string): { ok: true; result: NewmanResult } | { ok: false; message: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return { ok: false, message: 'the runner wrote no result' };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > maxResultBytes)
      return { ok: false, message: 'the runner wrote an unusable result' };
    const buffer = Buffer.alloc(stats.size);
    readSync(fd, buffer, 0, stats.size, 0);
    const parsed = newmanResultSchema.safeParse(JSON.parse(buffer.toString('utf8')));
    return parsed.success
      ? { ok: true, result: parsed.data }
      : { ok: false, message: 'the runner wrote a result of the wrong shape' };
  } catch {
    return { ok: false, message: 'the runner wrote a result that is not JSON' };
  } finally {
    closeSync(fd);
  }
}

/** Run the collection once against the service; never throws for anything the collection or service does. */
export async function runPostmanChecks(options: PostmanRunOptions): Promise<PostmanRunOutcome> {
  const appDir = join(options.workDir, 'postman-app');
  const dataDir = join(options.workDir, 'postman-data');
  mkdirSync(join(appDir, 'node_modules'), { recursive: true, mode: 0o755 });
  chmodSync(appDir, 0o755);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  copyFileSync(runnerScript, join(appDir, 'runner.mjs'));
  chmodSync(join(appDir, 'runner.mjs'), 0o644);
  writeFileSync(
    join(appDir, 'run.json'),
    JSON.stringify({
      collection: options.suite.collection,
      environment: options.suite.environment,
      timeoutMs: options.budgetMs,
      requestTimeoutMs: options.requestTimeoutMs,
    }),
    { mode: 0o644 },
  );
  const bridge = await bridgeTo(join(dataDir, 'bridge.sock'), options.serviceSocket);
  const notRun = (why: string, run: SandboxResult | null): PostmanRunOutcome => ({
    checks: postmanNotRun(options.suite, why),
    problem: why,
    run,
  });
  try {
    let handle: Awaited<ReturnType<typeof launchSandbox>>;
    try {
      handle = await launchSandbox({
        command: ['node', '/app/runner.mjs'],
        submissionDir: appDir,
        dataDir,
        port: options.port,
        env: { NODE_ENV: 'production' },
        readOnlyMounts: [{ source: newmanModules(), target: '/app/node_modules' }],
        limits: { ...options.sandbox, deadlineMs: options.budgetMs + 15_000 },
        ...(options.tools ? { tools: options.tools } : {}),
      });
    } catch (error) {
      return notRun(`the collection runner could not be set up: ${(error as Error).message}`, null);
    }
    await handle.finished;
    const run = await handle.stop();
    const read = readResult(join(dataDir, 'result.json'));
    if (!read.ok) {
      const detail = run.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
      return notRun(
        `the collection could not be run: ${read.message} (${run.report}${detail ? `: ${detail}` : ''})`,
        run,
      );
    }
    if (read.result.error && read.result.executions.length === 0) {
      return notRun(`the collection could not be run: ${read.result.error}`, run);
    }
    return { checks: checksFromNewman(read.result), problem: read.result.error, run };
  } finally {
    await new Promise((resolve) => bridge.close(resolve));
  }
}
