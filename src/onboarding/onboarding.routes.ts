import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import {
  addReview,
  type ItemRow,
  listPlans,
  markItem,
  type PlanRow,
  planDetail,
  type ReviewRow,
  updatePlan,
} from './onboarding.service.ts';

const presentPlan = (row: PlanRow) => ({
  id: row.id,
  offerId: row.offerId,
  applicationId: row.applicationId,
  candidateId: row.candidateId,
  jobId: row.jobId,
  engagement: row.engagement,
  startDate: row.startDate,
  firstDay: row.firstDay,
  managerId: row.managerId,
  buddyId: row.buddyId,
  createdAt: row.createdAt.toISOString(),
});

const presentItem = (row: ItemRow) => ({
  id: row.id,
  key: row.key,
  phase: row.phase,
  kind: row.kind,
  title: row.title,
  description: row.description,
  measure: row.measure,
  checkpoint: row.checkpoint,
  ownerRole: row.ownerRole,
  ownerId: row.ownerId,
  dueDate: row.dueDate,
  doneAt: row.doneAt?.toISOString() ?? null,
  doneBy: row.doneBy,
});

const presentReview = (row: ReviewRow) => ({
  id: row.id,
  checkpoint: row.checkpoint,
  rating: row.rating,
  notes: row.notes,
  reviewerId: row.reviewerId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function onboardingRoutes(app: App, services: Services) {
  const tags = ['onboarding'];

  app.get(
    '/onboarding-plans',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Onboarding plans; mine=true: those you manage or are the buddy for (always so for interviewers)',
        querystring: z.object({ mine: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (request) => ({
      items: (await listPlans(services.db, authOf(request), { mine: request.query.mine === 'true' })).map(
        (row) => ({
          ...presentPlan(row.plan),
          candidateName: row.candidateName,
          jobTitle: row.jobTitle,
          progress: { done: row.done, total: row.total },
          nextDue: row.nextDue,
          overdue: row.overdue,
        }),
      ),
    }),
  );

  app.get(
    '/onboarding-plans/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The checklist, grouped by phase, with owners, due dates and the reviews',
        params: idParams,
      },
    },
    async (request) => {
      const detail = await planDetail(services.db, authOf(request), request.params.id);
      return {
        plan: {
          ...presentPlan(detail.plan),
          candidate: detail.candidate,
          job: detail.job,
          phases: detail.phases.map((phase) => ({ ...phase, items: phase.items.map(presentItem) })),
          reviews: detail.reviews.map(presentReview),
          people: detail.people.map((person) => ({ id: person.id, name: person.name })),
        },
      };
    },
  );

  app.patch(
    '/onboarding-plans/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Name the buddy or change the manager; their items follow them',
        params: idParams,
        body: z.object({ managerId: z.uuid().optional(), buddyId: z.uuid().nullable().optional() }),
      },
    },
    async (request) => ({
      plan: presentPlan(await updatePlan(services, authOf(request), request.params.id, request.body)),
    }),
  );

  app.post(
    '/onboarding-items/:id/done',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Check an item off', params: idParams },
    },
    async (request) => ({
      item: presentItem(await markItem(services, authOf(request), request.params.id, true)),
    }),
  );

  app.post(
    '/onboarding-items/:id/undo',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Mark a checked item as not done again', params: idParams },
    },
    async (request) => ({
      item: presentItem(await markItem(services, authOf(request), request.params.id, false)),
    }),
  );

  app.post(
    '/onboarding-plans/:id/reviews',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Record the 30/60/90-day review (saving again replaces it)',
        params: idParams,
        body: z.object({
          checkpoint: z.union([z.literal(30), z.literal(60), z.literal(90)]),
          rating: z.number().int().min(1).max(4).describe('1 well below … 4 well above expectations'),
          notes: z.string().trim().min(2).max(8000),
        }),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        review: presentReview(await addReview(services, authOf(request), request.params.id, request.body)),
      }),
  );
}
