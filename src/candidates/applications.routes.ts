import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { notFound } from '../platform/errors.ts';
import { getFile } from '../platform/files/file-store.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { requireJob } from '../roles/roles.service.ts';
import { addCandidateToJob } from './applications.service.ts';
import { applications, candidates } from './candidates.tables.ts';

const applicationSchema = z
  .object({
    id: z.uuid(),
    jobId: z.uuid(),
    stage: z.string(),
    status: z.string(),
    source: z.string(),
    createdAt: z.iso.datetime(),
    answers: z.array(z.object({ questionId: z.string(), question: z.string(), answer: z.string() })),
    resumeFileId: z.uuid().nullable(),
    candidate: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      location: z.string().nullable(),
      links: z.object({
        github: z.string().nullable(),
        linkedin: z.string().nullable(),
        stackoverflow: z.string().nullable(),
        website: z.string().nullable(),
      }),
      consentAt: z.iso.datetime().nullable(),
    }),
  })
  .meta({ id: 'Application' });

export function applicationsRoutes(app: App, services: Services) {
  const tags = ['applications'];

  app.post(
    '/candidates/:id/applications',
    {
      config: { access: ['admin', 'recruiter', 'hiring_manager'] },
      schema: {
        tags,
        summary:
          'Add a candidate from the pool to a job: they enter its first stage with their latest résumé',
        params: idParams,
        body: z.object({ jobId: z.uuid() }),
        response: {
          201: z.object({ application: z.object({ id: z.uuid(), jobId: z.uuid(), stage: z.string() }) }),
        },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const job = await requireJob(services.db, auth.orgId, request.body.jobId);
      const application = await services.db.transaction((tx) =>
        addCandidateToJob(tx, {
          orgId: auth.orgId,
          candidateId: request.params.id,
          job,
          actorUserId: auth.user.id,
          source: 'sourced',
        }),
      );
      return reply.status(201).send({
        application: { id: application.id, jobId: application.jobId, stage: application.stage },
      });
    },
  );
  app.get(
    '/jobs/:id/applications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Applications to a job, newest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(applicationSchema) }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const job = await requireJob(services.db, auth.orgId, request.params.id);
      const rows = await services.db
        .select({ application: applications, candidate: candidates })
        .from(applications)
        .innerJoin(candidates, eq(candidates.id, applications.candidateId))
        .where(and(eq(applications.orgId, auth.orgId), eq(applications.jobId, job.id)))
        .orderBy(desc(applications.createdAt));
      return {
        items: rows.map(({ application, candidate }) => ({
          id: application.id,
          jobId: application.jobId,
          stage: application.stage,
          status: application.status,
          source: application.source,
          createdAt: application.createdAt.toISOString(),
          answers: application.answers,
          resumeFileId: application.resumeFileId,
          candidate: {
            id: candidate.id,
            name: candidate.name,
            email: candidate.email,
            phone: candidate.phone,
            location: candidate.location,
            links: candidate.links,
            consentAt: candidate.consentAt?.toISOString() ?? null,
          },
        })),
      };
    },
  );

  app.get(
    '/files/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['files'],
        summary: 'Download a stored file (a résumé, for instance); inline=true shows a PDF in the page',
        params: idParams,
        querystring: z.object({ inline: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (request, reply) => {
      const file = await getFile(services.db, authOf(request).orgId, request.params.id);
      if (!file) throw notFound('file');
      // Only PDFs are shown inline, and only inside this site's own pages. (A CSP sandbox would stop the
      // browser's PDF viewer, and a PDF sent with nosniff is never run as a page.)
      const inline = request.query.inline === 'true' && file.contentType === 'application/pdf';
      if (inline) {
        reply.header('content-security-policy', "frame-ancestors 'self'");
        reply.header('x-frame-options', 'SAMEORIGIN');
      }
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
