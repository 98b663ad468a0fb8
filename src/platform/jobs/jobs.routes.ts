import { z } from 'zod';
import { idParams } from '../../accounts/accounts.contract.ts';
import { authOf } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { pageQuery } from '../mail/outbox.routes.ts';
import type { Services } from '../services.ts';
import { backgroundJobStatuses } from './jobs.tables.ts';
import type { JobRow } from './queue.ts';

export const jobSchema = z
  .object({
    id: z.uuid(),
    type: z.string(),
    status: z.enum(backgroundJobStatuses),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    progress: z.number().int().nullable(),
    lastError: z.string().nullable(),
    runAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Job' });

export const presentJob = (job: JobRow): z.infer<typeof jobSchema> => ({
  id: job.id,
  type: job.type,
  status: job.status,
  attempts: job.attempts,
  maxAttempts: job.maxAttempts,
  progress: job.progress,
  lastError: job.lastError,
  runAt: job.runAt.toISOString(),
  createdAt: job.createdAt.toISOString(),
  updatedAt: job.updatedAt.toISOString(),
  finishedAt: job.finishedAt?.toISOString() ?? null,
});

export function backgroundJobsRoutes(app: App, services: Services) {
  const tags = ['background jobs'];
  app.get(
    '/background-jobs',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Background jobs of your organisation (failed ones are kept)',
        querystring: pageQuery.extend({ status: z.enum(backgroundJobStatuses).optional() }),
        response: { 200: z.object({ items: z.array(jobSchema), total: z.number().int() }) },
      },
    },
    async (request) => {
      const { items, total } = await services.queue.list(authOf(request).orgId, request.query);
      return { items: items.map(presentJob), total };
    },
  );

  app.get(
    '/background-jobs/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'One background job and its progress',
        params: idParams,
        response: { 200: z.object({ job: jobSchema }) },
      },
    },
    async (request) => ({
      job: presentJob(await services.queue.get(authOf(request).orgId, request.params.id)),
    }),
  );

  app.post(
    '/background-jobs/:id/retry',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Run a failed job again',
        params: idParams,
        response: { 200: z.object({ job: jobSchema }) },
      },
    },
    async (request) => ({
      job: presentJob(await services.queue.retry(authOf(request).orgId, request.params.id)),
    }),
  );
}
