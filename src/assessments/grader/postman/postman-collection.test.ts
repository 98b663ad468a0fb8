import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  categoryOf,
  checksFromNewman,
  literalTestNames,
  type NewmanExecution,
  parsePostmanCollection,
  plannedChecks,
} from './postman-collection.ts';

const fixture = JSON.parse(
  readFileSync(new URL('./__fixtures__/tasks-api.postman_collection.json', import.meta.url), 'utf8'),
);

describe('Postman collections as checks', () => {
  it('plans one check per literal assertion, with the category of the nearest folder', () => {
    const parsed = parsePostmanCollection(fixture);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const checks = plannedChecks(parsed.requests);
    expect(checks).toHaveLength(13);
    expect(checks[0]).toMatchObject({ id: 'health-answers-200', category: 'correctness', points: 1 });
    expect(checks.find((check) => check.id === 'refuse-an-empty-title-answers-400')?.category).toBe(
      'validation',
    );
    expect(categoryOf(['API', 'Security checks'])).toBe('security');
    expect(categoryOf(['Misc'])).toBe('correctness');
    expect(literalTestNames(`pm.test("a \\"b\\"", f); tests['legacy'] = true; pm.test(name, f)`)).toEqual([
      'a \\"b\\"',
      'legacy',
    ]);
  });

  it('refuses what is not a v2.1 collection, or checks nothing, with the path of the problem', () => {
    const old = parsePostmanCollection({
      ...fixture,
      info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' },
    });
    expect(old).toMatchObject({
      ok: false,
      problems: [{ path: 'info.schema', message: expect.stringMatching(/v2\.1/) }],
    });
    const noTests = parsePostmanCollection({
      info: fixture.info,
      item: [{ name: 'Health', request: { method: 'GET', url: '{{baseUrl}}/health' } }],
    });
    expect(noTests).toMatchObject({
      ok: false,
      problems: [{ path: 'item', message: expect.stringMatching(/no request has a test script/) }],
    });
    const badItem = parsePostmanCollection({ info: fixture.info, item: [{ name: 'Nothing' }] });
    expect(badItem).toMatchObject({ ok: false, problems: [{ path: 'item.0' }] });
  });

  it("maps newman's executions to check results with evidence", () => {
    const base: NewmanExecution = {
      folders: ['errors'],
      name: 'Read a deleted task',
      request: { method: 'GET', path: '/tasks/1' },
      response: { status: 200, contentType: 'application/json', body: '{}', truncated: false },
      requestError: null,
      durationMs: 12,
      assertions: [
        {
          name: 'answers 404',
          skipped: false,
          error: 'expected response to have status code 404 but got 200',
        },
      ],
      scriptErrors: [],
    };
    const checks = checksFromNewman({
      error: null,
      executions: [
        base,
        { ...base, name: 'Skipped', assertions: [{ name: 'later', skipped: true, error: null }] },
        { ...base, name: 'Gone', response: null, requestError: 'ECONNRESET', assertions: [] },
        {
          ...base,
          name: 'Broken script',
          assertions: [],
          scriptErrors: [{ event: 'test', message: 'JSONError' }],
        },
      ],
    });
    expect(checks.map((check) => [check.id, check.category, check.passed])).toEqual([
      ['read-a-deleted-task-answers-404', 'errors', false],
      ['gone', 'errors', false],
      ['broken-script-test-script', 'errors', false],
    ]);
    expect(checks[0]).toMatchObject({
      message: 'GET /tasks/1: answers 404: expected response to have status code 404 but got 200',
      evidence: {
        request: { method: 'GET', path: '/tasks/1' },
        expected: { assertion: 'answers 404' },
        received: { status: 200 },
      },
    });
    expect(checks[1]!.message).toBe('GET /tasks/1: could not reach the service (ECONNRESET)');
    expect(checks[2]!.message).toMatch(/test script stopped with an error: JSONError/);
  });
});
