import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  createdAtColumn as createdAt,
  orgIdColumn as orgId,
  updatedAtColumn as updatedAt,
  users,
} from '../../accounts/accounts.tables.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';

export const checkSources = ['checks', 'postman', 'openapi'] as const;
export type CheckSource = (typeof checkSources)[number];

/**
 * An organisation's own service exercise: brief, optional starter zip and hidden checks from one of three sources
 * (see org-exercise-checks.ts). Archived rather than deleted, so invitations already sent still resolve.
 */
export const orgExercises = pgTable(
  'org_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    timeLimitMinutes: integer('time_limit_minutes').notNull(),
    brief: text('brief').notNull(),
    checkSource: text('check_source', { enum: checkSources }).notNull(),
    /** As validated on save: { checks } | { collection, environment } | { document, checks }. */
    checkDefinition: jsonb('check_definition').notNull(),
    starterFileId: uuid('starter_file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('org_exercises_org_idx').on(table.orgId, table.archivedAt)],
);
