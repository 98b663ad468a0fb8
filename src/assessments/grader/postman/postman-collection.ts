// Postman Collection v2.1 as hidden checks. Pure: validating a collection an organisation uploads, naming the
// checks it will produce, and turning what newman reported (inside the sandbox, see newman-runner.mjs) into the
// grader's CheckResults, so the report, the candidate's page and the debrief need nothing new.
//
// Mapping: every assertion (`pm.test("name", …)`) of every request is one check worth 1 point, with id
// `<request>-<assertion>` in lower-case words; a request that got no answer and has no assertion is one failing
// check; an error thrown by a request's test script (outside pm.test) is one failing check. The category is the
// nearest folder named after one (correctness, validation, errors, persistence, concurrency, security), else
// correctness. The grader sets the environment variable `baseUrl` to the candidate's service (plus any the
// organisation gave), so requests are written as `{{baseUrl}}/tasks`.
import { z } from 'zod';
import { type CheckCategory, type CheckResult, checkCategories } from '../checks.ts';

export type PostmanSuite = {
  /** The collection as uploaded (v2.1). */
  collection: unknown;
  /** Environment values; `baseUrl` is always set by the grader. */
  environment: Record<string, string>;
};

export const maxPostmanRequests = 200;

const scriptSchema = z.object({
  exec: z.union([z.string(), z.array(z.string())]).optional(),
  type: z.string().optional(),
});
const eventSchema = z.object({ listen: z.enum(['test', 'prerequest']), script: scriptSchema.optional() });
const urlSchema = z.union([z.string(), z.looseObject({ raw: z.string().optional() })]);
const requestSchema = z.union([
  z.string(),
  z.looseObject({
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'an HTTP method such as GET')
      .optional(),
    url: urlSchema.optional(),
    header: z.array(z.looseObject({ key: z.string(), value: z.string().optional() })).optional(),
    body: z.looseObject({ mode: z.string().optional() }).nullable().optional(),
  }),
]);

type ItemInput = {
  name?: string | undefined;
  request?: z.infer<typeof requestSchema> | undefined;
  item?: ItemInput[] | undefined;
  event?: z.infer<typeof eventSchema>[] | undefined;
};

const itemSchema: z.ZodType<ItemInput> = z.lazy(() =>
  z
    .looseObject({
      name: z.string().optional(),
      request: requestSchema.optional(),
      item: z.array(itemSchema).optional(),
      event: z.array(eventSchema).optional(),
    })
    .refine(
      (item) => item.request !== undefined || item.item !== undefined,
      'each item is a request (with "request") or a folder (with "item")',
    ),
);

export const postmanCollectionSchema = z.looseObject({
  info: z.looseObject({
    name: z.string().min(1),
    schema: z
      .string()
      .regex(
        /collection\/v2\.1\.\d+\/collection\.json$/,
        'only Postman Collection v2.1 is supported: export the collection as "Collection v2.1"',
      ),
  }),
  item: z.array(itemSchema).min(1, 'the collection has no requests'),
  event: z.array(eventSchema).optional(),
  variable: z.array(z.looseObject({ key: z.string().optional() })).optional(),
});

export type PostmanCollection = z.infer<typeof postmanCollectionSchema>;

export type PlannedRequest = {
  /** Folder names from the top. */
  folders: string[];
  name: string;
  category: CheckCategory;
  /** Assertion names written as string literals in the test script. */
  tests: string[];
  hasTestScript: boolean;
};

const scriptText = (events: ItemInput['event'], listen: 'test' | 'prerequest') =>
  (events ?? [])
    .filter((event) => event.listen === listen)
    .map((event) => {
      const exec = event.script?.exec ?? '';
      return Array.isArray(exec) ? exec.join('\n') : exec;
    })
    .join('\n');

/** The names of `pm.test("…", …)` and legacy `tests["…"] = …` assertions written as literals. */
export function literalTestNames(script: string): string[] {
  const names: string[] = [];
  const pattern =
    /pm\.test\s*\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1|tests\s*\[\s*(['"])((?:\\.|(?!\3)[^\\])*)\3\s*\]/g;
  for (const match of script.matchAll(pattern)) names.push(match[2] ?? match[4] ?? '');
  return names;
}

/** The folder names that give a category: the nearest one named after a category (case-insensitive). */
export function categoryOf(folders: readonly string[]): CheckCategory {
  for (const folder of [...folders].reverse()) {
    const word = folder.trim().toLowerCase();
    const found = checkCategories.find((category) => word === category || word.startsWith(`${category} `));
    if (found) return found;
  }
  return 'correctness';
}

/** Every request of the collection in run order, with what its test script asserts. */
export function plannedRequests(collection: PostmanCollection): PlannedRequest[] {
  const planned: PlannedRequest[] = [];
  const inheritedTests = scriptText(collection.event, 'test');
  const walk = (items: readonly ItemInput[], folders: string[], tests: string) => {
    for (const item of items) {
      const own = scriptText(item.event, 'test');
      const all = [tests, own].filter((text) => text.trim()).join('\n');
      if (item.item) walk(item.item, [...folders, item.name ?? 'folder'], all);
      else {
        planned.push({
          folders,
          name: item.name ?? 'request',
          category: categoryOf(folders),
          tests: literalTestNames(all),
          hasTestScript: all.trim().length > 0,
        });
      }
    }
  };
  walk(collection.item, [], inheritedTests);
  return planned;
}

export type CollectionProblem = { path: string; message: string };

/** Parse an uploaded collection; problems carry the JSON path of what is wrong. */
export function parsePostmanCollection(
  input: unknown,
):
  | { ok: true; collection: PostmanCollection; requests: PlannedRequest[] }
  | { ok: false; problems: CollectionProblem[] } {
  const parsed = postmanCollectionSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.') || 'collection',
        message: issue.message,
      })),
    };
  }
  const requests = plannedRequests(parsed.data);
  const problems: CollectionProblem[] = [];
  if (requests.length === 0) problems.push({ path: 'item', message: 'the collection has no requests' });
  if (requests.length > maxPostmanRequests)
    problems.push({
      path: 'item',
      message: `at most ${maxPostmanRequests} requests (found ${requests.length})`,
    });
  if (!requests.some((request) => request.hasTestScript)) {
    problems.push({
      path: 'item',
      message:
        'no request has a test script: add pm.test("…", () => …) assertions under Tests, or nothing is checked',
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, collection: parsed.data, requests };
}

// ————————————————————————————————— check ids —————————————————————————————————

export const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'check';

/** Gives repeated ids a -2, -3 … suffix, in order. */
function uniqueIds() {
  const seen = new Map<string, number>();
  return (id: string) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  };
}

const checkId = (request: string, assertion?: string) =>
  assertion === undefined ? slug(request) : `${slug(request)}-${slug(assertion)}`;

/** The checks a collection is expected to produce, for counts and "not run" lines before anything ran. */
export function plannedChecks(requests: readonly PlannedRequest[]): CheckResult[] {
  const unique = uniqueIds();
  const checks: CheckResult[] = [];
  for (const request of requests) {
    const names = request.tests.length ? request.tests : request.hasTestScript ? [undefined] : [];
    for (const name of names) {
      checks.push({
        id: unique(checkId(request.name, name)),
        category: request.category,
        description: name === undefined ? request.name : `${request.name}: ${name}`,
        points: 1,
        passed: false,
        message: 'not run',
        evidence: null,
        durationMs: 0,
      });
    }
  }
  return checks;
}

// ————————————————————————————————— newman's results —————————————————————————————————

/** What the runner inside the sandbox writes: one entry per request newman sent (or tried to). */
export const newmanExecutionSchema = z.object({
  folders: z.array(z.string().max(300)).max(20),
  name: z.string().max(300),
  request: z.object({
    method: z.string().max(20),
    path: z.string().max(2000),
    body: z.string().max(5000).optional(),
  }),
  response: z
    .object({
      status: z.number().int(),
      contentType: z.string().max(300).optional(),
      body: z.string().max(5000),
      truncated: z.boolean(),
    })
    .nullable(),
  requestError: z.string().max(1000).nullable(),
  durationMs: z.number().nonnegative(),
  assertions: z
    .array(
      z.object({
        name: z.string().max(500),
        skipped: z.boolean(),
        error: z.string().max(1000).nullable(),
      }),
    )
    .max(500),
  scriptErrors: z.array(z.object({ event: z.string().max(40), message: z.string().max(1000) })).max(20),
});

export const newmanResultSchema = z.object({
  executions: z.array(newmanExecutionSchema).max(5000),
  /** A failure of the whole run (the collection could not be run at all). */
  error: z.string().max(2000).nullable(),
});

export type NewmanExecution = z.infer<typeof newmanExecutionSchema>;
export type NewmanResult = z.infer<typeof newmanResultSchema>;

/** newman's executions as check results (see the mapping at the top of this file). */
export function checksFromNewman(result: NewmanResult): CheckResult[] {
  const unique = uniqueIds();
  const checks: CheckResult[] = [];
  for (const execution of result.executions) {
    const category = categoryOf(execution.folders);
    const received: NonNullable<CheckResult['evidence']>['received'] = execution.response
      ? {
          status: execution.response.status,
          ...(execution.response.contentType ? { contentType: execution.response.contentType } : {}),
          body: execution.response.body,
          truncated: execution.response.truncated,
        }
      : execution.requestError
        ? { error: execution.requestError }
        : null;
    const where = `${execution.request.method} ${execution.request.path}`;
    const evidence = (expected: { assertion?: string; script?: string }) => ({
      request: execution.request,
      expected,
      received,
    });
    const unreachable = execution.requestError
      ? `${where}: could not reach the service (${execution.requestError})`
      : undefined;
    const assertions = execution.assertions.filter((assertion) => !assertion.skipped);
    const share = assertions.length
      ? Math.round(execution.durationMs / assertions.length)
      : execution.durationMs;
    for (const assertion of assertions) {
      checks.push({
        id: unique(checkId(execution.name, assertion.name)),
        category,
        description: `${execution.name}: ${assertion.name}`,
        points: 1,
        passed: assertion.error === null,
        message:
          assertion.error === null
            ? 'passed'
            : (unreachable ?? `${where}: ${assertion.name}: ${assertion.error}`),
        evidence: evidence({ assertion: assertion.name }),
        durationMs: share,
      });
    }
    if (assertions.length === 0 && unreachable) {
      checks.push({
        id: unique(checkId(execution.name)),
        category,
        description: execution.name,
        points: 1,
        passed: false,
        message: unreachable,
        evidence: evidence({}),
        durationMs: execution.durationMs,
      });
    }
    for (const scriptError of execution.scriptErrors) {
      checks.push({
        id: unique(`${checkId(execution.name)}-${slug(scriptError.event)}-script`),
        category,
        description: `${execution.name}: the ${scriptError.event} script`,
        points: 1,
        passed: false,
        message: `${where}: the collection's ${scriptError.event} script stopped with an error: ${scriptError.message}`,
        evidence: evidence({ script: scriptError.event }),
        durationMs: 0,
      });
    }
  }
  return checks;
}
