import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { adviseWithTaxonomy } from './advice.ts';
import { renderPostingHtml } from './job-posting.ts';
import { jobDetailSchema, jobSchema, updateJobBody } from './roles.contract.ts';
import * as roles from './roles.service.ts';
import * as store from './roles.store.ts';
import { type JobStatus, jobStatuses } from './roles.tables.ts';

const editors = ['admin', 'recruiter', 'hiring_manager'] as const;
const tags = ['jobs'];

export function jobsRoutes(app: App, services: Services) {
  type JobFacts = { applicationCount: number; latestBlueprintVersion: number | null; orgSlug: string };

  const present = (job: store.JobRow, facts: JobFacts): z.infer<typeof jobSchema> => ({
    id: job.id,
    title: job.title,
    slug: job.slug,
    status: job.status,
    blueprintId: job.blueprintId,
    blueprintVersion: job.blueprintVersion,
    blueprintLatestVersion: facts.latestBlueprintVersion,
    postingEdited: job.postingEdited,
    applicationCount: facts.applicationCount,
    ownerId: job.ownerId,
    validThrough: job.validThrough,
    openedAt: job.openedAt?.toISOString() ?? null,
    closedAt: job.closedAt?.toISOString() ?? null,
    careersUrl: `${services.config.PUBLIC_URL}/careers/${facts.orgSlug}/jobs/${job.slug}`,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  });

  const orgSlugOf = async (orgId: string) => {
    const [organisation] = await services.db
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.id, orgId));
    return organisation!.slug;
  };

  const presentDetail = async (job: store.JobRow): Promise<z.infer<typeof jobDetailSchema>> => {
    const blueprint = job.blueprintId
      ? await store.getBlueprint(services.db, job.orgId, job.blueprintId)
      : undefined;
    const facts = {
      applicationCount: await store.countApplications(services.db, job.orgId, job.id),
      latestBlueprintVersion: blueprint?.version ?? null,
      orgSlug: await orgSlugOf(job.orgId),
    };
    return {
      ...present(job, facts),
      blueprint: job.blueprint,
      postingMarkdown: job.postingMarkdown,
      postingHtml: renderPostingHtml(job.postingMarkdown),
      screeningQuestions: job.screeningQuestions,
      findings: adviseWithTaxonomy(job.blueprint, job.postingMarkdown),
    };
  };

  app.get(
    '/jobs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Jobs: open first, then drafts, paused and closed',
        querystring: z.object({ status: z.enum(jobStatuses).optional() }),
        response: { 200: z.object({ items: z.array(jobSchema) }) },
      },
    },
    async (request) => {
      const orgId = authOf(request).orgId;
      const [rows, blueprints, orgSlug] = await Promise.all([
        store.listJobs(services.db, orgId, request.query.status),
        store.blueprintVersions(services.db, orgId),
        orgSlugOf(orgId),
      ]);
      return {
        items: rows.map((row) =>
          present(row.job, {
            applicationCount: row.applicationCount,
            latestBlueprintVersion: (row.job.blueprintId && blueprints.get(row.job.blueprintId)) || null,
            orgSlug,
          }),
        ),
      };
    },
  );

  app.post(
    '/jobs',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Create a draft job from a blueprint, with a generated posting',
        body: z.object({ blueprintId: z.uuid() }),
        response: { 201: z.object({ job: jobDetailSchema }) },
      },
    },
    async (request, reply) => {
      const job = await roles.createJobFromBlueprint(services, authOf(request), request.body.blueprintId);
      return reply.status(201).send({ job: await presentDetail(job) });
    },
  );

  app.get(
    '/jobs/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A job with its posting and the advisor’s findings',
        params: idParams,
        response: { 200: z.object({ job: jobDetailSchema }) },
      },
    },
    async (request) => ({
      job: await presentDetail(await roles.requireJob(services.db, authOf(request).orgId, request.params.id)),
    }),
  );

  app.patch(
    '/jobs/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Edit a job’s posting text, title, screening questions, closing date or owner',
        params: idParams,
        body: updateJobBody,
        response: { 200: z.object({ job: jobDetailSchema }) },
      },
    },
    async (request) => ({
      job: await presentDetail(
        await roles.updateJob(services, authOf(request), request.params.id, request.body),
      ),
    }),
  );

  app.post(
    '/jobs/:id/sync-blueprint',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Take the blueprint’s latest version into the job (and optionally regenerate the posting)',
        params: idParams,
        body: z.object({ regeneratePosting: z.boolean().default(true) }),
        response: { 200: z.object({ job: jobDetailSchema }) },
      },
    },
    async (request) => ({
      job: await presentDetail(
        await roles.syncJobWithBlueprint(services, authOf(request), request.params.id, request.body),
      ),
    }),
  );

  app.post(
    '/jobs/:id/status',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          'Publish, pause, close or reopen a job (publishing needs a blueprint without advisor errors)',
        params: idParams,
        body: z.object({ status: z.enum(jobStatuses) }),
        response: { 200: z.object({ job: jobDetailSchema }) },
      },
    },
    async (request) => ({
      job: await presentDetail(
        await roles.changeJobStatus(
          services,
          authOf(request),
          request.params.id,
          request.body.status as JobStatus,
        ),
      ),
    }),
  );
}
