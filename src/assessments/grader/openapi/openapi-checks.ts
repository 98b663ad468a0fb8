// An OpenAPI 3.0/3.1 document as hidden checks. Decision: a document says what responses look like, not what to
// send, so it is used two ways at once —
//   1. one generated check per operation the document gives enough examples to call (every required parameter
//      and a required JSON body have an example, an `example`/`default` in their schema or an enum): the request
//      is sent and must come back with a documented status;
//   2. every reply — of those generated checks and of any declarative checks the organisation adds beside the
//      document — is validated against the matching operation: its status must be documented, and a JSON body
//      must match the documented schema (ajv; `nullable` of 3.0 understood). A reply to a path the document does
//      not describe is judged by its declarative check alone.
// Only references inside the document are followed; nothing is ever fetched or read from disk.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Check, IncomingReply, OutgoingRequest } from '../checks.ts';

export type OpenApiSuite = { document: Record<string, unknown> };

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const openApiMethods = ['post', 'get', 'put', 'patch', 'delete'] as const;
export const maxGeneratedChecks = 100;

const escapePointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~');

/** A node and its JSON pointer, after following local $refs (a chain of at most 20). */
function resolveLocal(document: Node, node: unknown, pointer: string): { node: unknown; pointer: string } {
  let current = node;
  let at = pointer;
  for (let hops = 0; hops < 20 && isNode(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return { node: undefined, pointer: ref };
    let target: unknown = document;
    for (const part of ref.slice(2).split('/').map(unescapePointer))
      target = isNode(target) ? target[part] : undefined;
    current = target;
    at = ref;
  }
  return { node: current, pointer: at };
}

export type OpenApiProblem = { path: string; message: string };

/** Validate an uploaded document (an object, never a file name or URL) against the OpenAPI 3.0/3.1 schemas. */
export async function validateOpenApiDocument(
  input: unknown,
): Promise<{ ok: true; document: Node } | { ok: false; problems: OpenApiProblem[] }> {
  if (!isNode(input))
    return { ok: false, problems: [{ path: 'document', message: 'expected a JSON object' }] };
  const version = typeof input.openapi === 'string' ? input.openapi : '';
  if (!/^3\.[01]\.\d+$/.test(version)) {
    return {
      ok: false,
      problems: [
        {
          path: 'document.openapi',
          message: `only OpenAPI 3.0 and 3.1 are supported (found ${JSON.stringify(input.openapi ?? input.swagger ?? null)})`,
        },
      ],
    };
  }
  const problems: OpenApiProblem[] = [];
  JSON.stringify(input, (key, value) => {
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#/'))
      problems.push({
        path: 'document',
        message: `only references inside the document are followed (${value})`,
      });
    return value;
  });
  if (problems.length) return { ok: false, problems: problems.slice(0, 20) };
  const validator = new Validator();
  const result = await validator.validate(structuredClone(input));
  if (!result.valid) {
    const errors = (Array.isArray(result.errors) ? result.errors : []) as ErrorObject[];
    const listed = errors.slice(0, 20).map((error) => ({
      path: `document${error.instancePath.replace(/\//g, '.')}`,
      message: error.message ?? 'invalid',
    }));
    return {
      ok: false,
      problems: listed.length
        ? listed
        : [{ path: 'document', message: String(result.errors ?? 'not a valid OpenAPI document') }],
    };
  }
  return { ok: true, document: input };
}

// ————————————————————————————————— generated checks —————————————————————————————————

/** An example value; a schema's default or first enum value only where a value is required. */
function exampleOf(
  holder: Node | undefined,
  required = true,
): { found: true; value: unknown } | { found: false } {
  if (!holder) return { found: false };
  if ('example' in holder) return { found: true, value: holder.example };
  if (isNode(holder.examples)) {
    const first = Object.values(holder.examples)[0];
    if (isNode(first) && 'value' in first) return { found: true, value: first.value };
  }
  const schema = isNode(holder.schema) ? holder.schema : undefined;
  if (schema) {
    if ('example' in schema) return { found: true, value: schema.example };
    if (Array.isArray(schema.examples) && schema.examples.length)
      return { found: true, value: schema.examples[0] };
    if (!required) return { found: false };
    if ('default' in schema) return { found: true, value: schema.default };
    if (Array.isArray(schema.enum) && schema.enum.length) return { found: true, value: schema.enum[0] };
  }
  return { found: false };
}

/** Documented statuses as a status list: numbers, and 2XX-style ranges; "default" alone allows any. */
export function documentedStatuses(responses: Node): number[] {
  const statuses = new Set<number>();
  for (const key of Object.keys(responses)) {
    if (/^[1-5]\d\d$/.test(key)) statuses.add(Number(key));
    else if (/^[1-5]XX$/i.test(key))
      for (let code = 0; code < 100; code++) statuses.add(Number(key[0]) * 100 + code);
  }
  if (statuses.size === 0) for (let code = 100; code < 600; code++) statuses.add(code);
  return [...statuses].sort((a, b) => a - b);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);

export type GeneratedChecks = { checks: Check[]; skipped: { operation: string; reason: string }[] };

/** One check per operation that can be called from the document's own examples (see the top of this file). */
export function checksFromOpenApi(document: Node): GeneratedChecks {
  const checks: Check[] = [];
  const skipped: GeneratedChecks['skipped'] = [];
  const paths = isNode(document.paths) ? document.paths : {};
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = resolveLocal(document, rawItem, `#/paths/${escapePointer(template)}`).node;
    if (!isNode(item)) continue;
    for (const method of openApiMethods) {
      const operation = item[method];
      if (!isNode(operation)) continue;
      const label = `${method.toUpperCase()} ${template}`;
      if (checks.length >= maxGeneratedChecks) {
        skipped.push({
          operation: label,
          reason: `only the first ${maxGeneratedChecks} operations are called`,
        });
        continue;
      }
      const parameters = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(operation.parameters) ? operation.parameters : []),
      ]
        .map((parameter) => resolveLocal(document, parameter, '').node)
        .filter(isNode);
      let path = template;
      const query = new URLSearchParams();
      const headers: Record<string, string> = {};
      let missing: string | undefined;
      for (const parameter of parameters) {
        const name = String(parameter.name ?? '');
        const required = parameter.in === 'path' || parameter.required === true;
        const example = exampleOf(parameter, required);
        if (!example.found) {
          if (required) missing ??= `no example for the ${String(parameter.in)} parameter ${name}`;
          continue;
        }
        const text = typeof example.value === 'string' ? example.value : JSON.stringify(example.value);
        if (parameter.in === 'path') path = path.split(`{${name}}`).join(encodeURIComponent(text));
        else if (parameter.in === 'query') query.set(name, text);
        else if (parameter.in === 'header') headers[name.toLowerCase()] = text;
      }
      let json: unknown;
      const body = resolveLocal(document, operation.requestBody, '').node;
      if (isNode(body)) {
        const content = isNode(body.content) ? body.content : {};
        const mediaType = Object.keys(content).find((type) => /^application\/([\w.-]+\+)?json/.test(type));
        const example =
          mediaType && isNode(content[mediaType])
            ? exampleOf(content[mediaType] as Node)
            : { found: false as const };
        if (example.found) json = example.value;
        else if (body.required === true) missing ??= 'no example for the JSON request body';
      }
      if (missing) {
        skipped.push({ operation: label, reason: missing });
        continue;
      }
      const responses = isNode(operation.responses) ? operation.responses : {};
      const search = query.toString();
      checks.push({
        id: `openapi-${method}-${slug(template) || 'root'}`,
        category: 'correctness',
        description:
          typeof operation.summary === 'string' && operation.summary.trim()
            ? `${label}: ${operation.summary.trim()} (answers as documented)`
            : `${label} answers as documented`,
        points: 1,
        steps: [
          {
            request: {
              method: method.toUpperCase() as Check['steps'][number]['request']['method'],
              path: `${path}${search ? `?${search}` : ''}`,
              ...(Object.keys(headers).length ? { headers } : {}),
              ...(json !== undefined ? { json: json as never } : {}),
            },
            expect: { status: documentedStatuses(responses) },
          },
        ],
      });
    }
  }
  return { checks, skipped };
}

// ————————————————————————————————— validating replies —————————————————————————————————

type Route = { template: string; pattern: RegExp; literalChars: number };

function routesOf(document: Node): Route[] {
  const paths = isNode(document.paths) ? Object.keys(document.paths) : [];
  return paths
    .map((template) => ({
      template,
      pattern: new RegExp(
        `^${template
          .split(/\{[^}]+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}/?$`,
      ),
      literalChars: template.replace(/\{[^}]+\}/g, '').length,
    }))
    .sort((a, b) => b.literalChars - a.literalChars);
}

const describeError = (error: ErrorObject) => {
  const where = error.instancePath ? `json${error.instancePath.replace(/\//g, '.')}` : 'json';
  const allowed =
    isNode(error.params) && Array.isArray(error.params.allowedValues)
      ? ` (${error.params.allowedValues.join(', ')})`
      : '';
  const extra =
    isNode(error.params) && typeof error.params.additionalProperty === 'string'
      ? ` (${error.params.additionalProperty})`
      : '';
  return `${where} ${error.message ?? 'is invalid'}${allowed}${extra}`;
};

/** A judge for CheckContext.inspect: does each reply match the operation the document describes? */
export function openApiInspector(
  suite: OpenApiSuite,
): (request: OutgoingRequest, reply: IncomingReply) => string | undefined {
  const document = suite.document;
  const is31 = typeof document.openapi === 'string' && document.openapi.startsWith('3.1');
  const ajv = is31
    ? new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
    : new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  const documentId = 'hirebench:openapi';
  ajv.addSchema(structuredClone(document), documentId);
  const compiled = new Map<string, ValidateFunction | Error>();
  const routes = routesOf(document);

  return (request, reply) => {
    const path = request.path.split('?')[0] ?? '/';
    const route = routes.find((candidate) => candidate.pattern.test(path));
    if (!route) return undefined;
    const method = request.method.toLowerCase();
    const itemPointer = `#/paths/${escapePointer(route.template)}`;
    const item = resolveLocal(document, (document.paths as Node)[route.template], itemPointer);
    const operation = isNode(item.node) ? item.node[method] : undefined;
    if (!isNode(operation)) return undefined;
    const responses = isNode(operation.responses) ? operation.responses : {};
    const label = `${request.method} ${route.template}`;
    const statusKey = [
      String(reply.status),
      `${String(reply.status)[0]}XX`,
      `${String(reply.status)[0]}xx`,
      'default',
    ].find((key) => key in responses);
    if (!statusKey) {
      return `status ${reply.status} is not in the OpenAPI document for ${label} (documented: ${Object.keys(responses).join(', ') || 'none'})`;
    }
    const response = resolveLocal(
      document,
      responses[statusKey],
      `${item.pointer}/${method}/responses/${escapePointer(statusKey)}`,
    );
    if (!isNode(response.node) || !isNode(response.node.content)) return undefined;
    const mediaType = Object.keys(response.node.content).find((type) =>
      /^application\/([\w.-]+\+)?json/.test(type),
    );
    if (!mediaType) return undefined;
    const media = response.node.content[mediaType];
    if (!isNode(media) || media.schema === undefined) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(reply.text);
    } catch {
      return `the OpenAPI document says ${label} answers ${reply.status} with ${mediaType}, but the body is not JSON`;
    }
    const pointer = `${response.pointer}/content/${escapePointer(mediaType)}/schema`;
    let validate = compiled.get(pointer);
    if (!validate) {
      try {
        validate = ajv.compile({ $ref: `${documentId}${pointer}` });
      } catch (error) {
        validate = error as Error;
      }
      compiled.set(pointer, validate);
    }
    if (validate instanceof Error)
      return `the OpenAPI document's schema for ${label} ${reply.status} cannot be used: ${validate.message}`;
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).slice(0, 3).map(describeError);
    return `the body does not match the OpenAPI document for ${label} ${reply.status}: ${errors.join('; ')}`;
  };
}
