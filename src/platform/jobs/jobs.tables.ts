import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../accounts/accounts.tables.ts';

export const backgroundJobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;

export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').references(() => organisations.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    /** At most one queued or running job per key: recurring and per-record jobs are not enqueued twice. */
    uniqueKey: text('unique_key'),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: backgroundJobStatuses }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    progress: integer('progress'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('background_jobs_claim_idx').on(table.status, table.runAt),
    index('background_jobs_org_idx').on(table.orgId, table.status),
    uniqueIndex('background_jobs_unique_key')
      .on(table.uniqueKey)
      .where(sql`${table.status} in ('queued', 'running')`),
  ],
);
