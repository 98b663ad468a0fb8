import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAtColumn as createdAt, orgIdColumn as orgId, users } from '../accounts/accounts.tables.ts';
import type { Blueprint } from './blueprint.ts';

export const jobStatuses = ['draft', 'open', 'paused', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export type ScreeningQuestion = { id: string; question: string; kind: 'text' | 'yes_no'; required: boolean };

export const roleBlueprints = pgTable(
  'role_blueprints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    title: text('title').notNull(),
    data: jsonb('data').$type<Blueprint>().notNull(),
    version: integer('version').notNull().default(1),
    templateId: text('template_id'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('role_blueprints_org_idx').on(table.orgId, table.updatedAt)],
);

/** Every saved state of a blueprint, so any change can be seen and undone. */
export const roleBlueprintVersions = pgTable(
  'role_blueprint_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    blueprintId: uuid('blueprint_id')
      .notNull()
      .references(() => roleBlueprints.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    data: jsonb('data').$type<Blueprint>().notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('role_blueprint_versions_unique').on(table.blueprintId, table.version)],
);

/** A job is what gets published: a snapshot of a blueprint plus its posting and status. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    blueprintId: uuid('blueprint_id').references(() => roleBlueprints.id, { onDelete: 'set null' }),
    blueprintVersion: integer('blueprint_version'),
    blueprint: jsonb('blueprint').$type<Blueprint>().notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: jobStatuses }).notNull().default('draft'),
    postingMarkdown: text('posting_markdown').notNull(),
    postingEdited: boolean('posting_edited').notNull().default(false),
    screeningQuestions: jsonb('screening_questions').$type<ScreeningQuestion[]>().notNull().default([]),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    validThrough: date('valid_through', { mode: 'string' }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('jobs_org_slug_unique').on(table.orgId, table.slug),
    index('jobs_org_status_idx').on(table.orgId, table.status),
  ],
);
