// The small matcher language of the declarative checks, and the {{variable}} templates. Pure: no I/O.
//
// A matcher is a JSON value:
//   - a string, number, boolean or null matches exactly that value;
//   - an array matches an array of the same length, element by element;
//   - an object whose keys are plain names matches an object having at least those keys (extra keys are
//     fine), each matching; `{"$exists": false}` under a key requires the key to be absent;
//   - an object whose keys all start with "$" is an operator object; every operator must hold:
//       $type      "string" | "number" | "integer" | "boolean" | "null" | "object" | "array"
//                  | "datetime" (an ISO-8601 date and time with a zone) | "date" (a real YYYY-MM-DD day)
//       $regex     a regular expression the string must match
//       $exists    true: present (any value); false: absent
//       $length    the length of an array or string: a number or a matcher ({"$gte": 1})
//       $each      a matcher every element of an array must match
//       $contains  a matcher at least one element must match
//       $not       a matcher that must NOT match
//       $oneOf     a list of matchers, one of which must match
//       $gt $gte $lt $lte   numeric bounds
//       $sortedBy  a list of field names: the array is sorted ascending by them (timestamps compared as
//                  instants, other values as numbers or strings by code unit)
//       $distinct  a field name (or "" for the elements themselves): its values are all different
//       $eq        a value compared exactly, even one whose keys start with "$"
//       $differsFrom {"value": "<text>", "atLeast": n}: a string that differs from the text in at least n
//                  character positions (compared position by position; missing characters count), e.g. two
//                  session tokens that must not be sequential
import { isDeepStrictEqual } from 'node:util';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type MatchResult = { ok: true } | { ok: false; path: string; message: string };

export const matcherOperators = [
  '$type',
  '$regex',
  '$exists',
  '$length',
  '$each',
  '$contains',
  '$not',
  '$oneOf',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$sortedBy',
  '$distinct',
  '$eq',
  '$differsFrom',
] as const;

export const matcherTypes = [
  'string',
  'number',
  'integer',
  'boolean',
  'null',
  'object',
  'array',
  'datetime',
  'date',
] as const;

const operatorSet = new Set<string>(matcherOperators);
const ok: MatchResult = { ok: true };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOperatorObject = (value: unknown): value is Record<string, unknown> =>
  isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'));

/** A value as it appears in a message: JSON, cut short. */
export function describeValue(value: unknown, max = 120): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const childPath = (path: string, key: string | number) =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

const fail = (path: string, message: string): MatchResult => ({ ok: false, path, message });

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isIsoDateTime(value: string): boolean {
  return isoDateTime.test(value) && !Number.isNaN(Date.parse(value));
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'datetime':
      return typeof value === 'string' && isIsoDateTime(value);
    case 'date':
      return typeof value === 'string' && isCalendarDate(value);
    default:
      return false;
  }
}

const typeName = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : value === undefined
        ? 'nothing'
        : `a ${typeof value}`;

// Timestamps are compared as instants with their full fraction (ISO strings in different zones or with
// microseconds do not sort as text); anything else as numbers or by code unit.
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    if (isIsoDateTime(a) && isIsoDateTime(b)) {
      const difference = Date.parse(a) - Date.parse(b);
      if (difference !== 0) return difference;
      const fraction = (text: string) => (/\.(\d+)/.exec(text)?.[1] ?? '').padEnd(9, '0');
      const fa = fraction(a);
      const fb = fraction(b);
      return fa < fb ? -1 : fa > fb ? 1 : 0;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return 0;
}

const field = (item: unknown, name: string): unknown =>
  name === '' ? item : isPlainObject(item) ? item[name] : undefined;

function matchOperators(operators: Record<string, unknown>, actual: unknown, path: string): MatchResult {
  for (const [operator, argument] of Object.entries(operators)) {
    const result = matchOperator(operator, argument, actual, path);
    if (!result.ok) return result;
  }
  return ok;
}

function matchOperator(operator: string, argument: unknown, actual: unknown, path: string): MatchResult {
  switch (operator) {
    case '$exists':
      if (argument === true && actual === undefined) return fail(path, 'expected a value, got nothing');
      if (argument === false && actual !== undefined)
        return fail(path, `expected no value, got ${describeValue(actual)}`);
      return ok;
    case '$type':
      return typeMatches(String(argument), actual)
        ? ok
        : fail(
            path,
            `expected ${argument === 'datetime' ? 'an ISO-8601 date and time' : argument === 'date' ? 'a YYYY-MM-DD date' : `a value of type ${argument}`}, got ${describeValue(actual)}`,
          );
    case '$regex':
      if (typeof actual !== 'string') return fail(path, `expected a string, got ${typeName(actual)}`);
      return new RegExp(String(argument)).test(actual)
        ? ok
        : fail(path, `expected a string matching /${argument}/, got ${describeValue(actual)}`);
    case '$length': {
      if (typeof actual !== 'string' && !Array.isArray(actual))
        return fail(path, `expected an array or a string, got ${typeName(actual)}`);
      const length = Array.isArray(actual) ? actual.length : [...actual].length;
      const result = matchValue(argument, length, `${path}.length`);
      return result.ok ? ok : fail(path, `expected length ${describeMatcher(argument)}, got ${length}`);
    }
    case '$each': {
      if (!Array.isArray(actual)) return fail(path, `expected an array, got ${typeName(actual)}`);
      for (const [index, item] of actual.entries()) {
        const result = matchValue(argument, item, childPath(path, index));
        if (!result.ok) return result;
      }
      return ok;
    }
    case '$contains':
      if (!Array.isArray(actual)) return fail(path, `expected an array, got ${typeName(actual)}`);
      return actual.some((item) => matchValue(argument, item, path).ok)
        ? ok
        : fail(
            path,
            `expected an element matching ${describeMatcher(argument)}, found none in ${describeValue(actual)}`,
          );
    case '$not':
      return matchValue(argument, actual, path).ok
        ? fail(path, `expected anything but ${describeMatcher(argument)}, got ${describeValue(actual)}`)
        : ok;
    case '$oneOf':
      return Array.isArray(argument) && argument.some((option) => matchValue(option, actual, path).ok)
        ? ok
        : fail(path, `expected one of ${describeMatcher(argument)}, got ${describeValue(actual)}`);
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte': {
      const bound = Number(argument);
      if (typeof actual !== 'number') return fail(path, `expected a number, got ${describeValue(actual)}`);
      const holds =
        operator === '$gt'
          ? actual > bound
          : operator === '$gte'
            ? actual >= bound
            : operator === '$lt'
              ? actual < bound
              : actual <= bound;
      const words = { $gt: 'more than', $gte: 'at least', $lt: 'less than', $lte: 'at most' }[operator];
      return holds ? ok : fail(path, `expected ${words} ${bound}, got ${actual}`);
    }
    case '$sortedBy': {
      if (!Array.isArray(actual)) return fail(path, `expected an array, got ${typeName(actual)}`);
      const keys = (Array.isArray(argument) ? argument : [argument]).map(String);
      for (let index = 1; index < actual.length; index++) {
        const [before, after] = [actual[index - 1], actual[index]];
        for (const key of keys) {
          const order = compareValues(field(before, key), field(after, key));
          if (order < 0) break;
          if (order > 0) {
            const shown = (item: unknown) =>
              keys.map((k) => `${k} ${describeValue(field(item, k), 60)}`).join(', ');
            return fail(
              path,
              `expected sorted by ${keys.join(', then ')}, but element ${index - 1} (${shown(before)}) comes before element ${index} (${shown(after)})`,
            );
          }
        }
      }
      return ok;
    }
    case '$distinct': {
      if (!Array.isArray(actual)) return fail(path, `expected an array, got ${typeName(actual)}`);
      const seen = new Map<string, number>();
      for (const [index, item] of actual.entries()) {
        const key = JSON.stringify(field(item, String(argument)) ?? null);
        const first = seen.get(key);
        if (first !== undefined)
          return fail(
            path,
            `expected all different${argument ? ` ${argument} values` : ''}, but elements ${first} and ${index} share ${key}`,
          );
        seen.set(key, index);
      }
      return ok;
    }
    case '$differsFrom': {
      const { value, atLeast } = argument as { value: unknown; atLeast: number };
      if (typeof actual !== 'string') return fail(path, `expected a string, got ${typeName(actual)}`);
      const [mine, theirs] = [[...actual], [...String(value)]];
      let different = 0;
      for (let index = 0; index < Math.max(mine.length, theirs.length); index++)
        if (mine[index] !== theirs[index]) different += 1;
      return different >= atLeast
        ? ok
        : fail(
            path,
            `expected a string differing from ${describeValue(value, 60)} in at least ${atLeast} places, got ${describeValue(actual, 60)} (${different} different)`,
          );
    }
    case '$eq':
      return isDeepStrictEqual(argument, actual)
        ? ok
        : fail(path, `expected ${describeValue(argument)}, got ${describeValue(actual)}`);
    default:
      return fail(path, `unknown matcher operator ${operator}`);
  }
}

/** A matcher in words, for messages. */
export function describeMatcher(matcher: unknown): string {
  if (isOperatorObject(matcher) && Object.keys(matcher).length === 1) {
    const [[operator, argument]] = Object.entries(matcher) as [[string, unknown]];
    if (operator === '$type') return `a ${argument}`;
    if (operator === '$regex') return `/${argument}/`;
    if (operator === '$gte') return `≥ ${argument}`;
    if (operator === '$lte') return `≤ ${argument}`;
  }
  return describeValue(matcher);
}

/** Does `actual` match `matcher`? The first mismatch comes with its path (e.g. `json.items[0].id`). */
export function matchValue(matcher: unknown, actual: unknown, path = 'json'): MatchResult {
  if (isOperatorObject(matcher)) return matchOperators(matcher, actual, path);
  if (Array.isArray(matcher)) {
    if (!Array.isArray(actual)) return fail(path, `expected an array, got ${describeValue(actual)}`);
    if (actual.length !== matcher.length)
      return fail(
        path,
        `expected ${matcher.length} elements, got ${actual.length}: ${describeValue(actual)}`,
      );
    for (const [index, item] of matcher.entries()) {
      const result = matchValue(item, actual[index], childPath(path, index));
      if (!result.ok) return result;
    }
    return ok;
  }
  if (isPlainObject(matcher)) {
    if (!isPlainObject(actual)) return fail(path, `expected an object, got ${describeValue(actual)}`);
    for (const [key, expected] of Object.entries(matcher)) {
      const value = Object.hasOwn(actual, key) ? actual[key] : undefined;
      const here = childPath(path, key);
      if (value === undefined && !(isOperatorObject(expected) && expected.$exists === false)) {
        return fail(here, `expected ${describeMatcher(expected)}, but the field is missing`);
      }
      const result = matchValue(expected, value, here);
      if (!result.ok) return result;
    }
    return ok;
  }
  return isDeepStrictEqual(matcher, actual)
    ? ok
    : fail(path, `expected ${describeValue(matcher)}, got ${describeValue(actual)}`);
}

/** Problems in a matcher itself (unknown operators, bad arguments), for the schema. */
export function matcherProblems(matcher: unknown, path = ''): string[] {
  if (Array.isArray(matcher))
    return matcher.flatMap((item, index) => matcherProblems(item, `${path}[${index}]`));
  if (!isPlainObject(matcher)) return [];
  const keys = Object.keys(matcher);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0)
    return Object.entries(matcher).flatMap(([key, value]) => matcherProblems(value, `${path}.${key}`));
  if (operators.length !== keys.length)
    return [`${path || 'matcher'}: do not mix $operators with field names`];
  const problems: string[] = [];
  for (const [operator, argument] of Object.entries(matcher)) {
    const at = `${path}.${operator}`;
    if (!operatorSet.has(operator)) {
      problems.push(`${at}: unknown operator (known: ${matcherOperators.join(', ')})`);
      continue;
    }
    if (operator === '$type' && !(matcherTypes as readonly string[]).includes(String(argument)))
      problems.push(`${at}: use one of ${matcherTypes.join(', ')}`);
    if (operator === '$regex') {
      try {
        new RegExp(String(argument));
      } catch {
        problems.push(`${at}: not a valid regular expression`);
      }
    }
    if (operator === '$exists' && typeof argument !== 'boolean')
      problems.push(`${at}: must be true or false`);
    if (['$gt', '$gte', '$lt', '$lte'].includes(operator) && typeof argument !== 'number')
      problems.push(`${at}: must be a number`);
    if (operator === '$oneOf' && !Array.isArray(argument)) problems.push(`${at}: must be a list`);
    if (
      operator === '$differsFrom' &&
      !(
        isPlainObject(argument) &&
        typeof argument.value === 'string' &&
        Number.isInteger(argument.atLeast) &&
        Number(argument.atLeast) >= 1
      )
    )
      problems.push(`${at}: use {"value": "<text>", "atLeast": <a whole number ≥ 1>}`);
    if (['$each', '$contains', '$not', '$length'].includes(operator))
      problems.push(...matcherProblems(argument, at));
    if (operator === '$oneOf' && Array.isArray(argument)) problems.push(...matcherProblems(argument, at));
  }
  return problems;
}

// ————————————————————————————————— templates —————————————————————————————————

export type Variables = ReadonlyMap<string, JsonValue>;

const wholeTemplate = /^\{\{\s*([\w.-]+)\s*\}\}$/;
const anyTemplate = /\{\{\s*([\w.-]+)\s*\}\}/g;

export class MissingVariableError extends Error {
  override name = 'MissingVariableError';
  constructor(readonly variable: string) {
    super(`needs {{${variable}}}, which no earlier step captured`);
  }
}

function lookup(variables: Variables, name: string): JsonValue {
  const value = variables.get(name);
  if (value === undefined) throw new MissingVariableError(name);
  return value;
}

/** Fill {{name}} in a string; `encode` escapes values for a URL path or query. */
export function renderString(text: string, variables: Variables, encode?: (value: string) => string): string {
  return text.replace(anyTemplate, (_, name: string) => {
    const value = lookup(variables, name);
    const raw = typeof value === 'string' ? value : JSON.stringify(value);
    return encode ? encode(raw) : raw;
  });
}

/**
 * Fill templates through a JSON value: a string that is only "{{name}}" becomes the captured value with its
 * type (a number stays a number); templates inside longer strings are filled as text.
 */
export function renderJson(value: unknown, variables: Variables): unknown {
  if (typeof value === 'string') {
    const whole = wholeTemplate.exec(value);
    if (whole?.[1]) return lookup(variables, whole[1]);
    return renderString(value, variables);
  }
  if (Array.isArray(value)) return value.map((item) => renderJson(item, variables));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderJson(item, variables)]));
  }
  return value;
}

/** Read a value by a dotted path ("items.0.id", "items.length") from a parsed JSON body. */
export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const segment of path.split('.').filter(Boolean)) {
    if (Array.isArray(current)) {
      if (segment === 'length') current = current.length;
      else if (/^\d+$/.test(segment)) current = current[Number(segment)];
      else return undefined;
    } else if (isPlainObject(current)) {
      current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    } else if (typeof current === 'string' && segment === 'length') {
      current = [...current].length;
    } else {
      return undefined;
    }
  }
  return current;
}
