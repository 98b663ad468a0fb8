// The declarative HTTP check format and its evaluator. A check is data (JSON, or a TypeScript literal checked
// by the same schema), so organisations can write their own; the evaluator does no I/O itself: it talks to the
// service through the `send` and `restart` functions it is given, which keeps it testable in milliseconds.
//
//   { "id": "post-title-too-long", "category": "validation", "description": "…", "points": 1,
//     "restartBefore": false,          // stop the service and start it again on the same DATA_DIR first
//     "resetDataBefore": false,        // … or on a new, empty DATA_DIR (isolates checks that count things)
//     "steps": [{
//       "request": { "method": "POST", "path": "/tasks/{{id}}", "headers": {}, "json": {…} | "body": "raw" },
//       "expect": { "status": 201 | [400, 422], "json": <matcher>, "text": <matcher>, "headers": { name: <matcher> } },
//       "capture": { "id": "json.id" },   // json.<dotted path> | json | status | headers.<name>
//       "delayMs": 5,                     // wait before sending (orders createdAt of consecutive creations)
//       "dataDir": { "notContaining": ["{{password}}"], "encodings": ["sha256"] }
//                                         // then look through DATA_DIR: none of these texts (nor, with
//                                         // encodings, their base64 or unsalted md5/sha1/sha256/sha512) is stored
//     }],
//     "parallel": { "count": 50, "request": {…}, "expect": {…}, "distinct": "json.id" } }
//
// `parallel` runs first (all requests at once), then `steps` in order. Captured variables are shared by every
// later step and check; a step that needs one no earlier step captured fails with a clear message.
import { z } from 'zod';
import { type DataDirSnapshot, dataDirEncodings, findInDataDir } from './data-dir.ts';
import {
  describeValue,
  type JsonValue,
  MissingVariableError,
  matcherProblems,
  matchValue,
  readPath,
  renderJson,
  renderString,
} from './matcher.ts';

export const checkCategories = [
  'correctness',
  'validation',
  'errors',
  'persistence',
  'concurrency',
  'security',
  // Whether the database can answer the queries with an index (schema exercises).
  'performance',
] as const;
export type CheckCategory = (typeof checkCategories)[number];

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

const matcherSchema = z.json().superRefine((matcher, context) => {
  for (const problem of matcherProblems(matcher)) context.addIssue({ code: 'custom', message: problem });
});

const requestSchema = z
  .object({
    method: z.enum(methods),
    path: z.string().startsWith('/', 'a path starts with /'),
    headers: z.record(z.string(), z.string()).optional(),
    json: z.json().optional(),
    body: z.string().optional(),
    timeoutMs: z.number().int().positive().max(60_000).optional(),
  })
  .refine(
    (request) => request.json === undefined || request.body === undefined,
    'use json or body, not both',
  );

const expectSchema = z.object({
  status: z.union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)]),
  json: matcherSchema.optional(),
  text: matcherSchema.optional(),
  headers: z.record(z.string(), matcherSchema).optional(),
});

const capturePath = z
  .string()
  .regex(/^(json(\.[^.]+)*|status|headers\.[a-z0-9-]+)$/, 'use json, json.<path>, status or headers.<name>');

const stepSchema = z.object({
  request: requestSchema,
  expect: expectSchema,
  capture: z.record(z.string().regex(/^[\w-]+$/), capturePath).optional(),
  delayMs: z.number().int().min(0).max(2000).optional(),
  dataDir: z
    .object({
      notContaining: z.array(z.string().min(1)).min(1),
      encodings: z.array(z.enum(dataDirEncodings)).optional(),
    })
    .optional(),
});

const parallelSchema = z.object({
  count: z.number().int().min(2).max(200),
  request: requestSchema,
  expect: expectSchema,
  /** A capture path (e.g. json.id) whose value must differ between all the responses. */
  distinct: capturePath.optional(),
});

export const checkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by -'),
    category: z.enum(checkCategories),
    description: z.string().min(1),
    points: z.number().int().min(1).max(100),
    restartBefore: z.boolean().optional(),
    resetDataBefore: z.boolean().optional(),
    parallel: parallelSchema.optional(),
    steps: z.array(stepSchema).default([]),
  })
  .refine((check) => check.steps.length > 0 || check.parallel, 'a check needs steps or parallel');

export const checkListSchema = z.array(checkSchema).superRefine((checks, context) => {
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.id)) context.addIssue({ code: 'custom', message: `duplicate check id ${check.id}` });
    seen.add(check.id);
  }
});

export type Check = z.output<typeof checkSchema>;
export type CheckInput = z.input<typeof checkSchema>;
export type CheckStep = z.output<typeof stepSchema>;
export type CheckRequest = z.output<typeof requestSchema>;
export type CheckExpect = z.output<typeof expectSchema>;

/** Parse checks (from JSON or a literal); throws a readable error listing every problem. */
export function parseChecks(input: unknown): Check[] {
  const parsed = checkListSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'checks'}: ${issue.message}`,
    );
    throw new Error(`invalid checks:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

// ————————————————————————————————— evaluation —————————————————————————————————

/** What the evaluator asks the transport to send. */
export type OutgoingRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
};

export type IncomingReply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  truncated?: boolean;
};

export type RestartOutcome = { ok: true } | { ok: false; message: string };

export type CheckContext = {
  send(request: OutgoingRequest): Promise<IncomingReply>;
  restart(options: { freshData: boolean }): Promise<RestartOutcome>;
  /** Captured variables, shared by all checks of a run. */
  variables: Map<string, JsonValue>;
  /** Is the service still there? Checks after it has gone are reported as not run. */
  alive?: () => RestartOutcome;
  now?: () => number;
  requestTimeoutMs?: number;
  /** The files in the service's DATA_DIR now, for steps with `dataDir`; without it those steps fail. */
  readDataDir?: () => Promise<DataDirSnapshot>;
  /** A further judge of every step's reply (an OpenAPI document's response schemas): a problem, or undefined. */
  inspect?: (request: OutgoingRequest, reply: IncomingReply) => string | undefined;
};

export type CheckEvidence = {
  request: { method: string; path: string; body?: string };
  /** What the check wanted: a status and matchers, or (Postman collections) the assertion's name. */
  expected: {
    status?: number | number[];
    json?: unknown;
    text?: unknown;
    headers?: unknown;
    assertion?: string;
    script?: string;
    dataDir?: unknown;
  };
  received:
    | { status: number; contentType?: string; body: string; truncated: boolean }
    | { error: string }
    | { summary: string; statuses: Record<string, number>; firstFailure?: string }
    | null;
};

export type CheckResult = {
  id: string;
  category: CheckCategory;
  description: string;
  points: number;
  passed: boolean;
  message: string;
  evidence: CheckEvidence | null;
  durationMs: number;
};

const evidenceBodyChars = 1500;
const requestBodyChars = 600;

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max)}… [${text.length - max} more characters]` : text;

class StepFailure extends Error {
  constructor(
    message: string,
    readonly evidence: CheckEvidence | null,
    readonly kind: 'failed' | 'timeout' | 'unreachable' = 'failed',
  ) {
    super(message);
  }
}

function buildRequest(
  request: CheckRequest,
  variables: Map<string, JsonValue>,
  timeoutMs: number,
): OutgoingRequest {
  const path = renderString(request.path, variables, encodeURIComponent);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {}))
    headers[name.toLowerCase()] = renderString(value, variables);
  let body: string | undefined;
  if (request.json !== undefined) body = JSON.stringify(renderJson(request.json, variables));
  else if (request.body !== undefined) body = renderString(request.body, variables);
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  return { method: request.method, path, headers, body, timeoutMs: request.timeoutMs ?? timeoutMs };
}

function renderExpect(expect: CheckExpect, variables: Map<string, JsonValue>) {
  return {
    status: expect.status,
    ...(expect.json !== undefined ? { json: renderJson(expect.json, variables) } : {}),
    ...(expect.text !== undefined ? { text: renderJson(expect.text, variables) } : {}),
    ...(expect.headers !== undefined ? { headers: renderJson(expect.headers, variables) } : {}),
  };
}

const headerText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : value;

function receivedOf(reply: IncomingReply): CheckEvidence['received'] {
  const contentType = headerText(reply.headers['content-type']);
  return {
    status: reply.status,
    ...(contentType ? { contentType } : {}),
    body: truncate(reply.text, evidenceBodyChars),
    truncated: Boolean(reply.truncated) || reply.text.length > evidenceBodyChars,
  };
}

type Judged = { ok: true; json: unknown } | { ok: false; message: string };

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Judge one reply against a rendered expectation. */
export function judgeReply(expected: ReturnType<typeof renderExpect>, reply: IncomingReply): Judged {
  const statuses = Array.isArray(expected.status) ? expected.status : [expected.status];
  const parsed = parseBody(reply.text);
  const json = parsed.ok ? parsed.value : undefined;
  if (!statuses.includes(reply.status)) {
    const body = reply.text.trim() ? `: ${truncate(reply.text.trim().replace(/\s+/g, ' '), 160)}` : '';
    return {
      ok: false,
      message: `expected status ${statuses.join(' or ')}, got ${reply.status}${body}`,
    };
  }
  if (expected.headers !== undefined) {
    for (const [name, matcher] of Object.entries(expected.headers as Record<string, unknown>)) {
      const result = matchValue(matcher, headerText(reply.headers[name.toLowerCase()]), `header ${name}`);
      if (!result.ok) return { ok: false, message: `${result.path}: ${result.message}` };
    }
  }
  if (expected.text !== undefined) {
    const result = matchValue(expected.text, reply.text, 'body');
    if (!result.ok) return { ok: false, message: `${result.path}: ${result.message}` };
  }
  if (expected.json !== undefined) {
    if (!parsed.ok) {
      return {
        ok: false,
        message: reply.text.trim()
          ? `expected a JSON body, got ${describeValue(truncate(reply.text, 200))}`
          : 'expected a JSON body, got an empty body',
      };
    }
    const result = matchValue(expected.json, json, 'json');
    if (!result.ok) return { ok: false, message: `${result.path}: ${result.message}` };
  }
  return { ok: true, json };
}

function captureValue(source: string, reply: IncomingReply, json: unknown): JsonValue | undefined {
  if (source === 'status') return reply.status;
  if (source.startsWith('headers.')) return headerText(reply.headers[source.slice('headers.'.length)]);
  if (source === 'json') return json as JsonValue;
  return readPath(json, source.slice('json.'.length)) as JsonValue | undefined;
}

async function sendOrFail(context: CheckContext, request: OutgoingRequest, evidence: CheckEvidence) {
  try {
    return await context.send(request);
  } catch (error) {
    const message = (error as Error).message;
    const timeout = /no answer within|timed? ?out/i.test(message);
    throw new StepFailure(
      `${request.method} ${request.path}: ${timeout ? message : `could not reach the service (${message})`}`,
      { ...evidence, received: { error: message } },
      timeout ? 'timeout' : 'unreachable',
    );
  }
}

const requestEvidence = (request: OutgoingRequest): CheckEvidence['request'] => ({
  method: request.method,
  path: request.path,
  ...(request.body !== undefined ? { body: truncate(request.body, requestBodyChars) } : {}),
});

async function runStep(step: CheckStep, context: CheckContext): Promise<CheckEvidence> {
  if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
  const request = buildRequest(step.request, context.variables, context.requestTimeoutMs ?? 5000);
  const expected = renderExpect(step.expect, context.variables);
  const evidence: CheckEvidence = { request: requestEvidence(request), expected, received: null };
  const reply = await sendOrFail(context, request, evidence);
  const received = { ...evidence, received: receivedOf(reply) };
  const judged = judgeReply(expected, reply);
  if (!judged.ok) throw new StepFailure(`${request.method} ${request.path}: ${judged.message}`, received);
  const problem = context.inspect?.(request, reply);
  if (problem) throw new StepFailure(`${request.method} ${request.path}: ${problem}`, received);
  for (const [name, source] of Object.entries(step.capture ?? {})) {
    const value = captureValue(source, reply, judged.json);
    if (value === undefined) {
      throw new StepFailure(
        `${request.method} ${request.path}: nothing at ${source} to remember as ${name}`,
        received,
      );
    }
    context.variables.set(name, value);
  }
  if (step.dataDir) await inspectDataDir(step.dataDir, context, request, received);
  return received;
}

async function inspectDataDir(
  rule: NonNullable<CheckStep['dataDir']>,
  context: CheckContext,
  request: OutgoingRequest,
  evidence: CheckEvidence,
): Promise<void> {
  const texts = rule.notContaining.map((text) => renderString(text, context.variables));
  const withRule = { ...evidence, expected: { ...evidence.expected, dataDir: rule } };
  const after = `after ${request.method} ${request.path}`;
  if (!context.readDataDir)
    throw new StepFailure(`${after}: this grader cannot look into DATA_DIR`, withRule);
  const snapshot = await context.readDataDir();
  const [found] = findInDataDir(snapshot, texts, rule.encodings);
  if (found) {
    throw new StepFailure(
      `${after}: DATA_DIR holds ${describeValue(found.text, 60)} ${found.form}, in ${found.file}`,
      withRule,
    );
  }
  if (snapshot.unread.length > 0) {
    throw new StepFailure(
      `${after}: DATA_DIR is too large to look through in full (${snapshot.unread[0]} and perhaps more were left unread)`,
      withRule,
    );
  }
}

async function runParallel(
  parallel: NonNullable<Check['parallel']>,
  context: CheckContext,
): Promise<CheckEvidence> {
  const request = buildRequest(parallel.request, context.variables, context.requestTimeoutMs ?? 5000);
  const expected = renderExpect(parallel.expect, context.variables);
  const label = `${parallel.count} concurrent ${request.method} ${request.path}`;
  const outcomes = await Promise.all(
    Array.from({ length: parallel.count }, () =>
      context.send(request).then(
        (reply) => ({ reply, judged: judgeReply(expected, reply) }),
        (error: Error) => ({ error: error.message }),
      ),
    ),
  );
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  const distinctValues = new Map<string, number>();
  let duplicate: string | undefined;
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      statuses.error = (statuses.error ?? 0) + 1;
      failures.push(`could not reach the service (${outcome.error})`);
      continue;
    }
    statuses[outcome.reply.status] = (statuses[outcome.reply.status] ?? 0) + 1;
    if (!outcome.judged.ok) {
      failures.push(outcome.judged.message);
      continue;
    }
    if (parallel.distinct) {
      const key = JSON.stringify(captureValue(parallel.distinct, outcome.reply, outcome.judged.json) ?? null);
      const seen = distinctValues.get(key) ?? 0;
      if (seen > 0) duplicate ??= key;
      distinctValues.set(key, seen + 1);
    }
  }
  const summary = Object.entries(statuses)
    .map(([status, count]) => `${count} × ${status}`)
    .join(', ');
  const evidence: CheckEvidence = {
    request: requestEvidence(request),
    expected: { ...expected, ...(parallel.distinct ? { distinct: parallel.distinct } : {}) },
    received: { summary, statuses, ...(failures[0] ? { firstFailure: truncate(failures[0], 400) } : {}) },
  };
  if (failures.length > 0) {
    throw new StepFailure(
      `${label}: ${failures.length} failed (${summary}); first: ${failures[0]}`,
      evidence,
    );
  }
  if (duplicate !== undefined) {
    throw new StepFailure(
      `${label}: ${parallel.distinct} values were not all different (${distinctValues.size} different in ${parallel.count}; ${truncate(duplicate, 80)} repeated)`,
      evidence,
    );
  }
  return evidence;
}

export type CheckFailureKind = 'failed' | 'timeout' | 'unreachable' | 'restart-failed';

/** Run one check against the service; never throws. */
export async function runCheck(
  check: Check,
  context: CheckContext,
): Promise<CheckResult & { failureKind?: CheckFailureKind }> {
  const now = context.now ?? (() => performance.now());
  const started = now();
  const result = (
    passed: boolean,
    message: string,
    evidence: CheckEvidence | null,
    failureKind?: CheckFailureKind,
  ) => ({
    id: check.id,
    category: check.category,
    description: check.description,
    points: check.points,
    passed,
    message,
    evidence,
    durationMs: Math.round(now() - started),
    ...(failureKind ? { failureKind } : {}),
  });
  if (check.restartBefore || check.resetDataBefore) {
    const restarted = await context.restart({ freshData: Boolean(check.resetDataBefore) });
    if (!restarted.ok) {
      return result(
        false,
        `the service did not come back after a restart: ${restarted.message}`,
        null,
        'restart-failed',
      );
    }
  }
  let evidence: CheckEvidence | null = null;
  try {
    if (check.parallel) evidence = await runParallel(check.parallel, context);
    for (const step of check.steps) evidence = await runStep(step, context);
  } catch (error) {
    if (error instanceof StepFailure) return result(false, error.message, error.evidence, error.kind);
    if (error instanceof MissingVariableError) return result(false, `not run: ${error.message}`, evidence);
    return result(false, `the check could not run: ${(error as Error).message}`, evidence);
  }
  return result(true, 'passed', evidence);
}

export type RunChecksOptions = {
  /** Called after each check, e.g. for a progress bar. */
  onCheck?: (result: CheckResult, index: number, total: number) => void;
  /** Wall-clock budget for all checks; the rest are reported as not run once it is spent. */
  budgetMs?: number;
  /** After this many checks in a row ended in a timeout, the service is taken as hung. */
  maxConsecutiveTimeouts?: number;
};

/** Run checks in order; a service that has gone or hangs makes the remaining checks "not run", quickly. */
export async function runChecks(
  checks: readonly Check[],
  context: CheckContext,
  options: RunChecksOptions = {},
): Promise<CheckResult[]> {
  const now = context.now ?? (() => performance.now());
  const started = now();
  const results: CheckResult[] = [];
  let consecutiveTimeouts = 0;
  let budgetSpent: string | undefined;
  let hung: string | undefined;
  for (const [index, check] of checks.entries()) {
    const restarts = Boolean(check.restartBefore || check.resetDataBefore);
    if (!budgetSpent && options.budgetMs !== undefined && now() - started > options.budgetMs) {
      budgetSpent = `the time for checks (${Math.round(options.budgetMs / 1000)} s) ran out`;
    }
    let skip = budgetSpent;
    // A restarting check can bring a dead or hung service back; any other check cannot.
    if (!skip && !restarts) {
      const alive = context.alive?.() ?? { ok: true };
      skip = hung ?? (alive.ok ? undefined : alive.message);
    }
    let outcome: CheckResult;
    if (skip) {
      outcome = {
        id: check.id,
        category: check.category,
        description: check.description,
        points: check.points,
        passed: false,
        message: `not run: ${skip}`,
        evidence: null,
        durationMs: 0,
      };
    } else {
      const { failureKind, ...ran } = await runCheck(check, context);
      outcome = ran;
      if (restarts && failureKind !== 'restart-failed') hung = undefined;
      consecutiveTimeouts = failureKind === 'timeout' ? consecutiveTimeouts + 1 : 0;
      if (consecutiveTimeouts >= (options.maxConsecutiveTimeouts ?? 3)) {
        hung = `the service stopped answering (${consecutiveTimeouts} checks in a row got no answer)`;
      }
    }
    results.push(outcome);
    options.onCheck?.(outcome, index, checks.length);
  }
  return results;
}
