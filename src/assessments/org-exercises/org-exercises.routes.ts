// An organisation's own exercises: the team writes the brief, adds a starter zip and hidden checks (declarative
// JSON, a Postman collection or an OpenAPI document); they are listed with the shipped ones under GET /exercises
// and sent the same way.
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../accounts/accounts.contract.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { authOf } from '../../platform/http/auth-hooks.ts';
import type { App } from '../../platform/http/types.ts';
import type { Services } from '../../platform/services.ts';
import { presentExercise } from '../assessments.presenters.ts';
import { checksFromOpenApi } from '../grader/openapi/openapi-checks.ts';
import { orgExerciseBody, orgExerciseSchema } from './org-exercises.contract.ts';
import {
  archiveOrgExercise,
  createOrgExercise,
  exerciseOfRow,
  type OrgExerciseRow,
  removeStarter,
  requireOrgExercise,
  STARTER_MAX_BYTES,
  setStarter,
  starterInfo,
  updateOrgExercise,
} from './org-exercises.service.ts';

const tags = ['assessments'];
const editors = ['admin', 'recruiter', 'hiring_manager'] as const;
const readers = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
/** A Postman collection or an OpenAPI document can be large. */
const DEFINITION_MAX_BYTES = 5 * 1024 * 1024;
const STARTER_MAX_MB = STARTER_MAX_BYTES / 1024 / 1024;

/** What the grader will not do with an OpenAPI document (operations it cannot call from examples alone). */
function notesOf(row: OrgExerciseRow): string[] {
  if (row.checkSource !== 'openapi') return [];
  const { document } = row.checkDefinition as { document: Record<string, unknown> };
  return checksFromOpenApi(document).skipped.map((skip) => `${skip.operation} is not called: ${skip.reason}`);
}

async function present(db: Executor, row: OrgExerciseRow): Promise<z.infer<typeof orgExerciseSchema>> {
  const starter = await starterInfo(db, row);
  return {
    ...presentExercise(await exerciseOfRow(db, row)),
    hiddenChecks: row.checkDefinition as Record<string, unknown>,
    starter: starter ? { filename: starter.filename, sizeBytes: starter.sizeBytes } : null,
    notes: notesOf(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function orgExercisesRoutes(app: App, services: Services) {
  const db = services.db;
  const one = z.object({ exercise: orgExerciseSchema });

  app.post(
    '/exercises',
    {
      config: { access: editors },
      bodyLimit: DEFINITION_MAX_BYTES,
      schema: {
        tags,
        summary:
          "Create your organisation's own service exercise: brief, suggested time and hidden checks (declarative JSON, a Postman collection v2.1 or an OpenAPI 3 document), each problem reported with its JSON path",
        body: orgExerciseBody,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      const { row } = await createOrgExercise(db, authOf(request), request.body);
      return reply.status(201).send({ exercise: await present(db, row) });
    },
  );

  app.get(
    '/exercises/:id',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: 'One of your own exercises, with its hidden checks as saved (for editing)',
        params: idParams,
        response: { 200: one },
      },
    },
    async (request) => ({
      exercise: await present(db, await requireOrgExercise(db, authOf(request).orgId, request.params.id)),
    }),
  );

  app.put(
    '/exercises/:id',
    {
      config: { access: editors },
      bodyLimit: DEFINITION_MAX_BYTES,
      schema: {
        tags,
        summary:
          'Replace one of your own exercises (invitations already sent are graded with the new checks)',
        params: idParams,
        body: orgExerciseBody,
        response: { 200: one },
      },
    },
    async (request) => {
      const { row } = await updateOrgExercise(db, authOf(request).orgId, request.params.id, request.body);
      return { exercise: await present(db, row) };
    },
  );

  app.delete(
    '/exercises/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          'Archive one of your own exercises: no longer listed or sent; invitations already sent still work',
        params: idParams,
      },
    },
    async (request, reply) => {
      await archiveOrgExercise(db, authOf(request).orgId, request.params.id);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/exercises/:id/starter',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Remove the starter zip (the candidate then gets the brief as README.md)',
        params: idParams,
        response: { 200: one },
      },
    },
    async (request) => ({
      exercise: await present(db, await removeStarter(db, authOf(request).orgId, request.params.id)),
    }),
  );

  app.register(async (scope) => {
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    await upload.register(fastifyMultipart, {
      limits: { fileSize: STARTER_MAX_BYTES, files: 1, fields: 1, parts: 2 },
    });
    upload.post(
      '/exercises/:id/starter',
      {
        config: { access: editors },
        schema: {
          tags,
          summary: `Upload the starter the candidate downloads (multipart field \`file\`: a zip up to ${STARTER_MAX_MB} MB)`,
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 200: one },
        },
      },
      async (request) => {
        const { orgId } = authOf(request);
        await requireOrgExercise(db, orgId, request.params.id);
        let file: { filename: string; content: Buffer } | null = null;
        try {
          for await (const part of request.parts()) {
            if (part.type === 'file' && !file)
              file = { filename: part.filename || 'starter.zip', content: await part.toBuffer() };
          }
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError('payload_too_large', `The starter is larger than ${STARTER_MAX_MB} MB.`);
          throw error;
        }
        if (!file)
          throw new AppError('validation_failed', 'Attach the starter as a zip file.', [
            { path: 'file', message: 'Missing.' },
          ]);
        return { exercise: await present(db, await setStarter(db, orgId, request.params.id, file)) };
      },
    );
  });
}
