// The grader's sandbox: runs a candidate's HTTP service (Node or Python, from the host's read-only /usr) contained.
//
//   grader (root) ─ bash: close inherited fds, join the instance's cgroups, exec ─▶ bwrap (root, host namespaces)
//     └─ new pid/net/ipc/uts/cgroup/mount namespaces, seccomp filter, capabilities cut to setuid/setgid/setpcap
//          └─ prlimit (files, file size, no cores, tasks) ─▶ setpriv (own uid/gid, no capabilities, no new
//             privileges) ─▶ env -i (only the variables we chose) ─▶ the submission's command
//
// bwrap runs as real root without a user namespace so the submission gets a genuine unprivileged host uid (one
// per launch, from 0x70000000 up; a restart reuses the owner of its DATA_DIR) and this works where unprivileged
// user namespaces are disabled. The checker reaches the service through a relay that enters the sandbox's
// network namespace (relay.ts). Inside: /usr read-only (with the /bin, /lib… links), the submission read-only at
// /app, DATA_DIR read-write at /data, private size-limited /tmp and /dev/shm, a synthetic /etc, everything else
// absent or read-only. stop() kills with SIGKILL (no grace period): services must persist with fsync.
//
// Known limits: DATA_DIR's total size is not bounded (only single files, by RLIMIT_FSIZE) — put DATA_DIRs on a
// filesystem with quotas in production; the host's /usr is readable; /proc/self/mountinfo shows the host paths
// of the bind mounts. One running sandbox per DATA_DIR.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  lchownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type CgroupInstance,
  type CgroupLayout,
  type CgroupStats,
  createCgroupInstance,
  detectCgroupLayout,
  removeIdleBaseGroups,
  sweepStaleCgroups,
} from './cgroups.ts';
import { OutputCapture } from './output-capture.ts';
import {
  listensOn,
  requestOverSocket,
  type SandboxRequest,
  type SandboxResponse,
  startRelay,
} from './relay.ts';
import { buildSeccompFilter, type SeccompArch, seccompArch } from './seccomp.ts';

export type { SandboxRequest, SandboxResponse } from './relay.ts';

export type SandboxLimits = {
  memoryMiB: number;
  /** Processes plus threads; Node alone runs about a dozen threads, so at least 128. */
  pids: number;
  /** CPU quota in cores (0.5 = half of one core). */
  cpus: number;
  /** Wall clock from launch; the sandbox is killed when it is reached. */
  deadlineMs: number;
  /** Output kept per stream (beginning and end); the rest is counted and discarded. */
  maxOutputBytes: number;
  maxFileBytes: number;
  maxOpenFiles: number;
  /** Size of the private /tmp and /dev/shm (their pages are also charged to the memory limit). */
  tmpMiB: number;
};

export const defaultSandboxLimits: SandboxLimits = {
  memoryMiB: 512,
  pids: 256,
  cpus: 1,
  deadlineMs: 120_000,
  maxOutputBytes: 256 * 1024,
  maxFileBytes: 256 * 1024 * 1024,
  maxOpenFiles: 1024,
  tmpMiB: 64,
};

/** Where the helper programs are; tests point `bwrap` somewhere absent to prove the launcher refuses. */
export type SandboxTools = {
  bwrap: string;
  bash: string;
  nsenter: string;
  // These three run inside the sandbox, so they must live under /usr.
  prlimit: string;
  setpriv: string;
  env: string;
  /** The node binary the relay runs (on the host side). */
  node: string;
  /** Name of the cgroup under which instances are created, in every hierarchy. */
  cgroupBase: string;
};

export type SandboxOptions = {
  /** argv of the service, e.g. ['node', 'index.js'], ['npm', 'start'] or sandboxShell('python3 main.py'). */
  command: readonly string[];
  /** Mounted read-only at /app, the working directory; must be readable by others (o+rx). */
  submissionDir: string;
  /** Mounted read-write at /data (env DATA_DIR); created if missing and handed to the sandbox's uid. */
  dataDir: string;
  port?: number;
  env?: Readonly<Record<string, string>>;
  limits?: Partial<SandboxLimits>;
  /** A fixed unprivileged uid (and gid); by default each launch gets its own from 0x70000000 upward. */
  uid?: number;
  /** More host folders mounted read-only, each over an existing empty folder under /app (e.g. node_modules). */
  readOnlyMounts?: readonly { source: string; target: string }[];
  /**
   * A node_modules folder mounted read-only at /node_modules, with its .bin last on PATH: Node.js resolves a
   * package there after the project's own node_modules, for require() and import alike.
   */
  sharedNodeModules?: string;
  tools?: Partial<SandboxTools>;
};

export type SandboxEnd =
  | { reason: 'exited'; code: number }
  | { reason: 'oom-killed' }
  | { reason: 'pids-limit' }
  | { reason: 'deadline' }
  | { reason: 'never-listened'; waitedMs: number }
  | { reason: 'stopped' }
  | { reason: 'setup-failed'; message: string };

export type SandboxResult = {
  end: SandboxEnd;
  /** One line for the candidate's report: what happened, with the limit that applied. */
  report: string;
  stdout: string;
  stderr: string;
  stdoutBytes: number;
  stderrBytes: number;
  outputTruncated: boolean;
  peakMemoryBytes: number;
  cpuTimeMs: number;
  wallMs: number;
  /** Processes still owned by the sandbox uid after clean-up: always 0 unless something is badly wrong. */
  leftoverProcesses: number;
};

export type WaitForPortResult =
  | { listening: true; afterMs: number }
  | { listening: false; end: SandboxEnd; report: string };

export type SandboxHandle = {
  readonly id: string;
  readonly uid: number;
  readonly port: number;
  /** Unix socket through which HTTP reaches 127.0.0.1:port inside the sandbox. */
  readonly socketPath: string;
  readonly cgroupDirs: readonly string[];
  /** Why it ended, once it has. */
  end(): SandboxEnd | undefined;
  /** Resolves when the sandboxed process tree is gone (by itself or killed). */
  readonly finished: Promise<SandboxEnd>;
  waitForPort(timeoutMs: number): Promise<WaitForPortResult>;
  request(request: SandboxRequest): Promise<SandboxResponse>;
  stats(): CgroupStats;
  /** Kill every process, remove cgroups, relay and private files; safe to call more than once. */
  stop(): Promise<SandboxResult>;
};

/** Thrown instead of ever running untrusted code without the sandbox. */
export class SandboxUnavailableError extends Error {
  override name = 'SandboxUnavailableError';
}

/** Run a shell command line (e.g. `start` from the submission's hirebench.json) inside the sandbox. */
export const sandboxShell = (commandLine: string): string[] => ['/bin/sh', '-c', commandLine];

const trustedPath = '/usr/sbin:/usr/bin:/sbin:/bin';

/** The promise's value, or 'timeout' after `ms`; the timer is cleared either way. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
const uidBase = 0x70000000;
const usedUids = new Set<number>();
const mebibyte = 1024 * 1024;

function resolveTools(tools: Partial<SandboxTools> = {}): SandboxTools {
  return {
    bwrap: '/usr/bin/bwrap',
    bash: '/bin/bash',
    nsenter: '/usr/bin/nsenter',
    prlimit: '/usr/bin/prlimit',
    setpriv: '/usr/bin/setpriv',
    env: '/usr/bin/env',
    node: process.execPath,
    cgroupBase: 'hirebench-grader',
    ...tools,
  };
}

// ————————————————————————————————— support check —————————————————————————————————

type Support = { ok: true; layout: CgroupLayout; arch: SeccompArch } | { ok: false; reason: string };
const supportCache = new Map<string, Promise<Support>>();

/** Can this process run submissions sandboxed? When not, `reason` says what is missing. */
export async function checkSandboxSupport(
  tools?: Partial<SandboxTools>,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const support = await supportFor(resolveTools(tools));
  return support.ok ? { ok: true } : { ok: false, reason: support.reason };
}

function supportFor(tools: SandboxTools): Promise<Support> {
  const key = JSON.stringify(tools);
  let cached = supportCache.get(key);
  if (!cached) {
    cached = probeSupport(tools);
    supportCache.set(key, cached);
    // Only a success is remembered: a failure may be fixed (package installed) without restarting.
    void cached.then((support) => {
      if (!support.ok) supportCache.delete(key);
    });
  }
  return cached;
}

async function probeSupport(tools: SandboxTools): Promise<Support> {
  if (process.platform !== 'linux') return { ok: false, reason: 'the sandbox needs Linux namespaces' };
  const uid = process.getuid?.();
  if (uid !== 0) {
    return {
      ok: false,
      reason: `the grader needs root for namespaces and cgroups, but runs as uid ${uid}`,
    };
  }
  const arch = seccompArch();
  if (!arch) return { ok: false, reason: `no seccomp filter for the ${process.arch} architecture` };
  const required: [string, string, string][] = [
    ['bwrap', tools.bwrap, 'install the Debian package bubblewrap'],
    ['bash', tools.bash, 'install bash'],
    ['nsenter', tools.nsenter, 'install util-linux'],
    ['prlimit', tools.prlimit, 'install util-linux'],
    ['setpriv', tools.setpriv, 'install util-linux (setpriv)'],
    ['env', tools.env, 'install coreutils'],
    ['node', tools.node, 'the relay needs node'],
  ];
  for (const [name, path, fix] of required) {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      return { ok: false, reason: `${name} is not executable at ${path} (${fix})` };
    }
  }
  // --size (a bounded private /tmp) arrived in bubblewrap 0.8.0.
  const version = bwrapVersion(tools.bwrap);
  if (!version || version.major * 1000 + version.minor < 8) {
    return {
      ok: false,
      reason: `bubblewrap 0.8 or newer is needed (${tools.bwrap} is ${version?.text ?? 'unknown'})`,
    };
  }
  for (const [name, path] of [
    ['prlimit', tools.prlimit],
    ['setpriv', tools.setpriv],
    ['env', tools.env],
  ]) {
    if (!path?.startsWith('/usr/'))
      return { ok: false, reason: `${name} must live under /usr (got ${path})` };
  }
  const detected = detectCgroupLayout(readFileSync('/proc/self/mountinfo', 'utf8'));
  if (!detected.ok) return { ok: false, reason: detected.reason };
  const support: Support = { ok: true, layout: detected.layout, arch };
  try {
    await sweepStaleCgroups(detected.layout, tools.cgroupBase);
    sweepStaleInstanceDirs();
  } catch {
    // Leftovers of a crashed grader do not stop this one.
  }
  // A trial run through the whole pipeline: it catches what no file check can (namespaces refused by a
  // container runtime, cgroups mounted read-only, a seccomp-less kernel, setpriv unable to drop).
  const trialRoot = join(tmpdir(), `hirebench-grader-${process.pid}-trial-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(join(trialRoot, 'app'), { recursive: true, mode: 0o755 });
    chmodSync(trialRoot, 0o755);
    const handle = await launchSupported(support, tools, {
      command: ['/usr/bin/id', '-u'],
      submissionDir: join(trialRoot, 'app'),
      dataDir: join(trialRoot, 'data'),
      limits: { deadlineMs: 10_000, memoryMiB: 64, pids: 128 },
    });
    await handle.finished;
    const result = await handle.stop();
    const expected = `${handle.uid}\n`;
    if (result.end.reason !== 'exited' || result.end.code !== 0 || result.stdout !== expected) {
      return {
        ok: false,
        reason: `a trial sandbox did not run as expected (${result.report}; stdout ${JSON.stringify(result.stdout)}, stderr ${JSON.stringify(result.stderr.slice(0, 500))})`,
      };
    }
  } catch (error) {
    return { ok: false, reason: `a trial sandbox failed: ${(error as Error).message}` };
  } finally {
    rmSync(trialRoot, { recursive: true, force: true });
  }
  return support;
}

function bwrapVersion(bwrap: string): { major: number; minor: number; text: string } | undefined {
  try {
    const match = execFileSync(bwrap, ['--version'], { encoding: 'utf8', timeout: 5000 }).match(
      /(\d+)\.(\d+)\.(\d+)/,
    );
    return match ? { major: Number(match[1]), minor: Number(match[2]), text: match[0] } : undefined;
  } catch {
    return undefined;
  }
}

/** Remove the grader's idle base cgroups (each launch removes its own group; the base stays for the next). */
export async function removeIdleSandboxCgroups(tools?: Partial<SandboxTools>): Promise<void> {
  const resolved = resolveTools(tools);
  const support = await supportCache.get(JSON.stringify(resolved));
  if (support?.ok) removeIdleBaseGroups(support.layout, resolved.cgroupBase);
}

// ————————————————————————————————— launcher —————————————————————————————————

/**
 * Start the submission's service in a fresh sandbox. Rejects with SandboxUnavailableError — and runs nothing —
 * when the machine cannot sandbox.
 */
export async function launchSandbox(options: SandboxOptions): Promise<SandboxHandle> {
  const tools = resolveTools(options.tools);
  const support = await supportFor(tools);
  if (!support.ok) {
    throw new SandboxUnavailableError(`refusing to run untrusted code unsandboxed: ${support.reason}`);
  }
  return launchSupported(support, tools, options);
}

const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function validate(options: SandboxOptions, limits: SandboxLimits) {
  const [program] = options.command;
  if (!program) throw new Error('sandbox: the command is empty');
  // env(1) would take a first word with "=" for an assignment.
  if (program.includes('='))
    throw new Error(`sandbox: the program name ${JSON.stringify(program)} contains "="`);
  if (options.command.some((arg) => arg.includes('\0'))) throw new Error('sandbox: NUL in the command');
  for (const mount of options.readOnlyMounts ?? []) {
    if (!/^\/app\/[\w.-]+(\/[\w.-]+)*$/.test(mount.target) || mount.target.split('/').includes('..'))
      throw new Error(`sandbox: a read-only mount must go under /app (got ${JSON.stringify(mount.target)})`);
  }
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (!envName.test(name) || value.includes('\0')) {
      throw new Error(`sandbox: invalid environment variable ${JSON.stringify(name)}`);
    }
  }
  const port = options.port ?? 8080;
  // The sandbox user cannot bind privileged ports.
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`sandbox: the port must be between 1024 and 65535 (got ${port})`);
  }
  if (limits.pids < 128)
    throw new Error('sandbox: the pids limit must be at least 128 (runtimes use threads)');
  for (const [name, value] of Object.entries(limits)) {
    if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      throw new Error(`sandbox: limit ${name} must be a positive number`);
    }
  }
}

function submissionMount(dir: string): string {
  const real = realpathSync(dir);
  const stats = statSync(real);
  if (!stats.isDirectory()) throw new Error(`sandbox: submission ${dir} is not a directory`);
  // The sandbox user is nobody to the host: it reads the submission through the "others" bits.
  if ((stats.mode & 0o005) !== 0o005) {
    throw new Error(
      `sandbox: submission ${dir} must be readable by others (o+rx) to be readable in the sandbox`,
    );
  }
  return real;
}

/**
 * Create DATA_DIR when missing and give everything in it to the sandbox uid (never following symlinks). A
 * restart normally keeps the uid (see allocateUid), and then nothing needs to change hands.
 */
function prepareDataDir(dir: string, uid: number): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const root = lstatSync(dir);
  if (!root.isDirectory()) throw new Error(`sandbox: DATA_DIR ${dir} is not a directory`);
  if (root.uid !== uid || root.gid !== uid) {
    // Iterative: a previous run may have left a tree deep enough to overflow a recursive walk.
    const pending = [dir];
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
      const stats = lstatSync(path);
      if (stats.uid !== uid || stats.gid !== uid) lchownSync(path, uid, uid);
      if (stats.isDirectory()) for (const entry of readdirSync(path)) pending.push(join(path, entry));
    }
  }
  chmodSync(dir, 0o700);
  return realpathSync(dir);
}

function processesOwnedBy(uid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (statSync(`/proc/${entry}`).uid === uid) pids.push(Number(entry));
    } catch {
      // Exited while we looked.
    }
  }
  return pids;
}

const sandboxUidRange = (uid: number) => uid >= uidBase && uid < uidBase + 0x10000;

/**
 * A uid no running process has. The owner of an existing DATA_DIR is preferred, so a restarted service keeps
 * its uid and its files need no chown.
 */
function allocateUid(dataDir: string): number {
  const busy = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      busy.add(statSync(`/proc/${entry}`).uid);
    } catch {
      // Exited while we looked.
    }
  }
  const free = (uid: number) => sandboxUidRange(uid) && !usedUids.has(uid) && !busy.has(uid);
  let previous: number | undefined;
  try {
    previous = lstatSync(dataDir).uid;
  } catch {
    // No DATA_DIR yet.
  }
  const candidates = previous === undefined ? [] : [previous];
  for (let attempt = 0; attempt < 1000; attempt++) candidates.push(uidBase + randomInt(0x10000));
  const uid = candidates.find(free);
  if (uid === undefined) throw new Error('sandbox: no free uid');
  usedUids.add(uid);
  return uid;
}

/** A synthetic /etc: enough for libc, Node and Python to name the user and resolve localhost. Never the host's. */
function writeEtc(dir: string, uid: number) {
  mkdirSync(dir, { mode: 0o755 });
  const files: Record<string, string> = {
    passwd: `root:x:0:0:root:/root:/usr/sbin/nologin\nsandbox:x:${uid}:${uid}:submission:/tmp:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`,
    group: `root:x:0:\nsandbox:x:${uid}:\nnogroup:x:65534:\n`,
    hosts: '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n',
    'resolv.conf': '# no network beyond loopback in the sandbox\n',
    'nsswitch.conf': 'passwd: files\ngroup: files\nhosts: files\n',
    hostname: 'sandbox\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, { mode: 0o644 });
}

const instancePrefix = 'hirebench-grader-';

// Private directories of graders that died (same rule as for cgroups: owner gone and old enough).
function sweepStaleInstanceDirs(minAgeMs = 10 * 60_000) {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(instancePrefix)) continue;
    const owner = Number(entry.slice(instancePrefix.length).split('-')[0]);
    if (!Number.isInteger(owner) || owner <= 0) continue;
    const path = join(tmpdir(), entry);
    try {
      if (Date.now() - statSync(path).mtimeMs < minAgeMs) continue;
      process.kill(owner, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(path, { recursive: true, force: true });
    }
  }
}

// The root-level /bin, /lib… of merged-/usr systems are symlinks into /usr; older layouts have directories.
function systemDirArgs(): string[] {
  const args: string[] = [];
  for (const dir of ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32']) {
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(dir);
    } catch {
      continue;
    }
    if (stats.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else if (stats.isDirectory()) args.push('--ro-bind', dir, dir);
  }
  return args;
}

// Runs as root before bwrap: close every descriptor this process inherited beyond stdio and our two pipes (a
// leaked descriptor is a door out of the sandbox), join the instance's cgroups so nothing the submission
// starts can be outside them, then become bwrap.
const wrapperScript = `
for fd in /proc/$$/fd/*; do
  fd=\${fd##*/}
  case $fd in 0|1|2|3|4) ;; *) eval "exec $fd>&-" ;; esac
done
while [ "$1" != "--" ]; do
  echo $$ > "$1" || exit 125
  shift
done
shift
exec "$@"
`;

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = {
    SIGKILL: 9,
    SIGTERM: 15,
    SIGSEGV: 11,
    SIGABRT: 6,
  };
  return signal ? (numbers[signal] ?? 0) : 0;
}

const signalNames: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  4: 'SIGILL',
  6: 'SIGABRT',
  7: 'SIGBUS',
  8: 'SIGFPE',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  13: 'SIGPIPE',
  15: 'SIGTERM',
  24: 'SIGXCPU',
  25: 'SIGXFSZ',
  31: 'SIGSYS',
};

const mib = (bytes: number) => `${(bytes / mebibyte).toFixed(1)} MiB`;

export function describeEnd(end: SandboxEnd, limits: SandboxLimits, stats: CgroupStats): string {
  const cpu = `${(stats.cpuUsageMicros / 1e6).toFixed(2)} s CPU`;
  switch (end.reason) {
    case 'exited': {
      if (end.code === 0) return 'the service exited by itself with code 0';
      const signal = end.code > 128 ? signalNames[end.code - 128] : undefined;
      return signal
        ? `the service was killed by ${signal} (exit status ${end.code})`
        : `the service exited with code ${end.code}`;
    }
    case 'oom-killed':
      return `killed: out of memory (limit ${limits.memoryMiB} MiB, peak ${mib(stats.memoryPeakBytes)})`;
    case 'pids-limit':
      return `killed: too many processes or threads (limit ${limits.pids}; ${stats.pidsLimitHits} refused)`;
    case 'deadline':
      return `killed: still running at the ${limits.deadlineMs} ms deadline (${cpu} used at a quota of ${limits.cpus} CPU)`;
    case 'never-listened':
      return `killed: never listened on its port within ${end.waitedMs} ms`;
    case 'stopped':
      return 'stopped by the grader';
    case 'setup-failed':
      return `the sandbox could not be set up: ${end.message}`;
  }
}

type SandboxInfo = { childPid: number; netNamespace: number };

async function launchSupported(
  support: Extract<Support, { ok: true }>,
  tools: SandboxTools,
  options: SandboxOptions,
): Promise<SandboxHandle> {
  const limits: SandboxLimits = { ...defaultSandboxLimits, ...options.limits };
  validate(options, limits);
  const port = options.port ?? 8080;
  const submission = submissionMount(options.submissionDir);
  const uid = options.uid ?? allocateUid(options.dataDir);
  const id = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const privateDir = join(tmpdir(), `${instancePrefix}${id}`);
  let cgroup: CgroupInstance | undefined;
  try {
    const dataDir = prepareDataDir(options.dataDir, uid);
    mkdirSync(privateDir, { mode: 0o700 });
    writeEtc(join(privateDir, 'etc'), uid);
    cgroup = createCgroupInstance(
      support.layout,
      id,
      { memoryBytes: limits.memoryMiB * mebibyte, pids: limits.pids, cpus: limits.cpus },
      tools.cgroupBase,
    );
    return startInstance({
      support,
      tools,
      options,
      limits,
      port,
      submission,
      dataDir,
      uid,
      id,
      privateDir,
      cgroup,
    });
  } catch (error) {
    await cgroup?.remove().catch(() => undefined);
    rmSync(privateDir, { recursive: true, force: true });
    if (options.uid === undefined) usedUids.delete(uid);
    throw error;
  }
}

function startInstance(context: {
  support: Extract<Support, { ok: true }>;
  tools: SandboxTools;
  options: SandboxOptions;
  limits: SandboxLimits;
  port: number;
  submission: string;
  dataDir: string;
  uid: number;
  id: string;
  privateDir: string;
  cgroup: CgroupInstance;
}): SandboxHandle {
  const { support, tools, options, limits, port, uid, id, privateDir, cgroup } = context;
  const launchedAt = performance.now();
  const socketPath = join(privateDir, 'http.sock');

  const env: Record<string, string> = {
    ...options.env,
    PATH: `/usr/local/bin:/usr/bin:/bin${options.sharedNodeModules ? ':/node_modules/.bin' : ''}`,
    HOME: '/tmp',
    TMPDIR: '/tmp',
    LANG: 'C.UTF-8',
    PORT: String(port),
    DATA_DIR: '/data',
    // npm would otherwise try the registry (there is no network) and write under $HOME.
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_cache: '/tmp/.npm',
  };
  const bwrapArgs = [
    '--unshare-ipc',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-uts',
    '--unshare-cgroup',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    // Only what setpriv needs to become the sandbox user; setuid drops them all.
    ...['CAP_SETUID', 'CAP_SETGID', 'CAP_SETPCAP'].flatMap((cap) => ['--cap-add', cap]),
    '--hostname',
    'sandbox',
    '--ro-bind',
    '/usr',
    '/usr',
    ...systemDirArgs(),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    // POSIX shared memory and semaphores (Python's multiprocessing) live here; private like /tmp.
    '--perms',
    '1777',
    '--size',
    String(limits.tmpMiB * mebibyte),
    '--tmpfs',
    '/dev/shm',
    '--perms',
    '1777',
    '--size',
    String(limits.tmpMiB * mebibyte),
    '--tmpfs',
    '/tmp',
    '--ro-bind',
    join(privateDir, 'etc'),
    '/etc',
    '--ro-bind',
    context.submission,
    '/app',
    ...(options.readOnlyMounts ?? []).flatMap((mount) => ['--ro-bind', mount.source, mount.target]),
    ...(options.sharedNodeModules ? ['--ro-bind', options.sharedNodeModules, '/node_modules'] : []),
    '--bind',
    context.dataDir,
    '/data',
    '--remount-ro',
    '/',
    '--chdir',
    '/app',
    '--seccomp',
    '3',
    '--info-fd',
    '4',
    '--',
    tools.prlimit,
    `--nofile=${limits.maxOpenFiles}:${limits.maxOpenFiles}`,
    `--fsize=${limits.maxFileBytes}:${limits.maxFileBytes}`,
    '--core=0:0',
    // Per-uid backup of pids.max (each launch has its own uid); the cgroup limit is hit first.
    `--nproc=${limits.pids + 16}:${limits.pids + 16}`,
    '--',
    tools.setpriv,
    `--reuid=${uid}`,
    `--regid=${uid}`,
    '--clear-groups',
    '--inh-caps=-all',
    '--bounding-set=-all',
    '--no-new-privs',
    '--',
    tools.env,
    '-i',
    '--',
    ...Object.entries(env).map(([name, value]) => `${name}=${value}`),
    ...options.command,
  ];

  const child: ChildProcess = spawn(
    tools.bash,
    [
      '--noprofile',
      '--norc',
      '-c',
      wrapperScript,
      'hirebench-sandbox',
      ...cgroup.procsFiles,
      '--',
      tools.bwrap,
      ...bwrapArgs,
    ],
    { env: { PATH: trustedPath }, stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'] },
  );

  const stdout = new OutputCapture(limits.maxOutputBytes);
  const stderr = new OutputCapture(limits.maxOutputBytes);
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  const seccompPipe = child.stdio[3] as Writable;
  seccompPipe.on('error', () => undefined);
  seccompPipe.end(buildSeccompFilter(support.arch));

  let end: SandboxEnd | undefined;
  let info: SandboxInfo | undefined;
  let lastStats: CgroupStats = {
    memoryPeakBytes: 0,
    cpuUsageMicros: 0,
    oomKills: 0,
    pidsLimitHits: 0,
    pidsCurrent: 0,
  };
  const readStats = () => {
    try {
      lastStats = cgroup.stats();
    } catch {
      // Removed already: keep the last figures.
    }
    return lastStats;
  };

  const terminate = (why: SandboxEnd) => {
    end ??= why;
    cgroup.killAll().catch(() => child.kill('SIGKILL'));
  };

  const infoPipe = child.stdio[4] as Readable;
  let infoText = '';
  const infoReady = new Promise<SandboxInfo | undefined>((resolve) => {
    infoPipe.on('data', (chunk: Buffer) => {
      infoText += chunk.toString();
      try {
        const parsed = JSON.parse(infoText) as Record<string, number>;
        const childPid = parsed['child-pid'];
        const netNamespace = parsed['net-namespace'];
        if (typeof childPid === 'number' && typeof netNamespace === 'number') {
          info = { childPid, netNamespace };
          resolve(info);
        }
      } catch {
        // Not complete yet.
      }
    });
    infoPipe.on('close', () => resolve(info));
    infoPipe.on('error', () => resolve(info));
  });

  const relayStarted = infoReady.then((ready) => {
    if (!ready || end) return undefined;
    return startRelay({
      nsenter: tools.nsenter,
      node: tools.node,
      sandboxPid: ready.childPid,
      netNamespace: ready.netNamespace,
      socketPath,
      port,
    });
  });

  // Limits that stop the service are acted on at once, so the report names the limit rather than a symptom.
  const monitor = setInterval(() => {
    const stats = readStats();
    if (stats.oomKills > 0) terminate({ reason: 'oom-killed' });
    else if (stats.pidsLimitHits > 0) terminate({ reason: 'pids-limit' });
  }, 100);
  const deadline = setTimeout(() => terminate({ reason: 'deadline' }), limits.deadlineMs);

  let spawnError: Error | undefined;
  child.on('error', (error) => {
    spawnError = error;
  });
  const finished = new Promise<SandboxEnd>((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(monitor);
      clearTimeout(deadline);
      const stats = readStats();
      if (!end) {
        if (spawnError) end = { reason: 'setup-failed', message: spawnError.message };
        else if (!info) {
          // Nothing of the submission ran: whatever is on stderr comes from the wrapper or bwrap.
          const message = stderr.result().text.trim().split('\n').slice(-3).join(' ');
          end = {
            reason: 'setup-failed',
            message:
              code === 125 ? 'could not join the cgroups' : message || `bwrap exited with ${code ?? signal}`,
          };
        } else if (stats.oomKills > 0) end = { reason: 'oom-killed' };
        else if (stats.pidsLimitHits > 0) end = { reason: 'pids-limit' };
        else end = { reason: 'exited', code: code ?? 128 + signalNumber(signal) };
      }
      resolve(end);
    });
  });

  // Once the sandbox is gone nothing of it is kept, whether or not the caller ever calls stop().
  const cleanedUp = finished.then(async () => {
    await cgroup.killAll().catch(() => undefined);
    readStats();
    await (await relayStarted)?.stop();
    await cgroup.remove().catch(() => undefined);
    rmSync(privateDir, { recursive: true, force: true });
    if (options.uid === undefined) usedUids.delete(uid);
  });

  let stopping: Promise<SandboxResult> | undefined;
  const stop = (): Promise<SandboxResult> => {
    stopping ??= (async () => {
      end ??= { reason: 'stopped' };
      await cgroup.killAll().catch(() => undefined);
      // bwrap is in the group too; should the group not empty, kill what we can see.
      if ((await within(finished, 5000)) === 'timeout') {
        child.kill('SIGKILL');
        await within(finished, 2000);
      }
      await within(cleanedUp, 5000);
      const leftovers = processesOwnedBy(uid);
      const out = stdout.result();
      const err = stderr.result();
      const finalEnd = end;
      return {
        end: finalEnd,
        report: describeEnd(finalEnd, limits, lastStats),
        stdout: out.text,
        stderr: err.text,
        stdoutBytes: out.bytes,
        stderrBytes: err.bytes,
        outputTruncated: out.truncated || err.truncated,
        peakMemoryBytes: lastStats.memoryPeakBytes,
        cpuTimeMs: Math.round(lastStats.cpuUsageMicros / 1000),
        wallMs: Math.round(performance.now() - launchedAt),
        leftoverProcesses: leftovers.length,
      };
    })();
    return stopping;
  };

  return {
    id,
    uid,
    port,
    socketPath,
    cgroupDirs: cgroup.dirs,
    end: () => end,
    finished,
    stats: readStats,
    stop,
    async request(request) {
      const activeRelay = await relayStarted;
      if (!activeRelay) throw new Error(`sandbox ${id} is not running`);
      await activeRelay.ready;
      return requestOverSocket(socketPath, port, request);
    },
    async waitForPort(timeoutMs) {
      const waitDeadline = performance.now() + timeoutMs;
      const remaining = () => Math.max(0, waitDeadline - performance.now());
      const ended = (): WaitForPortResult => {
        const why = end ?? { reason: 'stopped' };
        return { listening: false, end: why, report: describeEnd(why, limits, readStats()) };
      };
      await within(Promise.race([infoReady, finished]), timeoutMs);
      while (!end) {
        if (info && listensOn(info.childPid, info.netNamespace, port)) {
          const activeRelay = await relayStarted;
          const relayState = await within(
            activeRelay ? activeRelay.ready.then(() => 'ready' as const) : Promise.resolve('gone' as const),
            remaining(),
          ).catch((error: Error) => error);
          if (relayState === 'ready')
            return { listening: true, afterMs: Math.round(performance.now() - launchedAt) };
          if (relayState instanceof Error) {
            terminate({ reason: 'setup-failed', message: relayState.message });
            await within(finished, 2000);
            return ended();
          }
          break;
        }
        if (remaining() === 0) break;
        await sleep(Math.min(20, Math.max(1, remaining())));
      }
      if (!end) {
        terminate({ reason: 'never-listened', waitedMs: timeoutMs });
        await within(finished, 2000);
      }
      return ended();
    },
  };
}
