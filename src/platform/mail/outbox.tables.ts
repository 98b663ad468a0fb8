import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../accounts/accounts.tables.ts';

export const outboxStatuses = ['queued', 'sent', 'stored', 'failed'] as const;

/** A calendar invitation sent as a `text/calendar; method=…` alternative (nodemailer's `icalEvent`). */
export type OutboxIcalEvent = { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };

/** Every e-mail Hirebench sends is written here first, in the same transaction as the change that caused it. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    to: jsonb('to').$type<string[]>().notNull(),
    from: text('from').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    icalEvent: jsonb('ical_event').$type<OutboxIcalEvent>(),
    /** Set when the message went to a candidate, so it shows on their timeline. */
    candidateId: uuid('candidate_id'),
    status: text('status', { enum: outboxStatuses }).notNull().default('queued'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('outbox_org_created_idx').on(table.orgId, table.createdAt),
    index('outbox_candidate_idx').on(table.candidateId),
  ],
);
