import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '../accounts/accounts.tables.ts';
import { conflict } from '../platform/errors.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import { jobSchema, presentJob } from '../platform/jobs/jobs.routes.ts';
import type { Services } from '../platform/services.ts';
import { seedDemoJob } from './demo-seed.ts';

export function demoRoutes(app: App, services: Services) {
  app.post(
    '/demo-data',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['demo'],
        summary: 'Fill your organisation with realistic demo data (runs in the background)',
        response: { 202: z.object({ job: jobSchema }) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const [organisation] = await services.db
        .select({ demoSeededAt: organisations.demoSeededAt })
        .from(organisations)
        .where(eq(organisations.id, auth.orgId));
      if (organisation?.demoSeededAt) throw conflict('Demo data is already loaded in this organisation.');
      const job = await services.queue.enqueue(
        services.db,
        seedDemoJob,
        { orgId: auth.orgId, actorUserId: auth.user.id },
        { orgId: auth.orgId },
      );
      return reply.status(202).send({ job: presentJob(job) });
    },
  );
}
