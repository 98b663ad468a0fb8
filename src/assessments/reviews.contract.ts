// The HTTP shapes of reviewer rubrics: the rubric with its anchored levels, reviews, their summary, the hand-in.
import { z } from 'zod';
import { ratingSchema } from '../interviews/scorecard.ts';

export const rubricSchema = z
  .object({
    criteria: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        guidance: z.string(),
        levels: z.array(z.object({ score: ratingSchema, description: z.string() })),
      }),
    ),
  })
  .meta({ id: 'Rubric' });

const scoresSchema = z.array(
  z.object({
    criterionId: z.string(),
    score: ratingSchema,
    evidence: z.string().describe('What in the hand-in supports the score'),
  }),
);

export const reviewBody = z.object({
  scores: z
    .array(
      z.object({
        criterionId: z.string().min(1).max(80),
        score: ratingSchema.describe('1 Poor, 2 Weak, 3 Solid, 4 Exceptional: the rubric anchors each level'),
        evidence: z.string().max(4000),
      }),
    )
    .min(1)
    .max(20)
    .describe('Every criterion of the rubric, once'),
  comment: z.string().max(8000).describe('The overall impression, in a sentence or two'),
});

export const exerciseReviewSchema = z
  .object({
    id: z.uuid(),
    reviewer: z.object({ id: z.uuid(), name: z.string() }),
    scores: scoresSchema,
    comment: z.string(),
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'ExerciseReview' });

export const reviewSummarySchema = z.object({
  reviews: z.number().int(),
  criteria: z.array(z.object({ criterionId: z.string(), title: z.string(), average: z.number().nullable() })),
  averageRating: z.number().nullable().describe('1–4, the mean of the criterion means'),
  score: z.number().nullable(),
  maxScore: z.number().int(),
  verdict: z.enum(['pass', 'borderline', 'fail']).nullable(),
});

export const reviewViewSchema = z.object({
  submission: z.object({
    id: z.uuid(),
    invitationId: z.uuid(),
    applicationId: z.uuid(),
    filename: z.string(),
    format: z.string(),
    sizeBytes: z.number().int(),
    submittedAt: z.iso.datetime(),
    fileId: z.uuid().nullable().describe('Download with GET /files/{fileId} (inline=true shows a PDF)'),
  }),
  exercise: z.object({ id: z.string(), title: z.string(), rubric: rubricSchema }),
  canReview: z.boolean().describe('Admins, hiring managers and interviewers review'),
  myReview: exerciseReviewSchema.nullable(),
  reviews: z
    .array(exerciseReviewSchema)
    .describe("The reviews you may read: others' appear once you submit yours"),
  hiddenReviews: z
    .number()
    .int()
    .describe('Reviews submitted by others that stay hidden until you submit yours'),
  summary: reviewSummarySchema.describe('Over the reviews you may read'),
});

export const handInSchema = z.object({
  filename: z.string(),
  format: z.string(),
  fileId: z.uuid().nullable(),
  problem: z.string().nullable(),
  files: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(['markdown', 'text', 'pdf', 'code', 'other']),
      sizeBytes: z.number().int(),
      text: z.string().nullable().describe("The file's text (a PDF's extracted text); null when it has none"),
      truncated: z.boolean(),
    }),
  ),
});
