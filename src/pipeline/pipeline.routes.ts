import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import * as pipeline from './pipeline.service.ts';
import { rejectionReasonCodes, rejectionReasons } from './stages.ts';

const movers = ['admin', 'recruiter', 'hiring_manager'] as const;
const tags = ['pipeline'];

const stageSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(['intake', 'interview', 'offer', 'hired']),
    position: z.number().int(),
    targetDays: z.number().int().nullable(),
  })
  .meta({ id: 'Stage' });

const cardSchema = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid(),
    name: z.string(),
    headline: z.string().nullable(),
    location: z.string().nullable(),
    source: z.string(),
    tags: z.array(z.string()),
    skills: z.array(z.string()),
    totalYears: z.number().nullable(),
    stage: z.string(),
    status: z.string(),
    daysInStage: z.number().int(),
    stalled: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'BoardCard' });

const emailPlan = z
  .object({
    templateKey: z.string().min(1).max(60),
    delayHours: z
      .number()
      .min(0)
      .max(24 * 14)
      .default(0),
  })
  .optional();
const applicationIds = z.array(z.uuid()).min(1).max(2000);

const bulkBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('move'), applicationIds, stage: z.string().min(1).max(40), email: emailPlan }),
  z.object({
    action: z.literal('reject'),
    applicationIds,
    reason: z.enum(rejectionReasonCodes),
    email: emailPlan,
  }),
  z.object({
    action: z.literal('tag'),
    applicationIds,
    add: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
    remove: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
  }),
  z.object({ action: z.literal('withdraw'), applicationIds }),
  z.object({
    action: z.literal('email'),
    applicationIds,
    email: z.object({
      templateKey: z.string().min(1).max(60),
      delayHours: z.number().min(0).max(336).default(0),
    }),
  }),
]);

const sendAt = (plan?: { delayHours: number }) =>
  plan && plan.delayHours > 0 ? new Date(Date.now() + plan.delayHours * 3_600_000) : undefined;

export function pipelineRoutes(app: App, services: Services) {
  app.get(
    '/rejection-reasons',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Reason codes for rejecting a candidate',
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), label: z.string() })) }) },
      },
    },
    async () => ({ items: rejectionReasons.map(({ code, label }) => ({ code, label })) }),
  );

  app.get(
    '/jobs/:id/board',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The job’s pipeline board: stages and a card per application',
        params: idParams,
        querystring: z.object({
          skill: z.string().max(80).optional(),
          source: z.string().max(40).optional(),
          tag: z.string().max(40).optional(),
          minDaysInStage: z.coerce.number().int().min(0).max(3650).optional(),
          includeClosed: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ stages: z.array(stageSchema), cards: z.array(cardSchema) }) },
      },
    },
    async (request) => {
      const { stages, cards } = await pipeline.jobBoard(services, authOf(request), request.params.id, {
        ...request.query,
        includeClosed: request.query.includeClosed === 'true',
      });
      return {
        stages: stages.map(({ key, name, kind, position, targetDays }) => ({
          key,
          name,
          kind,
          position,
          targetDays,
        })),
        cards: cards.map((card) => ({ ...card, createdAt: card.createdAt.toISOString() })),
      };
    },
  );

  app.put(
    '/jobs/:id/stages',
    {
      config: { access: movers },
      schema: {
        tags,
        summary: 'Rename, reorder, add or remove a job’s stages and their target days',
        params: idParams,
        body: z.object({
          stages: z
            .array(
              z.object({
                key: z
                  .string()
                  .regex(/^[a-z0-9_]{1,40}$/)
                  .optional(),
                name: z.string().trim().min(2).max(60),
                kind: z.enum(['intake', 'interview', 'offer', 'hired']),
                targetDays: z.number().int().min(1).max(90).nullable(),
              }),
            )
            .min(2)
            .max(15),
        }),
        response: { 200: z.object({ stages: z.array(stageSchema) }) },
      },
    },
    async (request) => {
      const stages = await pipeline.editStages(
        services,
        authOf(request),
        request.params.id,
        request.body.stages,
      );
      return {
        stages: stages.map(({ key, name, kind, position, targetDays }) => ({
          key,
          name,
          kind,
          position,
          targetDays,
        })),
      };
    },
  );

  app.post(
    '/jobs/:id/applications/bulk',
    {
      config: { access: movers },
      schema: {
        tags,
        summary: 'Move, reject, tag or e-mail several applications of a job at once (one transaction)',
        description:
          'Rejection and stage e-mails use the organisation’s templates; delayHours queues the e-mail for later.',
        params: idParams,
        body: bulkBody,
        response: { 200: z.object({ affected: z.number().int() }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const jobId = request.params.id;
      const body = request.body;
      switch (body.action) {
        case 'move': {
          const email = body.email
            ? { templateKey: body.email.templateKey, sendAt: sendAt(body.email) }
            : undefined;
          return {
            affected: (
              await pipeline.moveApplications(services, auth, jobId, body.applicationIds, body.stage, email)
            ).moved,
          };
        }
        case 'reject': {
          const email = body.email
            ? { templateKey: body.email.templateKey, sendAt: sendAt(body.email) }
            : undefined;
          return {
            affected: (
              await pipeline.rejectApplications(
                services,
                auth,
                jobId,
                body.applicationIds,
                body.reason,
                email,
              )
            ).rejected,
          };
        }
        case 'withdraw':
          return {
            affected: (await pipeline.withdrawApplications(services, auth, jobId, body.applicationIds))
              .withdrawn,
          };
        case 'tag':
          return {
            affected: (await pipeline.tagApplicants(services, auth, jobId, body.applicationIds, body)).tagged,
          };
        case 'email':
          return {
            affected: (
              await pipeline.emailApplications(services, auth, jobId, body.applicationIds, {
                templateKey: body.email.templateKey,
                sendAt: sendAt(body.email),
              })
            ).emailed,
          };
      }
    },
  );
}
