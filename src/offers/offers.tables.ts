import {
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
import {
  createdAtColumn as createdAt,
  orgIdColumn as orgId,
  updatedAtColumn as updatedAt,
  users,
} from '../accounts/accounts.tables.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import { jobs } from '../roles/roles.tables.ts';
import type { ApprovalChain, ApprovalStep, ApprovalTrigger } from './approvals.ts';
import type { EngagementDecision, EngagementKind } from './engagements.ts';
import type { OfferLetterTemplate } from './offer-letter.ts';
import type { OfferEngagement, OfferTerms } from './offer-terms.ts';

/** An organisation's approval chains; they run in `position` order when more than one applies. */
export const approvalChains = pgTable(
  'approval_chains',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    appliesWhen: text('applies_when').$type<ApprovalTrigger>().notNull().default('always'),
    steps: jsonb('steps').$type<ApprovalStep[]>().notNull(),
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('approval_chains_org_idx').on(table.orgId, table.position)],
);

export const offerStatuses = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type OfferStatus = (typeof offerStatuses)[number];

export type OfferAcceptance = { typedName: string; ip: string | null; userAgent: string | null };

export const offers = pgTable(
  'offers',
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
    engagement: text('engagement').$type<OfferEngagement>().notNull(),
    terms: jsonb('terms').$type<OfferTerms>().notNull(),
    status: text('status', { enum: offerStatuses }).notNull().default('draft'),
    /** 0 until first submitted; +1 on every submission and every change that restarts approval. */
    approvalRound: integer('approval_round').notNull().default(0),
    /** The chains that applied when the round started: later edits to a chain do not move the goalposts. */
    approvalChains: jsonb('approval_chains').$type<ApprovalChain[]>().notNull().default([]),
    /** An organisation template key; null uses the organisation's (or the shipped) default for the engagement. */
    letterTemplateKey: text('letter_template_key'),
    /** A letter body written for this offer only, in the template markup. */
    customLetter: text('custom_letter'),
    /** The letter's template as it stood when first sent: later template edits never change what the candidate read. */
    sentLetter: jsonb('sent_letter').$type<OfferLetterTemplate>(),
    tokenHash: text('token_hash').unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptance: jsonb('acceptance').$type<OfferAcceptance>(),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declinedReason: text('declined_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('offers_org_status_idx').on(table.orgId, table.status, table.createdAt),
    index('offers_org_application_idx').on(table.orgId, table.applicationId),
  ],
);

export const offerApprovals = pgTable(
  'offer_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    chainId: text('chain_id').notNull(),
    stepIndex: integer('step_index').notNull(),
    approverId: uuid('approver_id').references(() => users.id, { onDelete: 'set null' }),
    decision: text('decision', { enum: ['approve', 'reject'] }).notNull(),
    comment: text('comment').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('offer_approvals_offer_round_idx').on(table.offerId, table.round, table.decidedAt)],
);

/** An organisation's own letter per engagement model, replacing the shipped default. */
export const offerLetterTemplates = pgTable(
  'offer_letter_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    engagement: text('engagement').$type<OfferEngagement>().notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('offer_letter_templates_org_key_unique').on(table.orgId, table.key)],
);

export const engagementStatuses = ['running', 'converted', 'ended'] as const;
export type EngagementRowStatus = (typeof engagementStatuses)[number];

/** A paid trial, contract or contract-to-hire that started from an accepted offer. */
export const engagements = pgTable(
  'engagements',
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
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'set null' }),
    kind: text('kind').$type<EngagementKind>().notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: engagementStatuses }).notNull().default('running'),
    /** Every decision so far, oldest first (an extension is followed by a later decision). */
    decisions: jsonb('decisions')
      .$type<(EngagementDecision & { decidedAt: string; decidedBy: string | null })[]>()
      .notNull()
      .default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('engagements_org_job_idx').on(table.orgId, table.jobId)],
);
