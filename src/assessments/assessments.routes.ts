import { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { exerciseSchema, invitationSchema, sendInvitationBody } from './assessments.contract.ts';
import { presentExercise, presentInvitation } from './assessments.presenters.ts';
import {
  getInvitation,
  listApplicationInvitations,
  listExercises,
  sendExerciseInvitation,
} from './assessments.service.ts';
import { withSimilarity } from './similarity/similarity.service.ts';

const tags = ['assessments'];
const senders = ['admin', 'recruiter', 'hiring_manager'] as const;
// Interviewers read the results too: the report is evidence for their debrief.
const readers = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;

export function assessmentsRoutes(app: App, services: Services) {
  app.get(
    '/exercises',
    {
      config: { access: readers },
      schema: {
        tags,
        summary:
          "The practical-exercise library — Hirebench's exercises, then your organisation's own — each with its brief (Markdown) and suggested time",
        response: { 200: z.object({ items: z.array(exerciseSchema) }) },
      },
    },
    async (request) => ({
      items: (await listExercises(services.db, authOf(request).orgId)).map(presentExercise),
    }),
  );

  app.post(
    '/applications/:id/exercise-invitations',
    {
      config: { access: senders },
      schema: {
        tags,
        summary:
          'E-mail the candidate an expiring link of their own to a practical exercise (their time starts when they press Start)',
        params: idParams,
        body: sendInvitationBody,
        response: {
          201: z.object({
            invitation: invitationSchema,
            url: z.string().describe('Shown once: only its hash is stored'),
          }),
        },
      },
    },
    async (request, reply) => {
      const { invitation, url, exerciseTitle } = await sendExerciseInvitation(
        services,
        authOf(request),
        request.params.id,
        request.body,
      );
      return reply
        .status(201)
        .send({ invitation: presentInvitation({ invitation, submission: null, exerciseTitle }), url });
    },
  );

  app.get(
    '/applications/:id/exercise-invitations',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: "The exercises sent for an application, newest first, each with its latest upload's grading",
        params: idParams,
        response: { 200: z.object({ items: z.array(invitationSchema) }) },
      },
    },
    async (request) => {
      const { orgId } = authOf(request);
      const items = await listApplicationInvitations(services.db, orgId, request.params.id);
      return { items: (await withSimilarity(services.db, orgId, items)).map(presentInvitation) };
    },
  );

  app.get(
    '/exercise-invitations/:id',
    {
      config: { access: readers },
      schema: {
        tags,
        summary: 'One exercise invitation with the latest upload, its grading progress and its report',
        params: idParams,
        response: { 200: z.object({ invitation: invitationSchema }) },
      },
    },
    async (request) => {
      const { orgId } = authOf(request);
      const found = await getInvitation(services.db, orgId, request.params.id);
      return { invitation: presentInvitation((await withSimilarity(services.db, orgId, [found]))[0]!) };
    },
  );
}
