import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/accounts.tables.ts';
import type { AssumptionOverrides } from './assumptions.ts';

/** An organisation's edits to the shipped planning assumptions (salary bands, fees, timings…). */
export const planningSettings = pgTable('planning_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  overrides: jsonb('overrides').$type<AssumptionOverrides>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
