import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
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
import { jobs } from '../roles/roles.tables.ts';
import type { Decision } from './debrief.ts';
import type { InterviewPlan, InterviewStage } from './interview-plan.ts';
import type { QuestionBankEntry } from './question-bank.ts';
import type { Recommendation, ScorecardDraft } from './scorecard.ts';

/** A job's interview plan: generated from its blueprint on first read, then edited by the team. */
export const interviewPlans = pgTable(
  'interview_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    plan: jsonb('plan').$type<InterviewPlan>().notNull(),
    /** Bumped on every edit, so two people editing at once cannot silently overwrite each other. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('interview_plans_job_unique').on(table.jobId),
    index('interview_plans_org_idx').on(table.orgId),
  ],
);

export const interviewStatuses = ['scheduled', 'cancelled', 'completed'] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];

export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    /** The `key` of the planned interview this one runs (its focus attributes come from the plan). */
    planKey: text('plan_key').notNull(),
    kind: text('kind').$type<InterviewStage>().notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The zone the times are shown in to the people invited (IANA). */
    timeZone: text('time_zone').notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    status: text('status', { enum: interviewStatuses }).notNull().default('scheduled'),
    /** iCalendar SEQUENCE of the last invite sent: 0 at first, +1 on every reschedule and on cancelling. */
    icalSequence: integer('ical_sequence').notNull().default(0),
    schedulingLinkId: uuid('scheduling_link_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    index('interviews_org_starts_idx').on(table.orgId, table.startsAt),
    index('interviews_org_application_idx').on(table.orgId, table.applicationId),
    index('interviews_org_job_starts_idx').on(table.orgId, table.jobId, table.startsAt),
    index('interviews_org_candidate_idx').on(table.orgId, table.candidateId),
  ],
);

export const participantRoles = ['interviewer', 'shadow'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const interviewParticipants = pgTable(
  'interview_participants',
  {
    orgId: orgId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: participantRoles }).notNull().default('interviewer'),
  },
  (table) => [
    primaryKey({ columns: [table.interviewId, table.userId] }),
    // The double-booking check and "my interviews" both start from the user.
    index('interview_participants_user_idx').on(table.userId, table.interviewId),
  ],
);

/** One per interviewer per interview; `data` is the draft until `submitted_at`, then the submitted card. */
export const scorecards = pgTable(
  'scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    data: jsonb('data').$type<ScorecardDraft>().notNull(),
    recommendation: text('recommendation').$type<Recommendation>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** 0 until submitted; each edit after submission keeps the previous version as a revision and adds 1. */
    revision: integer('revision').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('scorecards_interview_author_unique').on(table.interviewId, table.authorId),
    index('scorecards_org_application_idx').on(table.orgId, table.applicationId),
    index('scorecards_org_submitted_idx').on(table.orgId, table.submittedAt),
  ],
);

/** What a submitted scorecard said before each later edit. */
export const scorecardRevisions = pgTable(
  'scorecard_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    data: jsonb('data').$type<ScorecardDraft>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    replacedBy: uuid('replaced_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('scorecard_revisions_unique').on(table.scorecardId, table.revision)],
);

export const availabilityKinds = ['weekly', 'once'] as const;

/** When an interviewer can take interviews: a weekly rule in their zone, or a one-off window. */
export const availabilityWindows = pgTable(
  'availability_windows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: availabilityKinds }).notNull(),
    /** ISO weekday 1–7 (weekly only). */
    weekday: integer('weekday'),
    /** Local HH:mm (weekly only). */
    startTime: text('start_time'),
    endTime: text('end_time'),
    timeZone: text('time_zone').notNull(),
    /** One-off windows only. */
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('availability_windows_org_user_idx').on(table.orgId, table.userId)],
);

export const slotModes = ['all', 'any'] as const;

/** A single-candidate, expiring link to pick an interview slot. Only the token's hash is stored. */
export const schedulingLinks = pgTable(
  'scheduling_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    planKey: text('plan_key').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    interviewerIds: jsonb('interviewer_ids').$type<string[]>().notNull(),
    mode: text('mode', { enum: slotModes }).notNull().default('all'),
    /** The zone the invites show times in (the scheduler's). */
    timeZone: text('time_zone').notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    interviewId: uuid('interview_id').references(() => interviews.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('scheduling_links_org_application_idx').on(table.orgId, table.applicationId)],
);

export type ReferenceAnswers = {
  deadlinesMet: string;
  technicalDisagreements: string;
  problemsFlaggedEarly: string;
  wouldWorkAgain: 'yes' | 'maybe' | 'no';
  wouldWorkAgainWhy: string;
  comments: string;
};

/** A reference request to one referee; the referee answers through an e-mailed link. */
export const referenceRequests = pgTable(
  'reference_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    refereeName: text('referee_name').notNull(),
    refereeEmail: text('referee_email').notNull(),
    relationship: text('relationship').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answers: jsonb('answers').$type<ReferenceAnswers>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('reference_requests_org_candidate_idx').on(table.orgId, table.candidateId)],
);

/** Hiring decisions, kept as a history: the latest one per application is the decision. */
export const hiringDecisions = pgTable(
  'hiring_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    decision: text('decision').$type<Decision>().notNull(),
    rationale: text('rationale').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('hiring_decisions_org_application_idx').on(table.orgId, table.applicationId, table.decidedAt),
  ],
);

/** An organisation's own questions and prompts, alongside the shipped bank. */
export const orgQuestions = pgTable(
  'org_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    /** The entry's id inside the bank; never one of the shipped ids. */
    key: text('key').notNull(),
    entry: jsonb('entry').$type<QuestionBankEntry>().notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('org_questions_org_key_unique').on(table.orgId, table.key)],
);

/** Shipped questions an organisation no longer wants suggested. */
export const retiredQuestions = pgTable(
  'retired_questions',
  {
    orgId: orgId(),
    questionId: text('question_id').notNull(),
    retiredBy: uuid('retired_by').references(() => users.id, { onDelete: 'set null' }),
    retiredAt: timestamp('retired_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.questionId] })],
);
