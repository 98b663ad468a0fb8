// The sandbox against the real kernel: a good service answers, and each hostile submission ends with a clear
// report line within its deadline, leaving no process, cgroup or file behind. Needs root and bubblewrap
// (.ci/run installs it). Limits are small so the CPU-burning cases stay short on a shared machine.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect as netConnect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checkSandboxSupport,
  launchSandbox,
  removeIdleSandboxCgroups,
  type SandboxHandle,
  type SandboxOptions,
  type SandboxResult,
  SandboxUnavailableError,
  sandboxShell,
} from './sandbox.ts';

const scratch: string[] = [];
const running: SandboxHandle[] = [];

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hirebench-sandbox-test-${label}-`));
  scratch.push(dir);
  return dir;
}

/** A submission directory as the grader would unpack it: world-readable, owned by root. */
function submission(files: Record<string, string>): string {
  const dir = tempDir('submission');
  chmodSync(dir, 0o755);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, { mode: 0o644 });
  return dir;
}

async function launch(options: Omit<SandboxOptions, 'dataDir'> & { dataDir?: string }) {
  const handle = await launchSandbox({ dataDir: join(tempDir('data'), 'data'), ...options });
  running.push(handle);
  return handle;
}

/** A process finished by itself (or by a limit): stop() only collects the result. */
async function runToEnd(handle: SandboxHandle): Promise<SandboxResult> {
  await handle.finished;
  return handle.stop();
}

function processesOf(uid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (new RegExp(`^Uid:\\s+${uid}\\s`, 'm').test(status)) pids.push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  return pids;
}

function expectNothingLeft(handle: SandboxHandle, result: SandboxResult) {
  expect(result.leftoverProcesses).toBe(0);
  expect(processesOf(handle.uid)).toEqual([]);
  for (const dir of handle.cgroupDirs) expect(existsSync(dir), dir).toBe(false);
  expect(existsSync(handle.socketPath)).toBe(false);
}

// Prints a JSON line with the outcome of each probe; the service is a plain script run to its end.
const probeScript = (body: string) => `
const fs = require('node:fs');
const net = require('node:net');
const results = {};
const attempt = (name, fn) => { try { results[name] = fn(); } catch (error) { results[name] = error.code || String(error); } };
${body}
`;

const goodService = `
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const file = path.join(process.env.DATA_DIR, 'notes.txt');
http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    if (req.method === 'POST') fs.appendFileSync(file, body + '\\n');
    if (req.url === '/notes') return res.end(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({
      uid: process.getuid(),
      hostname: require('node:os').hostname(),
      interfaces: Object.keys(require('node:os').networkInterfaces()),
      capEff: /CapEff:\\s+(\\w+)/.exec(status)[1],
      noNewPrivs: /NoNewPrivs:\\s+(\\d)/.exec(status)[1],
      seccomp: /Seccomp:\\s+(\\d)/.exec(status)[1],
      fds: fs.readdirSync('/proc/self/fd').map((fd) => { try { return fs.readlinkSync('/proc/self/fd/' + fd); } catch { return '?'; } }),
    }));
  });
}).listen(Number(process.env.PORT), () => console.log('listening on', process.env.PORT));
`;

beforeAll(async () => {
  const support = await checkSandboxSupport();
  // Run as root with bubblewrap installed (see .ci/run); anything else must be visible, not skipped.
  expect(support).toEqual({ ok: true });
}, 30_000);

afterEach(async () => {
  await Promise.all(running.splice(0).map((handle) => handle.stop().catch(() => undefined)));
});

afterAll(async () => {
  await Promise.all(running.splice(0).map((handle) => handle.stop().catch(() => undefined)));
  await removeIdleSandboxCgroups();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the grader sandbox', () => {
  it('runs a good Node service that the checker reaches through the sandbox network namespace', async () => {
    const started = performance.now();
    const handle = await launch({
      command: ['node', 'index.js'],
      submissionDir: submission({ 'index.js': goodService }),
    });
    const launched = performance.now() - started;
    const wait = await handle.waitForPort(10_000);
    expect(wait).toMatchObject({ listening: true });
    const response = await handle.request({ path: '/' });
    const firstAnswer = performance.now() - started;
    expect(response.status).toBe(200);
    const inside = JSON.parse(response.text);
    expect(inside).toMatchObject({
      uid: handle.uid,
      hostname: 'sandbox',
      interfaces: ['lo'],
      capEff: '0000000000000000',
      noNewPrivs: '1',
      seccomp: '2',
    });
    // No descriptor inherited from the grader beyond stdio: Node's own pipes hold both of their ends.
    const pipes = (inside.fds as string[]).filter((target) => target.startsWith('pipe:'));
    for (const pipe of new Set(pipes)) expect(pipes.filter((target) => target === pipe)).toHaveLength(2);
    expect(handle.uid).toBeGreaterThan(65535);

    const stopStarted = performance.now();
    const result = await handle.stop();
    const teardown = performance.now() - stopStarted;
    expect(result.end).toEqual({ reason: 'stopped' });
    expect(result.stdout).toContain(`listening on ${handle.port}`);
    expect(result.peakMemoryBytes).toBeGreaterThan(0);
    expect(result.cpuTimeMs).toBeGreaterThan(0);
    expectNothingLeft(handle, result);
    console.log(
      `sandbox figures: launch ${launched.toFixed(0)} ms, listening after ${wait.listening && wait.afterMs} ms, first answer ${firstAnswer.toFixed(0)} ms, teardown ${teardown.toFixed(0)} ms, peak ${(result.peakMemoryBytes / 2 ** 20).toFixed(1)} MiB, CPU ${result.cpuTimeMs} ms`,
    );
  });

  it('runs a Python service and npm start from the submission', async () => {
    const dir = submission({
      'main.py': [
        'import os',
        'from http.server import BaseHTTPRequestHandler, HTTPServer',
        'class Handler(BaseHTTPRequestHandler):',
        '    def do_GET(self):',
        '        self.send_response(200); self.end_headers(); self.wfile.write(b"python here")',
        'HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Handler).serve_forever()',
      ].join('\n'),
      'package.json': JSON.stringify({ name: 'submission', scripts: { start: 'node index.js' } }),
      'index.js': goodService,
    });
    const python = await launch({ command: ['python3', 'main.py'], submissionDir: dir, port: 5000 });
    const npm = await launch({ command: sandboxShell('npm start'), submissionDir: dir, port: 3000 });
    expect(await python.waitForPort(10_000)).toMatchObject({ listening: true });
    expect((await python.request({})).text).toBe('python here');
    expect(await npm.waitForPort(15_000)).toMatchObject({ listening: true });
    expect((await npm.request({})).status).toBe(200);
    expectNothingLeft(python, await python.stop());
    expectNothingLeft(npm, await npm.stop());
  });

  it('keeps DATA_DIR across a stop and a second start', async () => {
    const dir = submission({ 'index.js': goodService });
    const dataDir = join(tempDir('persist'), 'data');
    const first = await launch({ command: ['node', 'index.js'], submissionDir: dir, dataDir });
    expect(await first.waitForPort(10_000)).toMatchObject({ listening: true });
    await first.request({ method: 'POST', path: '/notes', body: 'first run' });
    await first.stop();

    const second = await launch({ command: ['node', 'index.js'], submissionDir: dir, dataDir });
    // The restart keeps the uid that owns the files.
    expect(second.uid).toBe(first.uid);
    expect(await second.waitForPort(10_000)).toMatchObject({ listening: true });
    expect((await second.request({ path: '/notes' })).text).toBe('first run\n');
    await second.request({ method: 'POST', path: '/notes', body: 'second run' });
    expect((await second.request({ path: '/notes' })).text).toBe('first run\nsecond run\n');
    await second.stop();
    expect(readFileSync(join(dataDir, 'notes.txt'), 'utf8')).toBe('first run\nsecond run\n');

    // Under another uid the files are handed over first, so the service can still write them.
    const third = await launch({
      command: ['node', 'index.js'],
      submissionDir: dir,
      dataDir,
      uid: first.uid + 1,
    });
    expect(await third.waitForPort(10_000)).toMatchObject({ listening: true });
    await third.request({ method: 'POST', path: '/notes', body: 'third run' });
    expect((await third.request({ path: '/notes' })).text).toBe('first run\nsecond run\nthird run\n');
    await third.stop();
  });

  it('stops a fork bomb at the pids limit', async () => {
    const handle = await launch({
      // The classic bomb, kept going by a loop so the first shell does not exit and end the sandbox early.
      command: ['bash', '-c', 'bomb() { bomb | bomb & }; while :; do bomb; done'],
      submissionDir: submission({}),
      limits: { pids: 128, cpus: 0.5, deadlineMs: 10_000 },
    });
    const result = await runToEnd(handle);
    expect(result.end).toEqual({ reason: 'pids-limit' });
    expect(result.report).toMatch(/too many processes or threads \(limit 128; \d+ refused\)/);
    expect(result.wallMs).toBeLessThan(5000);
    expectNothingLeft(handle, result);
  });

  it('OOM-kills a memory hog at its memory limit', async () => {
    const handle = await launch({
      command: ['node', '-e', 'const keep = []; setInterval(() => keep.push(Buffer.alloc(8 << 20, 1)), 1);'],
      submissionDir: submission({}),
      limits: { memoryMiB: 64, deadlineMs: 10_000 },
    });
    const result = await runToEnd(handle);
    expect(result.end).toEqual({ reason: 'oom-killed' });
    expect(result.report).toMatch(/out of memory \(limit 64 MiB, peak 6\d\.\d MiB\)/);
    expect(result.peakMemoryBytes).toBeLessThanOrEqual(64 * 2 ** 20);
    expect(result.wallMs).toBeLessThan(5000);
    expectNothingLeft(handle, result);
  });

  it('kills an endless CPU loop at its deadline, throttled to its CPU quota', async () => {
    const handle = await launch({
      command: ['node', '-e', 'for (;;) {}'],
      submissionDir: submission({}),
      limits: { cpus: 0.25, deadlineMs: 1500 },
    });
    const result = await runToEnd(handle);
    expect(result.end).toEqual({ reason: 'deadline' });
    expect(result.report).toMatch(
      /still running at the 1500 ms deadline \(0\.\d\d s CPU used at a quota of 0.25 CPU\)/,
    );
    expect(result.wallMs).toBeLessThan(2500);
    // A quarter of a core over 1.5 s, with room for the CFS period granularity.
    expect(result.cpuTimeMs).toBeGreaterThan(50);
    expect(result.cpuTimeMs).toBeLessThan(1500 * 0.25 + 250);
    expectNothingLeft(handle, result);
  });

  it('truncates gigabytes of output without blocking the writer or growing the grader', async () => {
    const rssBefore = process.memoryUsage().rss;
    const handle = await launch({
      command: ['yes', 'hirebench'],
      submissionDir: submission({}),
      limits: { cpus: 0.25, deadlineMs: 1500, maxOutputBytes: 32 * 1024 },
    });
    const result = await runToEnd(handle);
    // It wrote until the deadline killed it: never blocked by a full pipe.
    expect(result.end).toEqual({ reason: 'deadline' });
    expect(result.stdoutBytes).toBeGreaterThan(64 * 2 ** 20);
    expect(result.outputTruncated).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBeLessThan(32 * 1024 + 100);
    expect(result.stdout).toMatch(/^hirebench\n[\s\S]*\[… \d+ bytes omitted …\]\n[\s\S]*hirebench\n$/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 2 ** 20);
    console.log(
      `output flood: ${(result.stdoutBytes / 2 ** 30).toFixed(2)} GiB written, ${result.stdout.length} chars kept`,
    );
    expectNothingLeft(handle, result);
  });

  it("cannot read /etc/shadow, the host's files, other submissions or the application's data", async () => {
    const secret = `secret-${randomBytes(8).toString('hex')}`;
    const hostSecretDir = tempDir('host-secret');
    chmodSync(hostSecretDir, 0o755);
    const hostSecret = join(hostSecretDir, 'secret.txt');
    writeFileSync(hostSecret, secret, { mode: 0o644 });
    const otherSubmission = submission({ 'answer.js': secret });
    const script = probeScript(`
      for (const path of ${JSON.stringify(['/etc/shadow', hostSecret, join(otherSubmission, 'answer.js'), join(process.cwd(), 'package.json'), '/root', '/var', '/home', '/work', '/run', '/sys/fs/cgroup', '/proc/1/environ'])}) {
        attempt(path, () => fs.statSync(path).isDirectory() ? fs.readdirSync(path) : fs.readFileSync(path, 'utf8'));
      }
      attempt('passwd', () => fs.readFileSync('/etc/passwd', 'utf8'));
      attempt('etc', () => fs.readdirSync('/etc'));
      attempt('tmp', () => fs.readdirSync('/tmp'));
      attempt('processes', () => fs.readdirSync('/proc').filter((entry) => /^\\d+$/.test(entry)).length);
      console.log(JSON.stringify(results));
    `);
    const handle = await launch({
      command: ['node', 'probe.js'],
      submissionDir: submission({ 'probe.js': script }),
    });
    const result = await runToEnd(handle);
    expect(result.end).toEqual({ reason: 'exited', code: 0 });
    expect(result.stdout).not.toContain(secret);
    const seen = JSON.parse(result.stdout);
    expect(seen['/etc/shadow']).toBe('ENOENT');
    expect(seen[hostSecret]).toBe('ENOENT');
    expect(seen[join(otherSubmission, 'answer.js')]).toBe('ENOENT');
    expect(seen[join(process.cwd(), 'package.json')]).toBe('ENOENT');
    for (const path of ['/root', '/var', '/home', '/work', '/run', '/sys/fs/cgroup'])
      expect(seen[path]).toBe('ENOENT');
    expect(seen['/proc/1/environ']).toBe('EACCES');
    expect(seen.etc.sort()).toEqual(['group', 'hostname', 'hosts', 'nsswitch.conf', 'passwd', 'resolv.conf']);
    expect(seen.passwd).not.toMatch(/postgres|\/bin\/bash/);
    expect(seen.tmp).toEqual([]);
    // Its own pid namespace: the bwrap reaper, the probe, nothing of the host.
    expect(seen.processes).toBeLessThanOrEqual(3);
    expectNothingLeft(handle, result);
  });

  it("cannot connect to services on the host's loopback (PostgreSQL on 5432) or anywhere else", async () => {
    // A listener of our own on the host's loopback, so the test does not depend on what else runs here.
    const hostServer: Server = createServer((socket) => socket.end('host service\n'));
    await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
    const hostPort = (hostServer.address() as { port: number }).port;
    const abstractName = `\0hirebench-test-${randomBytes(4).toString('hex')}`;
    const abstractServer: Server = createServer((socket) => socket.end('abstract\n'));
    await new Promise<void>((resolve) => abstractServer.listen(abstractName, resolve));
    const postgresOnHost = await new Promise<boolean>((resolve) => {
      const socket = netConnect(5432, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    try {
      const script = probeScript(`
        const targets = ${JSON.stringify({ postgres: [5432, '127.0.0.1'], host: [hostPort, '127.0.0.1'], outside: [80, '1.1.1.1'], abstract: [abstractName] })};
        let pending = Object.keys(targets).length;
        for (const [name, [portOrPath, host]] of Object.entries(targets)) {
          const socket = host ? net.connect(portOrPath, host) : net.connect(portOrPath);
          const done = (outcome) => { results[name] = outcome; socket.destroy(); if (--pending === 0) console.log(JSON.stringify(results)); };
          socket.setTimeout(3000, () => done('timeout'));
          socket.on('connect', () => done('connected'));
          socket.on('error', (error) => done(error.code));
        }
      `);
      const handle = await launch({
        command: ['node', 'probe.js'],
        submissionDir: submission({ 'probe.js': script }),
      });
      const result = await runToEnd(handle);
      const seen = JSON.parse(result.stdout);
      expect(seen).toEqual({
        postgres: 'ECONNREFUSED',
        host: 'ECONNREFUSED',
        outside: 'ENETUNREACH',
        abstract: 'ECONNREFUSED',
      });
      if (!postgresOnHost) console.log('note: no PostgreSQL on the host loopback during this run');
      expectNothingLeft(handle, result);
    } finally {
      hostServer.close();
      abstractServer.close();
    }
  });

  it('cannot write outside DATA_DIR (and its /tmp is private)', async () => {
    const marker = `written-${randomBytes(6).toString('hex')}`;
    const dir = submission({});
    const script = probeScript(`
      for (const path of ['/app/${marker}', '/${marker}', '/usr/${marker}', '/etc/${marker}', '/tmp/${marker}', '/data/${marker}', '/dev/shm/${marker}', '/proc/sys/kernel/hostname']) {
        attempt(path, () => { fs.writeFileSync(path, 'x'); return 'written'; });
      }
      console.log(JSON.stringify(results));
    `);
    writeFileSync(join(dir, 'probe.js'), script, { mode: 0o644 });
    const dataDir = join(tempDir('write'), 'data');
    const handle = await launch({ command: ['node', 'probe.js'], submissionDir: dir, dataDir });
    const result = await runToEnd(handle);
    const seen = JSON.parse(result.stdout);
    expect(seen).toMatchObject({
      [`/app/${marker}`]: 'EROFS',
      [`/usr/${marker}`]: 'EROFS',
      [`/etc/${marker}`]: 'EROFS',
      [`/tmp/${marker}`]: 'written',
      [`/data/${marker}`]: 'written',
      [`/dev/shm/${marker}`]: 'written',
    });
    expect(seen[`/${marker}`]).toMatch(/EROFS|EACCES/);
    expect(seen['/proc/sys/kernel/hostname']).toMatch(/EROFS|EACCES/);
    expect(existsSync(join(dir, marker))).toBe(false);
    expect(existsSync(join(tmpdir(), marker))).toBe(false);
    expect(existsSync(join('/', marker))).toBe(false);
    expect(existsSync(join('/dev/shm', marker))).toBe(false);
    expect(readFileSync(join(dataDir, marker), 'utf8')).toBe('x');
    expectNothingLeft(handle, result);
  });

  it('leaves no process behind after stop, even one that double-forked into its own session', async () => {
    const handle = await launch({
      command: sandboxShell('(setsid sh -c "sleep 300 & sleep 300" &); exec node index.js'),
      submissionDir: submission({ 'index.js': goodService }),
    });
    expect(await handle.waitForPort(10_000)).toMatchObject({ listening: true });
    // The detached sleeps really run, as the sandbox uid on the host.
    expect(processesOf(handle.uid).length).toBeGreaterThanOrEqual(3);
    const result = await handle.stop();
    expect(result.end).toEqual({ reason: 'stopped' });
    expectNothingLeft(handle, result);
  });

  it('reports a service that never listens when waitForPort reaches its deadline', async () => {
    const handle = await launch({
      command: ['node', '-e', 'setInterval(() => {}, 1000)'],
      submissionDir: submission({}),
    });
    const started = performance.now();
    const wait = await handle.waitForPort(800);
    const waited = performance.now() - started;
    expect(wait).toMatchObject({ listening: false, end: { reason: 'never-listened', waitedMs: 800 } });
    expect(!wait.listening && wait.report).toBe('killed: never listened on its port within 800 ms');
    expect(waited).toBeLessThan(800 + 700);
    const result = await handle.stop();
    expect(result.end.reason).toBe('never-listened');
    expectNothingLeft(handle, result);
  });

  it('reports a service that crashes before listening with its exit code', async () => {
    const handle = await launch({
      command: ['node', '-e', 'console.error("boom"); process.exit(3)'],
      submissionDir: submission({}),
    });
    const wait = await handle.waitForPort(5000);
    expect(wait).toMatchObject({ listening: false, end: { reason: 'exited', code: 3 } });
    const result = await handle.stop();
    expect(result.report).toBe('the service exited with code 3');
    expect(result.stderr).toBe('boom\n');
  });

  it('denies namespaces, mounts, ptrace, bpf and keyrings through seccomp', async () => {
    const script = [
      'import ctypes, json',
      'libc = ctypes.CDLL(None, use_errno=True)',
      'def call(nr, *args):',
      '    result = libc.syscall(nr, *[ctypes.c_long(a) for a in args])',
      '    return "ok" if result >= 0 else {1: "EPERM", 38: "ENOSYS"}.get(ctypes.get_errno(), ctypes.get_errno())',
      'print(json.dumps({',
      '    "unshare": call(272, 0x10000000),',
      '    "mount": call(165, 0, 0, 0, 0, 0),',
      '    "ptrace": call(101, 0, 0, 0, 0),',
      '    "bpf": call(321, 0, 0, 0),',
      '    "keyctl": call(250, 0, 0, 0, 0, 0),',
      '    "clone3": call(435, 0, 0),',
      '    "getpid": call(39),',
      '}))',
    ].join('\n');
    const handle = await launch({
      command: ['python3', 'probe.py'],
      submissionDir: submission({ 'probe.py': script }),
    });
    const result = await runToEnd(handle);
    if (process.arch !== 'x64') return; // the numbers above are x86-64's
    expect(JSON.parse(result.stdout)).toEqual({
      unshare: 'EPERM',
      mount: 'EPERM',
      ptrace: 'EPERM',
      bpf: 'EPERM',
      keyctl: 'EPERM',
      clone3: 'ENOSYS',
      getpid: 'ok',
    });
  });

  it('refuses to run anything when the sandbox is not available', async () => {
    const marker = join(tempDir('refused'), 'ran-unsandboxed');
    const tools = { bwrap: '/nonexistent/bwrap' };
    const support = await checkSandboxSupport(tools);
    expect(support).toEqual({
      ok: false,
      reason: 'bwrap is not executable at /nonexistent/bwrap (install the Debian package bubblewrap)',
    });
    const attempt = launchSandbox({
      command: ['touch', marker],
      submissionDir: submission({}),
      dataDir: join(tempDir('data'), 'data'),
      tools,
    });
    await expect(attempt).rejects.toBeInstanceOf(SandboxUnavailableError);
    await expect(attempt).rejects.toThrow(
      'refusing to run untrusted code unsandboxed: bwrap is not executable at /nonexistent/bwrap',
    );
    expect(existsSync(marker)).toBe(false);
  });
});
