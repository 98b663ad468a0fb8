// Runs INSIDE the grader's sandbox, never in the API or worker process: a Postman collection's pre-request and
// test scripts are JavaScript written by an organisation member. The sandbox has only loopback; this script
// listens on 127.0.0.1:$PORT (and [::1]:$PORT) and forwards each connection to /data/bridge.sock, behind which
// the grader passes it on to the candidate's service in its own sandbox. newman (from the read-only
// /app/node_modules) then runs the collection with baseUrl = http://localhost:$PORT, and a summary of every
// request and assertion is written to /data/result.json for the grader, which validates it before use.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
const newman = require('newman');

const input = JSON.parse(readFileSync('/app/run.json', 'utf8'));
const port = Number(process.env.PORT);
const bodyChars = 1500;
const cut = (text, max) =>
  text.length > max ? `${text.slice(0, max)}… [${text.length - max} more characters]` : text;

function forward(client) {
  const upstream = net.connect('/data/bridge.sock');
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream);
  upstream.pipe(client);
}

function listen(host) {
  return new Promise((resolve) => {
    const server = net.createServer(forward);
    server.once('error', () => resolve(null));
    server.listen(port, host, () => resolve(server));
  });
}

function folderNames(item) {
  const names = [];
  let parent = typeof item?.parent === 'function' ? item.parent() : undefined;
  while (parent && typeof parent.parent === 'function' && parent.parent()) {
    names.unshift(String(parent.name ?? ''));
    parent = parent.parent();
  }
  return names.slice(0, 20);
}

function describeRequest(request) {
  let path = '';
  try {
    path = request.url.getPathWithQuery();
  } catch {
    path = String(request?.url ?? '');
  }
  let body;
  try {
    const text = request.body ? request.body.toString() : '';
    if (text) body = cut(text, 600);
  } catch {
    body = undefined;
  }
  return {
    method: String(request?.method ?? 'GET').slice(0, 20),
    path: cut(path, 1000),
    ...(body ? { body } : {}),
  };
}

function describeResponse(response) {
  if (!response) return null;
  let text = '';
  try {
    text = response.text();
  } catch {
    text = '';
  }
  const contentType = response.headers?.get?.('Content-Type');
  return {
    status: Number(response.code),
    ...(contentType ? { contentType: cut(String(contentType), 200) } : {}),
    body: cut(text, bodyChars),
    truncated: text.length > bodyChars,
  };
}

const message = (error) => cut(String(error?.message ?? error ?? 'unknown error'), 900);

await Promise.all([listen('127.0.0.1'), listen('::1')]);

const environment = {
  values: Object.entries({ ...input.environment, baseUrl: `http://localhost:${port}` }).map(
    ([key, value]) => ({
      key,
      value,
      type: 'default',
      enabled: true,
    }),
  ),
};

newman.run(
  {
    collection: input.collection,
    environment,
    reporters: [],
    iterationCount: 1,
    timeout: input.timeoutMs,
    timeoutRequest: input.requestTimeoutMs,
    timeoutScript: input.requestTimeoutMs,
    workingDir: '/tmp',
    insecureFileRead: false,
    suppressExitCode: true,
  },
  (runError, summary) => {
    const executions = (summary?.run?.executions ?? []).slice(0, 5000).map((execution) => {
      const scriptErrors = [];
      for (const event of ['prerequest', 'test']) {
        for (const entry of execution[`${event}Script`] ?? [])
          scriptErrors.push({ event, message: message(entry.error) });
      }
      const timing = execution.response?.responseTime;
      return {
        folders: folderNames(execution.item),
        name: cut(String(execution.item?.name ?? 'request'), 280),
        request: describeRequest(execution.request),
        response: describeResponse(execution.response),
        requestError: execution.requestError ? message(execution.requestError) : null,
        durationMs: typeof timing === 'number' && timing >= 0 ? timing : 0,
        assertions: (execution.assertions ?? []).slice(0, 500).map((assertion) => ({
          name: cut(String(assertion.assertion ?? 'assertion'), 480),
          skipped: Boolean(assertion.skipped),
          error: assertion.error ? message(assertion.error) : null,
        })),
        scriptErrors: scriptErrors.slice(0, 20),
      };
    });
    writeFileSync(
      '/data/result.json',
      JSON.stringify({ executions, error: runError ? message(runError) : null }),
    );
    process.exit(0);
  },
);
