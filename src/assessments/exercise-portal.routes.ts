// The candidate's portal: public routes whose only credential is the e-mailed token. No session is involved, so
// there is nothing for CSRF to protect; tight rate limits are the guard, as on the careers apply form.
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { firstName } from '../candidates/email-templates.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { publicExerciseSchema, tokenParams } from './assessments.contract.ts';
import {
  publicExercise,
  requireOpenToken,
  SUBMISSION_MAX_BYTES,
  startExercise,
  starterFor,
  submitExercise,
} from './assessments.service.ts';
import { buildStarterArchive, readBrief } from './exercises/exercise.ts';

const tags = ['exercise-portal'];
const MAX_MB = SUBMISSION_MAX_BYTES / 1024 / 1024;

export function exercisePortalRoutes(app: App, services: Services) {
  const view = async (token: string) => {
    const { invitation, exercise, organisation, job, candidate, latest } = await publicExercise(
      services,
      token,
    );
    const now = Date.now();
    return {
      organisation,
      job,
      candidateFirstName: firstName(candidate.name),
      exercise: {
        id: exercise.id,
        title: exercise.title,
        summary: exercise.summary,
        brief: readBrief(exercise),
        kind: exercise.kind,
      },
      timeLimitMinutes: invitation.timeLimitMinutes,
      expiresAt: invitation.expiresAt.toISOString(),
      started: invitation.startedAt !== null,
      startedAt: invitation.startedAt?.toISOString() ?? null,
      deadlineAt: invitation.deadlineAt?.toISOString() ?? null,
      timeUp: invitation.deadlineAt !== null && invitation.deadlineAt.getTime() <= now,
      maxUploadBytes: SUBMISSION_MAX_BYTES,
      lastSubmission: latest
        ? {
            submittedAt: latest.submittedAt.toISOString(),
            filename: latest.filename,
            sizeBytes: latest.sizeBytes,
          }
        : null,
    };
  };

  app.get(
    '/public/exercises/:token',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'For the candidate: the brief, the time limit, whether the clock runs and the last upload',
        params: tokenParams,
        response: { 200: publicExerciseSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return view(request.params.token);
    },
  );

  app.post(
    '/public/exercises/:token/start',
    {
      config: { access: 'public', csrf: false, rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary:
          'For the candidate: start the clock (deadline = now + time limit); starting again changes nothing',
        params: tokenParams,
        response: { 200: publicExerciseSchema },
      },
    },
    async (request) => {
      await startExercise(services, request.params.token);
      return view(request.params.token);
    },
  );

  app.get(
    '/public/exercises/:token/starter.zip',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '10 minutes' } },
      schema: { tags, summary: 'For the candidate: the starter archive (zip)', params: tokenParams },
    },
    async (request, reply) => {
      const exercise = await starterFor(services, request.params.token);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${exercise.id}-starter.zip"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(buildStarterArchive(exercise)));
    },
  );

  app.register(async (scope) => {
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    await upload.register(fastifyMultipart, {
      limits: { fileSize: SUBMISSION_MAX_BYTES, files: 1, fields: 2, parts: 3 },
    });
    upload.post(
      '/public/exercises/:token/submission',
      {
        config: { access: 'public', csrf: false, rateLimit: { max: 20, timeWindow: '10 minutes' } },
        schema: {
          tags,
          summary: `For the candidate: upload the work (multipart field \`file\`: a zip, a tar.gz or a git bundle up to ${MAX_MB} MB; for a written exercise also a single .md, .txt or .pdf); allowed again until the deadline, the latest counts`,
          consumes: ['multipart/form-data'],
          params: tokenParams,
          response: {
            201: z.object({
              submission: z.object({
                id: z.uuid(),
                filename: z.string(),
                sizeBytes: z.number().int(),
                sha256: z.string(),
                submittedAt: z.iso.datetime(),
              }),
              deadlineAt: z.iso.datetime(),
              message: z.string(),
            }),
          },
        },
      },
      async (request, reply) => {
        await requireOpenToken(services, request.params.token);
        let file: { filename: string; content: Buffer } | null = null;
        try {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              const content = await part.toBuffer();
              if (!file) file = { filename: part.filename || 'submission', content };
            }
          }
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError(
              'payload_too_large',
              `The file is larger than ${MAX_MB} MB. Leave out node_modules, build output and data files, then upload again.`,
            );
          }
          throw error;
        }
        if (!file) {
          throw new AppError('validation_failed', 'Attach your work as a file.', [
            { path: 'file', message: 'Missing.' },
          ]);
        }
        const { invitation, submission } = await submitExercise(services, request.params.token, file);
        return reply.status(201).send({
          submission: {
            id: submission.id,
            filename: submission.filename,
            sizeBytes: submission.sizeBytes,
            sha256: submission.sha256,
            submittedAt: submission.submittedAt.toISOString(),
          },
          deadlineAt: invitation.deadlineAt!.toISOString(),
          message: `Thank you — we received ${submission.filename} (${(submission.sizeBytes / 1024).toFixed(0)} KB). You may upload a new version until the deadline; the latest one is the one we review.`,
        });
      },
    );
  });
}
