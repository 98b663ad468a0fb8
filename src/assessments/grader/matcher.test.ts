import { describe, expect, it } from 'vitest';
import {
  isCalendarDate,
  type JsonValue,
  MissingVariableError,
  matcherProblems,
  matchValue,
  readPath,
  renderJson,
  renderString,
} from './matcher.ts';

const passes = (matcher: unknown, actual: unknown) =>
  expect(matchValue(matcher, actual)).toEqual({ ok: true });
const fails = (matcher: unknown, actual: unknown, message: RegExp, path?: string) => {
  const result = matchValue(matcher, actual);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.message).toMatch(message);
    if (path) expect(result.path).toBe(path);
  }
};

describe('matchValue', () => {
  it('matches exact values and says what differed where', () => {
    passes('a', 'a');
    passes(3, 3);
    passes(null, null);
    fails('a', 'b', /expected "a", got "b"/, 'json');
    fails(false, 0, /expected false, got 0/);
  });

  it('matches objects partially, and $exists false requires absence', () => {
    passes({ a: 1 }, { a: 1, b: 2 });
    fails({ a: 1, c: 3 }, { a: 1 }, /the field is missing/, 'json.c');
    passes({ secret: { $exists: false } }, { a: 1 });
    fails({ secret: { $exists: false } }, { secret: 'x' }, /expected no value/, 'json.secret');
    fails({ a: 1 }, [1], /expected an object/);
  });

  it('matches arrays element by element with their length', () => {
    passes([{ id: 'a' }, { id: 'b' }], [{ id: 'a', x: 1 }, { id: 'b' }]);
    fails([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }], /expected 1 elements, got 2/);
    fails([{ id: 'a' }, { id: 'b' }], [{ id: 'a' }, { id: 'c' }], /expected "b", got "c"/, 'json[1].id');
  });

  it('knows the types, including real dates and ISO date-times', () => {
    passes({ $type: 'integer' }, 3);
    fails({ $type: 'integer' }, 3.5, /type integer/);
    passes({ $type: 'datetime' }, '2026-04-20T09:15:02.118Z');
    passes({ $type: 'datetime' }, '2026-04-20T09:15:02.118123+02:00');
    fails({ $type: 'datetime' }, '2026-04-20', /ISO-8601/);
    passes({ $type: 'date' }, '2028-02-29');
    fails({ $type: 'date' }, '2026-02-30', /YYYY-MM-DD/);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });

  it('applies $regex, $length, $each, $contains, $not, $oneOf and the numeric bounds', () => {
    passes({ $regex: '^application/json' }, 'application/json; charset=utf-8');
    fails({ $regex: '^a' }, 5, /expected a string/);
    passes({ $length: 2 }, [1, 2]);
    passes({ $length: 200 }, 'é'.repeat(200));
    fails({ $length: { $gte: 3 } }, 'ab', /expected length ≥ 3, got 2/);
    passes({ $each: { done: true } }, [{ done: true }, { done: true }]);
    fails(
      { $each: { done: true } },
      [{ done: true }, { done: false }],
      /expected true, got false/,
      'json[1].done',
    );
    passes({ $contains: { id: 'b' } }, [{ id: 'a' }, { id: 'b' }]);
    fails({ $contains: { id: 'c' } }, [{ id: 'a' }], /found none/);
    passes({ $not: 'x' }, 'y');
    fails({ $not: { $oneOf: ['a', 'b'] } }, 'b', /anything but/);
    passes({ $oneOf: [null, { $type: 'string' }] }, null);
    passes({ $gte: 10, $lt: 11 }, 10);
    fails({ $lte: 2 }, 3, /at most 2, got 3/);
  });

  it('checks sorting by several keys, comparing timestamps as instants', () => {
    const sorted = [
      { createdAt: '2026-01-01T00:00:00.000Z', id: 'b' },
      { createdAt: '2026-01-01T00:00:00.001Z', id: 'a' },
      { createdAt: '2026-01-01T00:00:00.001Z', id: 'c' },
      // The same instant written in another zone, later than the previous one by its fraction.
      { createdAt: '2026-01-01T01:00:00.001500+01:00', id: 'a' },
    ];
    passes({ $sortedBy: ['createdAt', 'id'] }, sorted);
    fails(
      { $sortedBy: ['createdAt', 'id'] },
      [sorted[2], sorted[1]],
      /element 0 \(createdAt "2026-01-01T00:00:00.001Z", id "c"\) comes before element 1/,
    );
  });

  it('checks distinct values', () => {
    passes({ $distinct: 'id' }, [{ id: 1 }, { id: 2 }]);
    fails({ $distinct: 'id' }, [{ id: 1 }, { id: 2 }, { id: 1 }], /elements 0 and 2 share 1/);
  });

  it('tells strings that differ in enough places from ones that are nearly the same', () => {
    const token = 'k7Qm2xV9pL4sT8wB1nR6';
    passes({ $differsFrom: { value: token, atLeast: 10 } }, 'Zc3Hy5Ua0Ej8Go2Di7Fb');
    passes({ $differsFrom: { value: 'abc', atLeast: 3 } }, 'abcxyz');
    fails(
      { $differsFrom: { value: 'session-000000000041', atLeast: 10 } },
      'session-000000000042',
      /in at least 10 places, got "session-000000000042" \(1 different\)/,
    );
    fails({ $differsFrom: { value: 'a', atLeast: 1 } }, 7, /expected a string/);
    expect(matcherProblems({ $differsFrom: { value: 'x', atLeast: 0 } })).toEqual([
      expect.stringContaining('"atLeast"'),
    ]);
    expect(matcherProblems({ $differsFrom: 'x' })).toHaveLength(1);
  });

  it('reports problems in a matcher itself', () => {
    expect(matcherProblems({ a: { $type: 'strnig' } })).toEqual([
      expect.stringContaining('use one of string'),
    ]);
    expect(matcherProblems({ $regex: '(' })).toEqual([
      expect.stringContaining('not a valid regular expression'),
    ]);
    expect(matcherProblems({ $foo: 1 })).toEqual([expect.stringContaining('unknown operator')]);
    expect(matcherProblems({ $type: 'string', name: 'x' })).toEqual([expect.stringContaining('do not mix')]);
    expect(matcherProblems({ items: { $each: { done: { $exists: 'yes' } } } })).toHaveLength(1);
    expect(matcherProblems({ items: [{ id: 'x' }], total: { $gte: 1 } })).toEqual([]);
  });
});

describe('templates and paths', () => {
  const variables = new Map<string, JsonValue>([
    ['id', 'a/b c'],
    ['count', 3],
  ]);

  it('fills paths (encoded), strings and whole values with their type', () => {
    expect(renderString('/tasks/{{id}}', variables, encodeURIComponent)).toBe('/tasks/a%2Fb%20c');
    expect(renderJson({ id: '{{ id }}', n: '{{count}}', text: 'n={{count}}' }, variables)).toEqual({
      id: 'a/b c',
      n: 3,
      text: 'n=3',
    });
    expect(() => renderString('{{missing}}', variables)).toThrow(MissingVariableError);
  });

  it('reads dotted paths with indexes and lengths', () => {
    const body = { items: [{ id: 'x' }, { id: 'y' }], total: 2 };
    expect(readPath(body, 'items.1.id')).toBe('y');
    expect(readPath(body, 'items.length')).toBe(2);
    expect(readPath(body, 'items.5.id')).toBeUndefined();
    expect(readPath(body, 'total.x')).toBeUndefined();
  });
});
