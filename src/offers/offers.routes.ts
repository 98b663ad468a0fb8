import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { AppError, invalid } from '../platform/errors.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { approvalStepSchema, approvalTriggers } from './approvals.ts';
import { templateProblems, variablesFor } from './offer-letter.ts';
import { sendLetterPdf } from './offer-pdf.ts';
import { offerEngagements, offerTermsSchema } from './offer-terms.ts';
import { presentChain, presentOffer, presentOfferListItem } from './offers.presenters.ts';
import {
  createChain,
  createOffer,
  decideOffer,
  deleteChain,
  deleteLetterTemplate,
  getLetterTemplate,
  listLetterTemplates,
  listOfferViews,
  offerDetail,
  readableOffer,
  renderLetter,
  saveLetterTemplate,
  sendOffer,
  shippedKeyProblem,
  submitForApproval,
  updateChain,
  updateOffer,
  withdrawOffer,
} from './offers.service.ts';
import { getOffer, listChains } from './offers.store.ts';
import { offerStatuses } from './offers.tables.ts';

const hiringTeam = ['admin', 'recruiter', 'hiring_manager'] as const;

const chainBody = z.object({
  name: z.string().trim().min(2).max(120),
  appliesWhen: z.enum(approvalTriggers).default('always').describe('always | when_outside_band'),
  steps: z
    .array(approvalStepSchema)
    .min(1)
    .max(10)
    .describe('Run in order; each needs `required` of its approvers'),
  position: z.number().int().min(0).max(1000).optional().describe('Order among the chains (lowest first)'),
});

const letterChoice = {
  letterTemplateKey: z.string().trim().min(1).max(60).nullable().optional(),
  customLetter: z
    .string()
    .trim()
    .min(20)
    .max(20_000)
    .nullable()
    .optional()
    .describe('A letter body for this offer only'),
};

export function offersRoutes(app: App, services: Services) {
  const tags = ['offers'];

  // ─── Approval chains ───────────────────────────────────────────────────────────────────────────────

  app.get(
    '/approval-chains',
    {
      config: { access: hiringTeam },
      schema: { tags, summary: "The organisation's offer approval chains, in the order they run" },
    },
    async (request) => ({ items: (await listChains(services.db, authOf(request).orgId)).map(presentChain) }),
  );

  app.post(
    '/approval-chains',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Add an approval chain of ordered steps, each needing N of M approvers',
        body: chainBody,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ chain: presentChain(await createChain(services, authOf(request), request.body)) }),
  );

  app.put(
    '/approval-chains/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Replace a chain (offers already in approval keep the chain they started with)',
        params: idParams,
        body: chainBody,
      },
    },
    async (request) => ({
      chain: presentChain(await updateChain(services, authOf(request), request.params.id, request.body)),
    }),
  );

  app.delete(
    '/approval-chains/:id',
    {
      config: { access: ['admin'] },
      schema: { tags, summary: 'Remove an approval chain', params: idParams },
    },
    async (request, reply) => {
      await deleteChain(services, authOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  // ─── Letter templates ──────────────────────────────────────────────────────────────────────────────

  app.get(
    '/offer-letter-templates',
    {
      config: { access: hiringTeam },
      schema: { tags, summary: "The organisation's offer letter templates and the shipped defaults" },
    },
    async (request) => {
      const { custom, defaults } = await listLetterTemplates(services.db, authOf(request).orgId);
      return {
        items: custom.map((row) => ({
          key: row.key,
          name: row.name,
          engagement: row.engagement,
          title: row.title,
          body: row.body,
          updatedAt: row.updatedAt.toISOString(),
        })),
        defaults,
      };
    },
  );

  const keyParams = z.object({ key: z.string().trim().min(1).max(60) });
  const presentLetterTemplate = (found: Awaited<ReturnType<typeof getLetterTemplate>>) => {
    const template = found.row ?? found.shipped!;
    return {
      template: {
        key: template.key,
        name: template.name,
        engagement: template.engagement,
        title: template.title,
        body: template.body,
        shipped: found.shipped !== null,
        customised: found.row !== null,
        updatedAt: found.row?.updatedAt.toISOString() ?? null,
      },
      variables: variablesFor(template.engagement),
      shippedText: found.shipped,
    };
  };

  app.get(
    '/offer-letter-templates/:key',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          "One letter template: the organisation's copy or the shipped default, with the {{variables}} it may use",
        params: keyParams,
      },
    },
    async (request) =>
      presentLetterTemplate(await getLetterTemplate(services.db, authOf(request).orgId, request.params.key)),
  );

  app.delete(
    '/offer-letter-templates/:key',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        summary:
          "Delete the organisation's template; for a shipped default's key, the letter goes back to the shipped text",
        params: keyParams,
      },
    },
    async (request, reply) => {
      await deleteLetterTemplate(services, authOf(request), request.params.key);
      return reply.status(204).send();
    },
  );

  app.put(
    '/offer-letter-templates/:key',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        summary: 'Save an organisation letter template ({{variables}} checked against its engagement model)',
        params: z.object({ key: z.string().trim().min(1).max(60) }),
        body: z.object({
          name: z.string().trim().min(2).max(120),
          engagement: z.enum(offerEngagements),
          title: z.string().trim().min(2).max(200),
          body: z.string().trim().min(20).max(20_000),
        }),
      },
    },
    async (request) => {
      const template = { ...request.body, key: request.params.key };
      const keyProblem = shippedKeyProblem(template);
      if (keyProblem) throw invalid('engagement', keyProblem);
      const problems = templateProblems(template);
      if (problems.length > 0) {
        throw new AppError(
          'validation_failed',
          problems[0]!.message,
          problems.map((problem) => ({ path: 'body', message: problem.message })),
        );
      }
      const row = await saveLetterTemplate(services, authOf(request), template);
      return {
        template: {
          key: row.key,
          name: row.name,
          engagement: row.engagement,
          title: row.title,
          body: row.body,
        },
      };
    },
  );

  // ─── Offers ────────────────────────────────────────────────────────────────────────────────────────

  const detail = async (id: string, orgId: string) =>
    presentOffer(await offerDetail(services.db, await getOffer(services.db, orgId, id)));

  app.post(
    '/applications/:id/offers',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          'Draft an offer for a candidate in an Offer stage; the answer includes its first-year cost and the band check',
        params: idParams,
        body: z.object({ terms: offerTermsSchema, ...letterChoice }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const offer = await createOffer(services, auth, request.params.id, request.body);
      return reply.status(201).send({ offer: await detail(offer.id, auth.orgId) });
    },
  );

  app.get(
    '/offers',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          'Offers, newest first, optionally by status: candidate, job, first-year cost, band check and approval progress (`waitingForYou` when the caller may approve now)',
        querystring: z.object({ status: z.enum(offerStatuses).optional() }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const views = await listOfferViews(services.db, auth, request.query);
      return { items: views.map((view) => presentOfferListItem(view, auth.user.id)) };
    },
  );

  app.get(
    '/offers/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'An offer: terms, first-year cost, band check, approval state and the letter as text',
        params: idParams,
      },
    },
    async (request) => {
      const offer = await readableOffer(services.db, authOf(request), request.params.id);
      return { offer: presentOffer(await offerDetail(services.db, offer)) };
    },
  );

  app.patch(
    '/offers/:id',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          'Change an offer before it is sent; a change to what the candidate is offered restarts approval (approvers are e-mailed again)',
        params: idParams,
        body: z.object({ terms: offerTermsSchema.optional(), ...letterChoice }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { offer, restart } = await updateOffer(services, auth, request.params.id, request.body);
      return {
        offer: await detail(offer.id, auth.orgId),
        approvalRestarted: restart.restart && offer.status !== 'draft',
        change: restart,
      };
    },
  );

  app.post(
    '/offers/:id/submit-for-approval',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary: "Start approval: the current step's approvers are e-mailed",
        params: idParams,
      },
    },
    async (request) => {
      const auth = authOf(request);
      const offer = await submitForApproval(services, auth, request.params.id);
      return { offer: await detail(offer.id, auth.orgId) };
    },
  );

  app.post(
    '/offers/:id/approvals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Approve or reject as an approver of the current step (a rejection needs a comment)',
        params: idParams,
        body: z.object({
          decision: z.enum(['approve', 'reject']),
          comment: z.string().trim().max(2000).default(''),
        }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const offer = await decideOffer(services, auth, request.params.id, request.body);
      return reply.status(201).send({ offer: await detail(offer.id, auth.orgId) });
    },
  );

  app.get(
    '/offers/:id/letter.pdf',
    {
      config: { access: hiringTeam },
      schema: { tags, summary: 'The offer letter as a PDF', params: idParams },
    },
    async (request, reply) => {
      const offer = await readableOffer(services.db, authOf(request), request.params.id);
      return sendLetterPdf(reply, await renderLetter(services.db, offer));
    },
  );

  app.post(
    '/offers/:id/send',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary:
          'E-mail the approved offer to the candidate with a secure, expiring link (sending again replaces the link)',
        params: idParams,
        body: z
          .object({ expiresInDays: z.number().int().min(1).max(60).default(14) })
          .default({ expiresInDays: 14 }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { offer } = await sendOffer(services, auth, request.params.id, request.body);
      return { offer: await detail(offer.id, auth.orgId) };
    },
  );

  app.post(
    '/offers/:id/withdraw',
    {
      config: { access: hiringTeam },
      schema: {
        tags,
        summary: "Withdraw an offer that is not yet answered; the candidate's link stops working",
        params: idParams,
        body: z.object({ reason: z.string().trim().min(2).max(2000) }),
      },
    },
    async (request) => {
      const auth = authOf(request);
      const offer = await withdrawOffer(services, auth, request.params.id, request.body.reason);
      return { offer: await detail(offer.id, auth.orgId) };
    },
  );
}
