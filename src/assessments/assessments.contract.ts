// The HTTP shapes of practical exercises: what the hiring team sends and reads, and what the candidate's portal shows.
import { z } from 'zod';
import {
  exerciseInvitationStatuses,
  exerciseRatings,
  gradingStatuses,
  similarityStatuses,
} from './assessments.tables.ts';

export const exerciseSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    timeLimitMinutes: z.number().int(),
    kind: z
      .enum(['service', 'schema', 'rubric'])
      .describe(
        "service: the candidate's service is run and checked over HTTP; schema: their migration is applied to a scratch database and inspected; rubric: reviewed by a person",
      ),
    checks: z.number().int().describe('How many hidden checks the grader runs'),
    brief: z.string().describe('Markdown'),
    source: z
      .enum(['shipped', 'own'])
      .describe(
        "shipped: Hirebench's library; own: made by your organisation (editable under /exercises/{id})",
      ),
    checkSource: z
      .enum(['checks', 'postman', 'openapi'])
      .nullable()
      .describe('Where the hidden checks of an own exercise come from; null for shipped ones'),
  })
  .meta({ id: 'Exercise' });

export const sendInvitationBody = z.object({
  exerciseId: z.string().min(1).max(80),
  timeLimitMinutes: z
    .number()
    .int()
    .min(15)
    .max(14 * 24 * 60)
    .optional()
    .describe("From the start button to the deadline; the exercise's suggested time by default"),
  linkValidDays: z
    .number()
    .int()
    .min(1)
    .max(30)
    .optional()
    .describe('How long the candidate has to start (7 days)'),
});

export const similaritySchema = z
  .object({
    status: z.enum(similarityStatuses).describe('unreadable: the hand-in could not be read to compare it'),
    note: z.string().nullable(),
    score: z.number().nullable().describe('0…1'),
    flagged: z.boolean().describe('Similar enough to deserve a look — never a verdict on its own'),
    matchingFiles: z.array(z.object({ path: z.string(), otherPath: z.string(), share: z.number() })),
    match: z
      .object({
        submissionId: z.uuid(),
        applicationId: z.uuid(),
        candidateId: z.uuid(),
        candidateName: z.string(),
        submittedAt: z.iso.datetime(),
      })
      .nullable(),
  })
  .meta({ id: 'SubmissionSimilarity' });

export const submissionSchema = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    format: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    submittedAt: z.iso.datetime(),
    gradingStatus: z.enum(gradingStatuses),
    progress: z.object({ step: z.string().nullable(), fraction: z.number() }),
    error: z.string().nullable(),
    score: z.number().int().nullable(),
    maxScore: z.number().int().nullable(),
    verdict: z.string().nullable(),
    rating: z.enum(exerciseRatings).nullable(),
    gradedAt: z.iso.datetime().nullable(),
    report: z.record(z.string(), z.unknown()).nullable().describe('The full grading report (GradeReport)'),
    similarity: similaritySchema
      .nullable()
      .describe("The closest other candidate's submission of the same exercise; null until compared"),
  })
  .meta({ id: 'ExerciseSubmission' });

export const invitationSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    candidateId: z.uuid(),
    exerciseId: z.string(),
    exerciseTitle: z.string(),
    exerciseKind: z
      .enum(['service', 'schema', 'rubric'])
      .describe('rubric: a written exercise that reviewers score (GET /exercise-submissions/{id}/review)'),
    status: z.enum(exerciseInvitationStatuses),
    timeLimitMinutes: z.number().int(),
    expiresAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    deadlineAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    submission: submissionSchema.nullable().describe('The latest upload, its grading progress and report'),
  })
  .meta({ id: 'ExerciseInvitation' });

export const tokenParams = z.object({ token: z.string().min(10).max(200) });

export const publicExerciseSchema = z.object({
  organisation: z.string(),
  job: z.string(),
  candidateFirstName: z.string(),
  exercise: z.object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    brief: z.string(),
    kind: z
      .enum(['service', 'schema', 'rubric'])
      .describe('rubric: a written answer, uploaded as a .md, .txt or .pdf file or a zip of documents'),
  }),
  timeLimitMinutes: z.number().int(),
  expiresAt: z.iso.datetime().describe('Start before this'),
  started: z.boolean(),
  startedAt: z.iso.datetime().nullable(),
  deadlineAt: z.iso.datetime().nullable(),
  timeUp: z.boolean(),
  maxUploadBytes: z.number().int(),
  lastSubmission: z
    .object({ submittedAt: z.iso.datetime(), filename: z.string(), sizeBytes: z.number().int() })
    .nullable(),
});
