import { z } from 'zod';
import { emailSchema, idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { organisationCalibration } from './calibration.service.ts';
import {
  listReferences,
  publicReference,
  type ReferenceRow,
  referenceQuestions,
  requestReference,
  submitReference,
} from './references.service.ts';

const answer = z.string().trim().min(1, 'Please answer this question.').max(4000);
const answersSchema = z.object({
  deadlinesMet: answer,
  technicalDisagreements: answer,
  problemsFlaggedEarly: answer,
  wouldWorkAgain: z.enum(['yes', 'maybe', 'no']),
  wouldWorkAgainWhy: z.string().trim().max(4000).default(''),
  comments: z.string().trim().max(4000).default(''),
});

const referenceSchema = z
  .object({
    id: z.uuid(),
    refereeName: z.string(),
    refereeEmail: z.string(),
    relationship: z.string(),
    status: z.enum(['requested', 'received', 'expired']),
    requestedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
    answers: answersSchema.nullable(),
  })
  .meta({ id: 'Reference' });

const presentReference = (row: ReferenceRow): z.infer<typeof referenceSchema> => ({
  id: row.id,
  refereeName: row.refereeName,
  refereeEmail: row.refereeEmail,
  relationship: row.relationship,
  status: row.submittedAt ? 'received' : row.expiresAt.getTime() <= Date.now() ? 'expired' : 'requested',
  requestedAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  submittedAt: row.submittedAt?.toISOString() ?? null,
  answers: row.answers ?? null,
});

const tokenParams = z.object({ token: z.string().min(10).max(200) });
const writers = ['admin', 'recruiter', 'hiring_manager'] as const;

export function referencesRoutes(app: App, services: Services) {
  const tags = ['references'];

  app.post(
    '/candidates/:id/references',
    {
      config: { access: writers },
      schema: {
        tags,
        summary: 'Ask a referee for a reference: they get an e-mailed link to structured questions',
        params: idParams,
        body: z.object({
          refereeName: z.string().trim().min(1).max(160),
          refereeEmail: emailSchema,
          relationship: z.string().trim().min(2).max(200).describe('e.g. "Her manager at Acme, 2021–2024"'),
        }),
        response: { 201: z.object({ reference: referenceSchema }) },
      },
    },
    async (request, reply) => {
      const { reference } = await requestReference(
        services,
        authOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ reference: presentReference(reference) });
    },
  );

  app.get(
    '/candidates/:id/references',
    {
      config: { access: writers },
      schema: {
        tags,
        summary: "The candidate's reference requests and the answers received",
        params: idParams,
        response: {
          200: z.object({
            items: z.array(referenceSchema),
            questions: z.array(z.object({ key: z.string(), question: z.string() })),
          }),
        },
      },
    },
    async (request) => ({
      items: (await listReferences(services.db, authOf(request), request.params.id)).map(presentReference),
      questions: referenceQuestions.map((entry) => ({
        key: entry.key,
        question: entry.question.replaceAll('{name}', 'the candidate'),
      })),
    }),
  );

  app.get(
    '/public/references/:token',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'For the referee: whom the reference is about, and the questions',
        params: tokenParams,
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return publicReference(services, request.params.token);
    },
  );

  app.post(
    '/public/references/:token',
    {
      // The token is the only credential and no session is involved: nothing for CSRF to protect.
      config: { access: 'public', csrf: false, rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'For the referee: submit the answers (once)',
        params: tokenParams,
        body: answersSchema,
      },
    },
    async (request, reply) => {
      await submitReference(services, request.params.token, request.body);
      return reply.status(201).send({ received: true });
    },
  );

  app.get(
    '/interviewers/calibration',
    {
      config: { access: ['admin', 'hiring_manager'] },
      schema: {
        tags: ['interviews'],
        summary:
          'Per interviewer: rating distribution, average against the panel on the same candidates, strong-call share and interviews per week',
        querystring: z.object({
          from: z.iso.datetime({ offset: true }).optional().describe('Default: 90 days ago'),
          to: z.iso.datetime({ offset: true }).optional().describe('Default: now'),
        }),
      },
    },
    async (request) => {
      const to = request.query.to ? new Date(request.query.to) : new Date();
      const from = request.query.from
        ? new Date(request.query.from)
        : new Date(to.getTime() - 90 * 86_400_000);
      const items = await organisationCalibration(services.db, authOf(request).orgId, { from, to });
      return { from: from.toISOString(), to: to.toISOString(), items };
    },
  );
}
