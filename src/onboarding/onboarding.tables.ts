import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn as createdAt, orgIdColumn as orgId, users } from '../accounts/accounts.tables.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import type { OfferEngagement } from '../offers/offer-terms.ts';
import { offers } from '../offers/offers.tables.ts';
import { jobs } from '../roles/roles.tables.ts';
import type { OnboardingPhase, OwnerRole } from './onboarding-plan.ts';

/** The plan created when an offer is accepted; its items are rows so they can be checked off one by one. */
export const onboardingPlans = pgTable(
  'onboarding_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'set null' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    engagement: text('engagement').$type<OfferEngagement>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** The first business day on or after the start date. */
    firstDay: date('first_day', { mode: 'string' }).notNull(),
    managerId: uuid('manager_id').references(() => users.id, { onDelete: 'set null' }),
    buddyId: uuid('buddy_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('onboarding_plans_application_unique').on(table.applicationId),
    index('onboarding_plans_org_manager_idx').on(table.orgId, table.managerId),
    index('onboarding_plans_org_buddy_idx').on(table.orgId, table.buddyId),
  ],
);

export const onboardingItems = pgTable(
  'onboarding_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => onboardingPlans.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    phase: text('phase').$type<OnboardingPhase>().notNull(),
    kind: text('kind', { enum: ['task', 'review', 'goal'] }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    measure: text('measure'),
    checkpoint: integer('checkpoint'),
    ownerRole: text('owner_role').$type<OwnerRole>().notNull(),
    /** Null when nobody holds the role yet (the buddy before one is named, the new hire, IT). */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    position: integer('position').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('onboarding_items_plan_key_unique').on(table.planId, table.key),
    index('onboarding_items_org_due_idx').on(table.orgId, table.dueDate),
  ],
);

export const onboardingReviews = pgTable(
  'onboarding_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => onboardingPlans.id, { onDelete: 'cascade' }),
    checkpoint: integer('checkpoint').notNull(),
    rating: integer('rating').notNull(),
    notes: text('notes').notNull(),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('onboarding_reviews_plan_checkpoint_unique').on(table.planId, table.checkpoint)],
);
