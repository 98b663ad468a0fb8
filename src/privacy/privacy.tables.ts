import { integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/accounts.tables.ts';

export const DEFAULT_REJECTED_RETENTION_MONTHS = 24;

/** An organisation's privacy policy; organisations without a row use the defaults. */
export const privacySettings = pgTable('privacy_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** Candidates whose applications all closed (rejected or withdrawn) this long ago are anonymised. */
  rejectedRetentionMonths: integer('rejected_retention_months')
    .notNull()
    .default(DEFAULT_REJECTED_RETENTION_MONTHS),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
