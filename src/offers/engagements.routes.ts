import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import {
  decideEngagement,
  type EngagementRow,
  getEngagement,
  listEngagements,
  phaseOf,
  replacementsForJob,
} from './engagements.service.ts';
import { engagementDecisionSchema } from './engagements.ts';

const hiringTeam = ['admin', 'recruiter', 'hiring_manager'] as const;

const presentEngagement = (row: EngagementRow) => ({
  id: row.id,
  applicationId: row.applicationId,
  candidateId: row.candidateId,
  jobId: row.jobId,
  offerId: row.offerId,
  kind: row.kind,
  startDate: row.startDate,
  endDate: row.endDate,
  status: row.status,
  ...(row.status === 'running' ? { timing: phaseOf(row) } : { timing: null }),
  decisions: row.decisions,
});

export function engagementsRoutes(app: App, services: Services) {
  const tags = ['engagements'];

  app.get(
    '/engagements',
    {
      config: { access: hiringTeam },
      schema: { tags, summary: 'Paid trials, contracts and contract-to-hire engagements, latest end first' },
    },
    async (request) => ({
      items: (await listEngagements(services.db, authOf(request).orgId)).map((row) => ({
        ...presentEngagement(row.engagement),
        candidateName: row.candidateName,
        jobTitle: row.jobTitle,
      })),
    }),
  );

  app.get(
    '/engagements/:id',
    {
      config: { access: hiringTeam },
      schema: { tags, summary: 'An engagement, its phase and when its decision is due', params: idParams },
    },
    async (request) => ({
      engagement: presentEngagement(
        await getEngagement(services.db, authOf(request).orgId, request.params.id),
      ),
    }),
  );

  app.post(
    '/engagements/:id/decision',
    {
      config: { access: ['admin', 'hiring_manager'] },
      schema: {
        tags,
        summary:
          'Convert, extend or end, with the rationale; end with requestReplacement reopens the job and lists the next-best candidates',
        params: idParams,
        body: engagementDecisionSchema,
      },
    },
    async (request) => {
      const result = await decideEngagement(services, authOf(request), request.params.id, request.body);
      return {
        engagement: presentEngagement(result.engagement),
        outcome: result.outcome,
        jobReopened: result.jobReopened,
        replacements: result.replacements,
      };
    },
  );

  app.get(
    '/jobs/:id/replacements',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          "The job's next-best candidates already in its pipeline, by scorecards and exercise, without the one who left",
        params: idParams,
        querystring: z.object({ excluding: z.uuid().optional().describe('The candidate who left') }),
      },
    },
    async (request) => ({
      items: await replacementsForJob(
        services.db,
        authOf(request).orgId,
        request.params.id,
        request.query.excluding ?? null,
      ),
    }),
  );
}
