// How the trusted checker reaches a service that lives in a network namespace with only loopback: a tiny
// relay process enters that namespace (nsenter --net, nothing else: it keeps the host's files and root) and
// forwards connections from a unix socket in the instance's private directory to 127.0.0.1:PORT inside. The
// checker speaks plain HTTP over that socket. Nothing of the host's network is ever visible to the submission.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

// Runs as `node -e`: argv is [node, socketPath, port, expected netns inode]. It refuses to serve when it is not
// in the namespace it was meant for (the sandbox died and its pid was reused before nsenter got there).
const relaySource = `
const net = require('node:net');
const fs = require('node:fs');
const [socketPath, port, netns] = process.argv.slice(1);
if (String(fs.statSync('/proc/self/ns/net').ino) !== netns) { console.error('relay: wrong network namespace'); process.exit(3); }
const connect = (client, hosts) => {
  const upstream = net.connect({ host: hosts[0], port: Number(port) });
  let connected = false;
  upstream.once('connect', () => {
    connected = true;
    upstream.once('close', () => client.destroy());
    client.pipe(upstream); upstream.pipe(client); client.resume();
  });
  upstream.on('error', () => {
    if (!connected && hosts.length > 1 && !client.destroyed) return connect(client, hosts.slice(1));
    client.destroy();
  });
  client.once('close', () => upstream.destroy());
};
const server = net.createServer({ pauseOnConnect: true }, (client) => {
  client.on('error', () => client.destroy());
  connect(client, ['127.0.0.1', '::1']);
});
server.listen(socketPath, () => process.stdout.write('ready\\n'));
// The grader holds our stdin: when it goes, so do we (and with us the last hold on the namespace).
process.stdin.on('close', () => process.exit(0));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

export type Relay = { process: ChildProcess; ready: Promise<void>; stop(): Promise<void> };

export function startRelay(options: {
  nsenter: string;
  node: string;
  sandboxPid: number;
  netNamespace: number;
  socketPath: string;
  port: number;
}): Relay {
  const child = spawn(
    options.nsenter,
    [
      `--net=/proc/${options.sandboxPid}/ns/net`,
      '--',
      options.node,
      '-e',
      relaySource,
      options.socketPath,
      String(options.port),
      String(options.netNamespace),
    ],
    // Nothing of the grader's environment (NODE_OPTIONS loaders and the like) leaks into the relay.
    { stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } },
  );
  child.stdin?.on('error', () => undefined);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('error', reject);
    void exited.then(() => reject(new Error(`relay exited before it was ready: ${stderr.trim()}`)));
  });
  ready.catch(() => undefined);
  return {
    process: child,
    ready,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Is anything listening on `port` in the sandbox's network namespace? Read from the kernel through a process in
 * it, no connection made; `netNamespace` guards against the pid having been reused.
 */
export function listensOn(pid: number, netNamespace: number, port: number): boolean {
  try {
    if (statSync(`/proc/${pid}/ns/net`).ino !== netNamespace) return false;
  } catch {
    return false;
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields[1] is local_address "ADDR:PORT", fields[3] the state; 0A is LISTEN.
      if (fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`)) return true;
    }
  }
  return false;
}

export type SandboxRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** The response body is cut here so a hostile service cannot flood the checker. */
  maxBodyBytes?: number;
};

export type SandboxResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  truncated: boolean;
  ms: number;
};

export function requestOverSocket(
  socketPath: string,
  port: number,
  request: SandboxRequest,
): Promise<SandboxResponse> {
  const started = performance.now();
  const maxBodyBytes = request.maxBodyBytes ?? 1024 * 1024;
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const outgoing = httpRequest(
      {
        socketPath,
        method: request.method ?? 'GET',
        path: request.path ?? '/',
        headers: {
          host: `localhost:${port}`,
          ...(body ? { 'content-length': String(body.length) } : {}),
          ...request.headers,
        },
        timeout: request.timeoutMs ?? 5000,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const finish = () => {
          const all = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: all,
            text: all.toString('utf8'),
            truncated,
            ms: performance.now() - started,
          });
        };
        response.on('data', (chunk: Buffer) => {
          if (truncated) return;
          const room = maxBodyBytes - size;
          chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
          size += Math.min(chunk.length, room);
          if (chunk.length > room) {
            truncated = true;
            finish();
            response.destroy();
          }
        });
        response.on('end', () => {
          if (!truncated) finish();
        });
        response.on('error', (error) => {
          if (!truncated) reject(error);
        });
      },
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new Error(`no answer within ${request.timeoutMs ?? 5000} ms`)),
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
