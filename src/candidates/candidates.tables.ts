import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn as createdAt, orgIdColumn as orgId, users } from '../accounts/accounts.tables.ts';
import { jobs } from '../roles/roles.tables.ts';

export type CandidateLinks = {
  github: string | null;
  linkedin: string | null;
  stackoverflow: string | null;
  website: string | null;
};

export type ExperienceEntry = {
  company: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
};
export type EducationEntry = { school: string; degree: string | null; end: string | null };
export type SalaryExpectation = { amount: number; currency: string; period: 'year' | 'month' | 'hour' };

export const candidateSources = [
  'careers_page',
  'referral',
  'agency',
  'sourced',
  'import',
  'job_board',
  'manual',
  'past_candidate',
] as const;
export type CandidateSource = (typeof candidateSources)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    emails: jsonb('emails').$type<string[]>().notNull().default([]),
    phones: jsonb('phones').$type<string[]>().notNull().default([]),
    location: text('location'),
    timeZone: text('time_zone'),
    links: jsonb('links').$type<CandidateLinks>().notNull(),
    headline: text('headline'),
    /** Text of the latest résumé, for search and the profile preview. */
    resumeText: text('resume_text'),
    experience: jsonb('experience').$type<ExperienceEntry[]>().notNull().default([]),
    education: jsonb('education').$type<EducationEntry[]>().notNull().default([]),
    totalYears: real('total_years'),
    salaryExpectation: jsonb('salary_expectation').$type<SalaryExpectation | null>(),
    availableFrom: date('available_from', { mode: 'string' }),
    noticePeriodWeeks: integer('notice_period_weeks'),
    source: text('source').notNull(),
    sourceDetail: text('source_detail'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentText: text('consent_text'),
    retainUntil: date('retain_until', { mode: 'string' }),
    /** Identifies the row an import created, so importing the same file again updates instead of duplicating. */
    importKey: text('import_key'),
    /** Everything searchable about the candidate (name, skills, résumé, notes), kept up to date by the store. */
    searchDocument: text('search_document').notNull().default(''),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(search_document, ''))`,
    ),
    mergedIntoId: uuid('merged_into_id'),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('candidates_org_email_idx').on(table.orgId, table.email),
    index('candidates_org_created_idx').on(table.orgId, table.createdAt),
    index('candidates_org_phone_idx').on(table.orgId, table.phone),
    // Duplicate checks (every intake, every imported row) look up e-mails and phones with `?` and the GitHub
    // handle case-insensitively; without these an import of N rows scans the pool N times.
    index('candidates_org_github_idx').on(table.orgId, sql`lower(${table.links}->>'github')`),
    // Without fastupdate: on embedded PGlite nothing vacuums the pending list, and every lookup would scan it.
    index('candidates_emails_idx').using('gin', table.emails).with({ fastupdate: false }),
    index('candidates_phones_idx').using('gin', table.phones).with({ fastupdate: false }),
    uniqueIndex('candidates_org_import_key_unique').on(table.orgId, table.importKey),
    index('candidates_search_idx').using('gin', table.searchVector),
  ],
);

export const candidateSkills = pgTable(
  'candidate_skills',
  {
    orgId: orgId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    skill: text('skill').notNull(),
    years: real('years'),
    source: text('source', { enum: ['resume', 'candidate', 'interviewer', 'recruiter', 'import'] }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.candidateId, table.skill] }),
    index('candidate_skills_org_skill_idx').on(table.orgId, table.skill),
  ],
);

export const applicationStatuses = ['active', 'rejected', 'withdrawn', 'hired'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export type ScreeningAnswer = { questionId: string; question: string; answer: string };

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    /** The key of the job stage the application is in (see job_stages). */
    stage: text('stage').notNull().default('applied'),
    stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: applicationStatuses }).notNull().default('active'),
    rejectionReason: text('rejection_reason'),
    source: text('source').notNull(),
    answers: jsonb('answers').$type<ScreeningAnswer[]>().notNull().default([]),
    resumeFileId: uuid('resume_file_id'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('applications_candidate_job_unique').on(table.candidateId, table.jobId),
    index('applications_org_job_idx').on(table.orgId, table.jobId, table.createdAt),
    index('applications_org_job_stage_idx').on(table.orgId, table.jobId, table.status, table.stage),
  ],
);

export const jobStages = pgTable(
  'job_stages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['intake', 'interview', 'offer', 'hired'] }).notNull(),
    /** Days a candidate may wait in this stage before the board calls them stalled. */
    targetDays: integer('target_days'),
  },
  (table) => [uniqueIndex('job_stages_job_key_unique').on(table.jobId, table.key)],
);

/** Every move, rejection, note, tag and e-mail: a candidate's history is never lost. */
export const candidateEvents = pgTable(
  'candidate_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [
    index('candidate_events_candidate_idx').on(table.candidateId, table.createdAt),
    index('candidate_events_org_job_idx').on(table.orgId, table.jobId, table.createdAt),
  ],
);

export const candidateNotes = pgTable(
  'candidate_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    mentions: jsonb('mentions').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (table) => [index('candidate_notes_candidate_idx').on(table.candidateId, table.createdAt)],
);

export const emailTemplates = pgTable(
  'email_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('email_templates_org_key_unique').on(table.orgId, table.key)],
);

export type ImportRowError = { row: number; field: string | null; message: string };

export const candidateImports = pgTable('candidate_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  filename: text('filename').notNull(),
  fileId: uuid('file_id'),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  dryRun: boolean('dry_run').notNull().default(false),
  status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] })
    .notNull()
    .default('queued'),
  totalRows: integer('total_rows'),
  processedRows: integer('processed_rows').notNull().default(0),
  createdCount: integer('created_count').notNull().default(0),
  updatedCount: integer('updated_count').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  errors: jsonb('errors').$type<ImportRowError[]>().notNull().default([]),
  jobId: uuid('job_id'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
