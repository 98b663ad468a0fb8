import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../accounts/accounts.tables.ts';
import { jobs } from '../roles/roles.tables.ts';

export type CandidateLinks = {
  github: string | null;
  linkedin: string | null;
  stackoverflow: string | null;
  website: string | null;
};

export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    location: text('location'),
    links: jsonb('links').$type<CandidateLinks>().notNull(),
    source: text('source').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentText: text('consent_text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('candidates_org_email_idx').on(table.orgId, table.email)],
);

export const applicationStatuses = ['active', 'rejected', 'withdrawn', 'hired'] as const;

export type ScreeningAnswer = { questionId: string; question: string; answer: string };

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull().default('applied'),
    status: text('status', { enum: applicationStatuses }).notNull().default('active'),
    source: text('source').notNull(),
    answers: jsonb('answers').$type<ScreeningAnswer[]>().notNull().default([]),
    resumeFileId: uuid('resume_file_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('applications_candidate_job_unique').on(table.candidateId, table.jobId),
    index('applications_org_job_idx').on(table.orgId, table.jobId, table.createdAt),
  ],
);
