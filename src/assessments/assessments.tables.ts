import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  createdAtColumn as createdAt,
  orgIdColumn as orgId,
  updatedAtColumn as updatedAt,
  users,
} from '../accounts/accounts.tables.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import { storedFiles } from '../platform/files/files.tables.ts';
import type { RubricReview } from './exercises/rubric.ts';
import type { GradeReport } from './grader/report.ts';
import type { FileFingerprint, MatchingFile } from './similarity/similarity.ts';

export const exerciseInvitationStatuses = ['sent', 'started', 'submitted', 'graded', 'expired'] as const;
export type ExerciseInvitationStatus = (typeof exerciseInvitationStatuses)[number];

/** A practical exercise sent to one candidate: the e-mailed link (stored hashed) and the clock it starts. */
export const exerciseInvitations = pgTable(
  'exercise_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    exerciseId: text('exercise_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The link works until then unless the candidate started (then the deadline rules). */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    timeLimitMinutes: integer('time_limit_minutes').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    status: text('status', { enum: exerciseInvitationStatuses }).notNull().default('sent'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('exercise_invitations_token_unique').on(table.tokenHash),
    index('exercise_invitations_application_idx').on(table.orgId, table.applicationId),
  ],
);

/** awaiting_review: a rubric exercise's hand-in, which nothing runs; reviewers score it (exercise_reviews). */
export const gradingStatuses = ['queued', 'running', 'done', 'failed', 'awaiting_review'] as const;
export type GradingStatus = (typeof gradingStatuses)[number];
export const exerciseRatings = ['pass', 'borderline', 'fail'] as const;
export type ExerciseRating = (typeof exerciseRatings)[number];

/** One upload of the candidate's work and its grading (resubmissions add rows; the latest counts). */
export const exerciseSubmissions = pgTable(
  'exercise_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => exerciseInvitations.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    filename: text('filename').notNull(),
    format: text('format').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    gradingStatus: text('grading_status', { enum: gradingStatuses }).notNull().default('queued'),
    progressStep: text('progress_step'),
    /** 0…1 of the whole grading. */
    progressFraction: real('progress_fraction').notNull().default(0),
    /** Why grading failed (never the candidate's fault: their problems are in the report). */
    error: text('error'),
    report: jsonb('report').$type<GradeReport>(),
    score: integer('score'),
    maxScore: integer('max_score'),
    /** The report's plain-English verdict. */
    verdict: text('verdict'),
    /** pass / borderline / fail from the share of points, for the debrief. */
    rating: text('rating', { enum: exerciseRatings }),
    gradedAt: timestamp('graded_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('exercise_submissions_invitation_idx').on(table.orgId, table.invitationId, table.submittedAt),
  ],
);

/** One reviewer's scores of a rubric exercise's hand-in: one per reviewer and submission; revising replaces it. */
export const exerciseReviews = pgTable(
  'exercise_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => exerciseSubmissions.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Every criterion of the rubric with its score (1–4) and the evidence behind it. */
    scores: jsonb('scores').$type<RubricReview['scores']>().notNull(),
    comment: text('comment').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('exercise_reviews_reviewer_unique').on(table.submissionId, table.reviewerId),
    index('exercise_reviews_submission_idx').on(table.orgId, table.submissionId),
  ],
);

export const similarityStatuses = ['done', 'unreadable'] as const;

/**
 * A submission's fingerprints (its own files, the starter's removed) and its closest match among the other
 * candidates' submissions of the same exercise in the same organisation. A new submission is compared against
 * these stored fingerprints, never by reading the other archives again.
 */
export const exerciseSimilarities = pgTable(
  'exercise_similarities',
  {
    submissionId: uuid('submission_id')
      .primaryKey()
      .references(() => exerciseSubmissions.id, { onDelete: 'cascade' }),
    orgId: orgId(),
    exerciseId: text('exercise_id').notNull(),
    /** Never compared with the same candidate's other submissions. */
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    status: text('status', { enum: similarityStatuses }).notNull(),
    /** Why the hand-in could not be read, when it could not. */
    note: text('note'),
    /** All fingerprints, sorted and distinct: the overlap with another submission is computed in the database. */
    hashes: integer('hashes').array().notNull(),
    fingerprintCount: integer('fingerprint_count').notNull(),
    files: jsonb('files').$type<FileFingerprint[]>().notNull(),
    matchSubmissionId: uuid('match_submission_id').references(() => exerciseSubmissions.id, {
      onDelete: 'set null',
    }),
    /** 0…1 */
    matchScore: real('match_score'),
    matchingFiles: jsonb('matching_files').$type<MatchingFile[]>(),
    flagged: boolean('flagged').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('exercise_similarities_exercise_idx').on(table.orgId, table.exerciseId),
    index('exercise_similarities_hashes_idx').using('gin', table.hashes).with({ fastupdate: false }),
  ],
);
