import type { z } from 'zod';
import { idParams } from '../accounts/accounts.contract.ts';
import { authOf } from '../platform/http/auth-hooks.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { type exerciseReviewSchema, handInSchema, reviewBody, reviewViewSchema } from './reviews.contract.ts';
import {
  handInOf,
  type ReviewWithReviewer,
  reviewerRoles,
  reviewView,
  saveReview,
} from './reviews.service.ts';

const tags = ['assessments'];
const readers = ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const;
/** Enough of any one file to read it in the page; the whole upload stays downloadable. */
const maxFileChars = 300_000;
const maxTotalChars = 2_000_000;

const presentReview = ({
  review,
  reviewerName,
}: ReviewWithReviewer): z.infer<typeof exerciseReviewSchema> => ({
  id: review.id,
  reviewer: { id: review.reviewerId, name: reviewerName },
  scores: review.scores.map((entry) => ({ ...entry })),
  comment: review.comment,
  submittedAt: review.submittedAt.toISOString(),
});

export function reviewsRoutes(app: App, services: Services) {
  const view = async (auth: Parameters<typeof reviewView>[1], id: string) => {
    const found = await reviewView(services, auth, id);
    return {
      submission: {
        id: found.submission.id,
        invitationId: found.invitation.id,
        applicationId: found.invitation.applicationId,
        filename: found.submission.filename,
        format: found.submission.format,
        sizeBytes: found.submission.sizeBytes,
        submittedAt: found.submission.submittedAt.toISOString(),
        fileId: found.submission.fileId,
      },
      exercise: {
        id: found.exercise.id,
        title: found.exercise.title,
        rubric: {
          criteria: found.exercise.rubric.criteria.map((criterion) => ({
            ...criterion,
            levels: criterion.levels.map((level) => ({ ...level })),
          })),
        },
      },
      canReview: found.canReview,
      myReview: found.mine ? presentReview(found.mine) : null,
      reviews: found.visible.map(presentReview),
      hiddenReviews: found.hidden,
      summary: found.summary,
    };
  };

  app.get(
    '/exercise-submissions/:id/review',
    {
      config: { access: readers },
      schema: {
        tags,
        summary:
          "A written exercise's hand-in for review: the rubric with its anchored levels, your review, the others' once you submitted yours, and their summary",
        params: idParams,
        response: { 200: reviewViewSchema },
      },
    },
    async (request) => view(authOf(request), request.params.id),
  );

  app.put(
    '/exercise-submissions/:id/review',
    {
      config: { access: reviewerRoles },
      schema: {
        tags,
        summary:
          'Submit your review of a written exercise: every criterion scored 1–4 with the evidence, and an overall comment (saving again replaces it)',
        params: idParams,
        body: reviewBody,
        response: { 200: reviewViewSchema, 201: reviewViewSchema },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const { created } = await saveReview(services, auth, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(await view(auth, request.params.id));
    },
  );

  app.get(
    '/exercise-submissions/:id/hand-in',
    {
      config: { access: readers },
      schema: {
        tags,
        summary:
          "A written exercise's hand-in as text, file by file (an archive is unpacked safely, a PDF's text extracted); download the original with GET /files/{fileId}",
        params: idParams,
        response: { 200: handInSchema },
      },
    },
    async (request) => {
      const { submission, handIn } = await handInOf(services, authOf(request), request.params.id);
      let budget = maxTotalChars;
      return {
        filename: submission.filename,
        format: submission.format,
        fileId: submission.fileId,
        problem: handIn.problem,
        files: handIn.files.map((file) => {
          const allowed = Math.max(0, Math.min(maxFileChars, budget));
          const text = file.text === null ? null : file.text.slice(0, allowed);
          budget -= text?.length ?? 0;
          return { ...file, text, truncated: file.text !== null && file.text.length > allowed };
        }),
      };
    },
  );
}
