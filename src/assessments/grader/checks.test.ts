// The check evaluator against an in-memory fake service: no sandbox, no network, milliseconds.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type CheckContext,
  type CheckInput,
  type IncomingReply,
  type OutgoingRequest,
  parseChecks,
  runCheck,
  runChecks,
} from './checks.ts';
import type { JsonValue } from './matcher.ts';

type Handler = (request: OutgoingRequest) => IncomingReply | Promise<IncomingReply>;

const json = (status: number, body: unknown): IncomingReply => ({
  status,
  headers: { 'content-type': 'application/json' },
  text: JSON.stringify(body),
});

function context(handler: Handler, extra: Partial<CheckContext> = {}) {
  const sent: OutgoingRequest[] = [];
  const restarts: boolean[] = [];
  const ctx: CheckContext = {
    variables: new Map<string, JsonValue>(),
    send: async (request) => {
      sent.push(request);
      return handler(request);
    },
    restart: async ({ freshData }) => {
      restarts.push(freshData);
      return { ok: true };
    },
    ...extra,
  };
  return { ctx, sent, restarts };
}

const check = (input: Partial<CheckInput>) =>
  parseChecks([{ id: 'a-check', category: 'correctness', description: 'd', points: 2, ...input }])[0]!;

describe('the check schema', () => {
  it('accepts a full check and fills defaults', () => {
    const parsed = check({
      steps: [
        {
          request: { method: 'POST', path: '/tasks', json: { title: 'x' } },
          expect: {
            status: [200, 201],
            json: { id: { $type: 'string' } },
            headers: { 'content-type': { $regex: 'json' } },
          },
          capture: { id: 'json.id' },
        },
      ],
    });
    expect(parsed.steps).toHaveLength(1);
  });

  it('lists every problem: bad ids, categories, paths, matchers, duplicates, json with body', () => {
    const attempt = () =>
      parseChecks([
        { id: 'Bad Id', category: 'speed', description: 'd', points: 0, steps: [] },
        {
          id: 'x',
          category: 'errors',
          description: 'd',
          points: 1,
          steps: [
            {
              request: { method: 'GET', path: 'tasks', json: {}, body: 'x' },
              expect: { status: 200, json: { $type: 'strnig' } },
              capture: { id: 'body.id' },
            },
          ],
        },
        {
          id: 'x',
          category: 'errors',
          description: 'd',
          points: 1,
          steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }],
        },
      ]);
    expect(attempt).toThrow(/ids are lower-case/);
    expect(attempt).toThrow(/category/);
    expect(attempt).toThrow(/a path starts with \//);
    expect(attempt).toThrow(/use json or body, not both/);
    expect(attempt).toThrow(/use one of string/);
    expect(attempt).toThrow(/use json, json.<path>, status or headers.<name>/);
    // Whole-check and whole-list rules are checked once every field is valid.
    const structural = () =>
      parseChecks([
        { id: 'x', category: 'errors', description: 'd', points: 1 },
        {
          id: 'y',
          category: 'errors',
          description: 'd',
          points: 1,
          steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }],
        },
        {
          id: 'y',
          category: 'errors',
          description: 'd',
          points: 1,
          steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }],
        },
      ]);
    expect(structural).toThrow(/a check needs steps or parallel/);
    expect(() =>
      parseChecks([
        {
          id: 'y',
          category: 'errors',
          description: 'd',
          points: 1,
          steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }],
        },
        {
          id: 'y',
          category: 'errors',
          description: 'd',
          points: 1,
          steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }],
        },
      ]),
    ).toThrow(/duplicate check id y/);
  });
});

describe('runCheck', () => {
  it('sends templated requests, captures values and passes', async () => {
    const { ctx, sent } = context((request) =>
      request.method === 'POST' ? json(201, { id: 'a/1', title: 'x' }) : json(200, { id: 'a/1', title: 'x' }),
    );
    const result = await runCheck(
      check({
        steps: [
          {
            request: { method: 'POST', path: '/tasks', json: { title: 'x' } },
            expect: { status: 201 },
            capture: { id: 'json.id' },
          },
          {
            request: { method: 'GET', path: '/tasks/{{id}}' },
            expect: { status: 200, json: { id: '{{id}}' } },
          },
        ],
      }),
      ctx,
    );
    expect(result).toMatchObject({ id: 'a-check', passed: true, message: 'passed', points: 2 });
    expect(sent[0]).toMatchObject({ body: '{"title":"x"}', headers: { 'content-type': 'application/json' } });
    expect(sent[1]?.path).toBe('/tasks/a%2F1');
    expect(ctx.variables.get('id')).toBe('a/1');
    expect(result.evidence).toMatchObject({
      request: { method: 'GET', path: '/tasks/a%2F1' },
      expected: { status: 200, json: { id: 'a/1' } },
      received: { status: 200, contentType: 'application/json' },
    });
  });

  it('fails on the first wrong step with the request, the expectation and the answer', async () => {
    const { ctx, sent } = context(() => json(201, { title: 'a'.repeat(201) }));
    const result = await runCheck(
      check({
        steps: [
          {
            request: { method: 'POST', path: '/tasks', json: { title: 'a'.repeat(201) } },
            expect: { status: 400 },
          },
          { request: { method: 'GET', path: '/never' }, expect: { status: 200 } },
        ],
      }),
      ctx,
    );
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^POST \/tasks: expected status 400, got 201: \{"title":"aaaa/);
    expect(result.evidence?.received).toMatchObject({ status: 201 });
    expect(sent).toHaveLength(1);
  });

  it('explains a body that is not JSON, and truncates long answers in the evidence', async () => {
    const { ctx } = context(() => ({
      status: 404,
      headers: { 'content-type': 'text/plain' },
      text: 'Not found',
    }));
    const result = await runCheck(
      check({
        steps: [
          {
            request: { method: 'GET', path: '/tasks/x' },
            expect: { status: 404, json: { error: { $exists: true } } },
          },
        ],
      }),
      ctx,
    );
    expect(result.message).toBe('GET /tasks/x: expected a JSON body, got "Not found"');
    const long = context(() => json(200, { text: 'x'.repeat(5000) }));
    const longResult = await runCheck(
      check({
        steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200, json: { text: 'y' } } }],
      }),
      long.ctx,
    );
    expect(longResult.evidence?.received).toMatchObject({ truncated: true });
    expect(JSON.stringify(longResult.evidence).length).toBeLessThan(3000);
  });

  it('reports a network failure and a missing variable without throwing', async () => {
    const { ctx } = context(() => {
      throw new Error('socket hang up');
    });
    const result = await runCheck(
      check({ steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200 } }] }),
      ctx,
    );
    expect(result.message).toBe('GET /: could not reach the service (socket hang up)');
    const missing = await runCheck(
      check({ steps: [{ request: { method: 'GET', path: '/tasks/{{nope}}' }, expect: { status: 200 } }] }),
      context(() => json(200, {})).ctx,
    );
    expect(missing.message).toBe('not run: needs {{nope}}, which no earlier step captured');
  });

  it('looks through DATA_DIR after a step for texts that must not be stored, plain or as unsalted digests', async () => {
    const stored: Record<string, string> = {};
    const { ctx } = context(
      (request) => {
        const { password } = JSON.parse(request.body ?? '{}') as { password: string };
        stored['users.json'] = JSON.stringify({ hash: createHash('sha256').update(password).digest('hex') });
        return json(201, {});
      },
      {
        readDataDir: async () => ({
          files: Object.entries(stored).map(([path, text]) => ({ path, content: Buffer.from(text) })),
          unread: [],
        }),
      },
    );
    ctx.variables.set('password', 'Canary-Plum-7731');
    const register = (encodings?: ('md5' | 'sha256')[]) =>
      check({
        steps: [
          {
            request: { method: 'POST', path: '/register', json: { password: '{{password}}' } },
            expect: { status: 201 },
            dataDir: { notContaining: ['{{password}}'], ...(encodings ? { encodings } : {}) },
          },
        ],
      });
    expect((await runCheck(register(), ctx)).passed).toBe(true);
    expect((await runCheck(register(['md5']), ctx)).passed).toBe(true);
    const caught = await runCheck(register(['md5', 'sha256']), ctx);
    expect(caught.message).toBe(
      'after POST /register: DATA_DIR holds "Canary-Plum-7731" as its unsalted SHA-256 (hex), in users.json',
    );
    expect(caught.evidence?.expected.dataDir).toEqual({
      notContaining: ['{{password}}'],
      encodings: ['md5', 'sha256'],
    });
    const crowded = context(() => json(201, {}), {
      readDataDir: async () => ({ files: [], unread: ['cache/big.bin'] }),
    });
    crowded.ctx.variables.set('password', 'Canary-Plum-7731');
    expect((await runCheck(register(), crowded.ctx)).message).toBe(
      'after POST /register: DATA_DIR is too large to look through in full (cache/big.bin and perhaps more were left unread)',
    );
    const blind = context(() => json(201, {}));
    blind.ctx.variables.set('password', 'Canary-Plum-7731');
    expect((await runCheck(register(), blind.ctx)).message).toBe(
      'after POST /register: this grader cannot look into DATA_DIR',
    );
    expect(() =>
      check({
        steps: [
          {
            request: { method: 'GET', path: '/' },
            expect: { status: 200 },
            dataDir: { notContaining: [], encodings: ['rot13'] } as never,
          },
        ],
      }),
    ).toThrow(/notContaining[\s\S]*encodings/);
  });

  it('restarts before a check, on the same or on fresh data, and fails when the service does not come back', async () => {
    const { ctx, restarts } = context(() => json(200, {}));
    const step = { request: { method: 'GET' as const, path: '/' }, expect: { status: 200 } };
    await runCheck(check({ restartBefore: true, steps: [step] }), ctx);
    await runCheck(check({ resetDataBefore: true, steps: [step] }), ctx);
    expect(restarts).toEqual([false, true]);
    const failing = context(() => json(200, {}), {
      restart: async () => ({ ok: false, message: 'killed: never listened on its port within 10000 ms' }),
    });
    const result = await runCheck(check({ restartBefore: true, steps: [step] }), failing.ctx);
    expect(result.message).toBe(
      'the service did not come back after a restart: killed: never listened on its port within 10000 ms',
    );
  });

  it('runs parallel requests and requires distinct values', async () => {
    let next = 0;
    const { ctx, sent } = context(() => json(201, { id: String(next++ % 7) }));
    const parallel = check({
      parallel: {
        count: 10,
        request: { method: 'POST', path: '/tasks', json: { title: 'x' } },
        expect: { status: 201 },
        distinct: 'json.id',
      },
    });
    const result = await runCheck(parallel, ctx);
    expect(sent).toHaveLength(10);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/json.id values were not all different \(7 different in 10/);
    next = 0;
    const unique = context(() => json(201, { id: String(next++) }));
    expect((await runCheck(parallel, unique.ctx)).passed).toBe(true);
    const broken = context(() => json(500, { error: 'busy' }));
    const failed = await runCheck(parallel, broken.ctx);
    expect(failed.message).toMatch(
      /^10 concurrent POST \/tasks: 10 failed \(10 × 500\); first: expected status 201/,
    );
    expect(failed.evidence?.received).toMatchObject({ statuses: { 500: 10 } });
  });
});

describe('runChecks', () => {
  const step = { request: { method: 'GET' as const, path: '/' }, expect: { status: 200 } };
  const many = (count: number, extra: Partial<CheckInput> = {}) =>
    parseChecks(
      Array.from({ length: count }, (_, index) => ({
        id: `c${index}`,
        category: 'correctness' as const,
        description: 'd',
        points: 1,
        steps: [step],
        ...(index === count - 1 ? extra : {}),
      })),
    );

  it('marks the rest "not run" once the service has gone, until a check restarts it', async () => {
    let alive = true;
    const { ctx, sent } = context(
      () => {
        alive = false;
        throw new Error('socket hang up');
      },
      {
        alive: () =>
          alive ? { ok: true } : { ok: false, message: 'the service stopped: killed: out of memory' },
      },
    );
    const results = await runChecks(many(4, { restartBefore: true }), ctx);
    expect(results.map((result) => result.message)).toEqual([
      'GET /: could not reach the service (socket hang up)',
      'not run: the service stopped: killed: out of memory',
      'not run: the service stopped: killed: out of memory',
      'GET /: could not reach the service (socket hang up)',
    ]);
    expect(sent).toHaveLength(2);
  });

  it('stops waiting on a hung service after three timeouts in a row', async () => {
    const { ctx, sent } = context(() => {
      throw new Error('no answer within 5000 ms');
    });
    const results = await runChecks(many(6), ctx);
    expect(sent).toHaveLength(3);
    expect(results[5]?.message).toBe(
      'not run: the service stopped answering (3 checks in a row got no answer)',
    );
  });

  it('keeps to its time budget and reports progress', async () => {
    let now = 0;
    const { ctx } = context(
      () => {
        now += 1000;
        return json(200, {});
      },
      { now: () => now },
    );
    const seen: number[] = [];
    const results = await runChecks(many(5), ctx, {
      budgetMs: 2500,
      onCheck: (_result, index) => seen.push(index),
    });
    expect(results.filter((result) => result.passed)).toHaveLength(3);
    expect(results[4]?.message).toBe('not run: the time for checks (3 s) ran out');
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});
