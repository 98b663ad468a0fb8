import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutgoingRequest } from '../checks.ts';
import {
  checksFromOpenApi,
  documentedStatuses,
  openApiInspector,
  validateOpenApiDocument,
} from './openapi-checks.ts';

const document = JSON.parse(
  readFileSync(new URL('./__fixtures__/tasks-api.openapi.json', import.meta.url), 'utf8'),
);
const request = (method: string, path: string): OutgoingRequest => ({
  method,
  path,
  headers: {},
  timeoutMs: 1000,
});
const json = (status: number, body: unknown) => ({
  status,
  headers: { 'content-type': 'application/json' },
  text: JSON.stringify(body),
});
const task = {
  id: 'a',
  title: 'T',
  description: null,
  priority: 'low',
  dueDate: null,
  done: false,
  createdAt: '2026-01-01T10:00:00.000Z',
};

describe('OpenAPI documents as checks', () => {
  it('calls every operation whose parameters and body have examples, expecting a documented status', () => {
    const { checks, skipped } = checksFromOpenApi(document);
    expect(checks.map((check) => check.id)).toEqual([
      'openapi-get-health',
      'openapi-post-tasks',
      'openapi-get-tasks',
      'openapi-get-tasks-id',
      'openapi-patch-tasks-id',
      'openapi-delete-tasks-id',
    ]);
    expect(skipped).toEqual([]);
    const post = checks[1]!.steps[0]!;
    expect(post.request).toMatchObject({ method: 'POST', path: '/tasks', json: { title: 'Book the venue' } });
    expect(post.expect.status).toEqual([201, 400]);
    expect(checks[2]!.steps[0]!.request.path).toBe('/tasks?limit=5');
    expect(checks[3]!.steps[0]!.request.path).toBe('/tasks/no-such-task');
    const withoutExample = structuredClone(document);
    delete withoutExample.paths['/tasks/{id}'].parameters[0].example;
    expect(checksFromOpenApi(withoutExample).skipped).toContainEqual({
      operation: 'GET /tasks/{id}',
      reason: 'no example for the path parameter id',
    });
    expect(documentedStatuses({ '2XX': {}, '404': {} })).toHaveLength(101);
  });

  it('judges replies against the matching operation', () => {
    const inspect = openApiInspector({ document });
    expect(inspect(request('GET', '/tasks/a'), json(200, task))).toBeUndefined();
    expect(inspect(request('GET', '/tasks?limit=5'), json(200, { items: [task], total: 1 }))).toBeUndefined();
    expect(inspect(request('GET', '/tasks/a'), json(200, { ...task, createdAt: 5 }))).toBe(
      'the body does not match the OpenAPI document for GET /tasks/{id} 200: json.createdAt must be string',
    );
    expect(inspect(request('GET', '/tasks/a'), json(200, { ...task, extra: 1 }))).toMatch(
      /must NOT have additional properties \(extra\)/,
    );
    expect(inspect(request('GET', '/tasks/a'), json(500, { error: 'x' }))).toBe(
      'status 500 is not in the OpenAPI document for GET /tasks/{id} (documented: 200, 404)',
    );
    expect(inspect(request('GET', '/tasks/a'), { status: 404, headers: {}, text: 'not found' })).toMatch(
      /body is not JSON/,
    );
    expect(inspect(request('GET', '/elsewhere'), json(500, {}))).toBeUndefined();
  });

  it('validates documents and follows only references inside them', async () => {
    expect(await validateOpenApiDocument(document)).toMatchObject({ ok: true });
    expect(await validateOpenApiDocument({ swagger: '2.0' })).toMatchObject({
      ok: false,
      problems: [{ path: 'document.openapi', message: expect.stringMatching(/only OpenAPI 3\.0 and 3\.1/) }],
    });
    const broken = await validateOpenApiDocument({
      openapi: '3.0.3',
      info: { title: 'x', version: '1' },
      paths: { '/x': { get: {} } },
    });
    expect(broken).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ path: expect.stringContaining('document.paths') })],
    });
    const external = structuredClone(document);
    external.paths['/health'].get.responses['200'] = { $ref: 'https://example.com/r.json' };
    expect(await validateOpenApiDocument(external)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/only references inside the document/) }],
    });
  });
});
