import {
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
import type { GradeReport } from './grader/report.ts';

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

export const gradingStatuses = ['queued', 'running', 'done', 'failed'] as const;
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
