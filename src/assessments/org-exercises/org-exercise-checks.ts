// The hidden checks of an organisation's own exercise, from one of three sources, validated on save with every
// problem's JSON path, and turned into the grader's ServiceExercise when an invitation is sent or graded.
//   checks   our declarative HTTP checks (src/assessments/grader/checks.ts), as a JSON array
//   postman  a Postman Collection v2.1, run by newman in a sandbox; `baseUrl` is set to the candidate's service
//   openapi  an OpenAPI 3.0/3.1 document: generated calls plus optional declarative checks, every reply
//            validated against the document (src/assessments/grader/openapi/openapi-checks.ts)
import { z } from 'zod';
import type { OwnExercise } from '../exercises/exercise.ts';
import { type Check, checkListSchema } from '../grader/checks.ts';
import { checksFromOpenApi, validateOpenApiDocument } from '../grader/openapi/openapi-checks.ts';
import { parsePostmanCollection, plannedChecks } from '../grader/postman/postman-collection.ts';
import type { CheckSource } from './org-exercises.tables.ts';

export const maxOwnChecks = 200;

const environmentSchema = z
  .record(
    z.string().regex(/^[A-Za-z_][\w.-]{0,63}$/, 'a variable name: letters, digits, _ . -'),
    z.string().max(2000),
  )
  .refine((values) => Object.keys(values).length <= 50, 'at most 50 variables')
  .refine((values) => !('baseUrl' in values), 'baseUrl is set by the grader to the candidate’s service');

/** What the API accepts: the source and its JSON, parsed from the pasted or uploaded file. */
export const hiddenChecksInput = z.discriminatedUnion('source', [
  z.object({ source: z.literal('checks'), checks: z.unknown() }),
  z.object({
    source: z.literal('postman'),
    collection: z.unknown(),
    environment: environmentSchema.optional(),
  }),
  z.object({ source: z.literal('openapi'), document: z.unknown(), checks: z.unknown().optional() }),
]);
export type HiddenChecksInput = z.infer<typeof hiddenChecksInput>;

export type CheckDefinition =
  | { checks: Check[] }
  | { collection: unknown; environment: Record<string, string> }
  | { document: Record<string, unknown>; checks: Check[] };

export type Problem = { path: string; message: string };

function parseDeclarative(
  input: unknown,
  path: string,
): { ok: true; checks: Check[] } | { ok: false; problems: Problem[] } {
  const parsed = checkListSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 50).map((issue) => ({
        path: [path, ...issue.path].join('.'),
        message: issue.message,
      })),
    };
  }
  if (parsed.data.length > maxOwnChecks)
    return { ok: false, problems: [{ path, message: `at most ${maxOwnChecks} checks` }] };
  return { ok: true, checks: parsed.data };
}

export type PreparedChecks =
  | { ok: true; source: CheckSource; definition: CheckDefinition; checks: Check[]; notes: string[] }
  | { ok: false; problems: Problem[] };

/** Validate the hidden checks; problems are `hiddenChecks.<path>: message`. */
export async function prepareHiddenChecks(input: HiddenChecksInput): Promise<PreparedChecks> {
  const base = 'hiddenChecks';
  if (input.source === 'checks') {
    const parsed = parseDeclarative(input.checks, `${base}.checks`);
    if (!parsed.ok) return parsed;
    if (parsed.checks.length === 0)
      return { ok: false, problems: [{ path: `${base}.checks`, message: 'add at least one check' }] };
    return {
      ok: true,
      source: 'checks',
      definition: { checks: parsed.checks },
      checks: parsed.checks,
      notes: [],
    };
  }
  if (input.source === 'postman') {
    const parsed = parsePostmanCollection(input.collection);
    if (!parsed.ok) {
      return {
        ok: false,
        problems: parsed.problems.map((problem) => ({
          path: problem.path === 'collection' ? `${base}.collection` : `${base}.collection.${problem.path}`,
          message: problem.message,
        })),
      };
    }
    const definition = { collection: parsed.collection, environment: input.environment ?? {} };
    return { ok: true, source: 'postman', definition, checks: postmanChecks(parsed.requests), notes: [] };
  }
  const validated = await validateOpenApiDocument(input.document);
  const problems: Problem[] = validated.ok
    ? []
    : validated.problems.map((problem) => ({ path: `${base}.${problem.path}`, message: problem.message }));
  let declared: Check[] = [];
  if (input.checks !== undefined) {
    const parsed = parseDeclarative(input.checks, `${base}.checks`);
    if (parsed.ok) declared = parsed.checks;
    else problems.push(...parsed.problems);
  }
  if (!validated.ok || problems.length) return { ok: false, problems };
  const generated = checksFromOpenApi(validated.document);
  const checks = [...generated.checks, ...declared];
  const clash = checks.find((check, index) => checks.findIndex((other) => other.id === check.id) !== index);
  if (clash)
    problems.push({
      path: `${base}.checks`,
      message: `duplicate check id ${clash.id} (generated ids start with openapi-)`,
    });
  if (checks.length === 0) {
    problems.push({
      path: `${base}.document.paths`,
      message:
        'no operation can be called from the document alone (give examples for required parameters and bodies) and no checks were added',
    });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    source: 'openapi',
    definition: { document: validated.document, checks: declared },
    checks,
    notes: generated.skipped.map((skip) => `${skip.operation} is not called: ${skip.reason}`),
  };
}

const postmanChecks = (requests: Parameters<typeof plannedChecks>[0]): Check[] =>
  plannedChecks(requests).map(({ id, category, description, points }) => ({
    id,
    category,
    description,
    points,
    steps: [],
  }));

/** The stored definition as the grader's exercise (the definition was validated when it was saved). */
export function serviceExerciseOf(row: {
  id: string;
  orgId: string;
  title: string;
  summary: string;
  timeLimitMinutes: number;
  brief: string;
  checkSource: CheckSource;
  checkDefinition: unknown;
  starterZip: Uint8Array | null;
}): OwnExercise {
  const base = {
    kind: 'service' as const,
    id: row.id,
    orgId: row.orgId,
    title: row.title,
    summary: row.summary,
    timeLimitMinutes: row.timeLimitMinutes,
    brief: row.brief,
    starterZip: row.starterZip,
  };
  if (row.checkSource === 'postman') {
    const definition = row.checkDefinition as { collection: unknown; environment: Record<string, string> };
    const parsed = parsePostmanCollection(definition.collection);
    return {
      ...base,
      checks: parsed.ok ? postmanChecks(parsed.requests) : [],
      postman: { collection: definition.collection, environment: definition.environment },
    };
  }
  if (row.checkSource === 'openapi') {
    const definition = row.checkDefinition as { document: Record<string, unknown>; checks: Check[] };
    return {
      ...base,
      checks: [...checksFromOpenApi(definition.document).checks, ...definition.checks],
      openapi: { document: definition.document },
    };
  }
  return { ...base, checks: (row.checkDefinition as { checks: Check[] }).checks };
}
