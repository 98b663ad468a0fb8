import { and, asc, eq, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { users } from '../accounts/accounts.tables.ts';
import { candidates } from '../candidates/candidates.tables.ts';
import { firstName } from '../candidates/email-templates.ts';
import { engagementEndDate, type OfferTerms } from '../offers/offer-terms.ts';
import { requireTeamMembers, usersByIds } from '../offers/offers.store.ts';
import { offers } from '../offers/offers.tables.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Executor } from '../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../platform/errors.ts';
import { defineJob } from '../platform/jobs/queue.ts';
import { type DailyJob, dailyJob } from '../platform/jobs/schedule.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import type { Services } from '../platform/services.ts';
import { jobs } from '../roles/roles.tables.ts';
import { addCalendarDays } from './business-days.ts';
import { onboardingItems, onboardingPlans, onboardingReviews } from './onboarding.tables.ts';
import { generateOnboardingPlan, onboardingPhaseLabels, onboardingPhases } from './onboarding-plan.ts';

/**
 * Onboarding plans (PRODUCT.md §6): created when an offer is accepted, read as a checklist by the manager
 * and the buddy, checked off item by item, reviewed at 30/60/90 days, with a daily reminder to owners.
 */

export type PlanRow = typeof onboardingPlans.$inferSelect;
export type ItemRow = typeof onboardingItems.$inferSelect;
export type ReviewRow = typeof onboardingReviews.$inferSelect;

const TEAM_ROLES = new Set(['admin', 'recruiter', 'hiring_manager']);

/** The plan for an accepted offer, in the acceptance transaction. The buddy stays open until someone is named. */
export async function createPlanForOffer(
  tx: Executor,
  input: {
    orgId: string;
    offerId: string | null;
    applicationId: string;
    candidateId: string;
    job: typeof jobs.$inferSelect;
    terms: OfferTerms;
    managerId: string | null;
  },
) {
  const plan = generateOnboardingPlan({
    blueprint: input.job.blueprint,
    startDate: input.terms.startDate,
    engagementModel: input.terms.engagement,
    // The pure planner wants ids; an empty one marks "nobody yet" and is stored as null.
    managerId: input.managerId ?? '',
    buddyId: '',
    endDate: engagementEndDate(input.terms),
    conversionDate: input.terms.engagement === 'contract_to_hire' ? input.terms.conversionDate : null,
    successCriteria: input.terms.engagement === 'paid_trial' ? input.terms.successCriteria : [],
  });
  const [row] = await tx
    .insert(onboardingPlans)
    .values({
      orgId: input.orgId,
      offerId: input.offerId,
      applicationId: input.applicationId,
      candidateId: input.candidateId,
      jobId: input.job.id,
      engagement: input.terms.engagement,
      startDate: plan.startDate,
      firstDay: plan.firstDay,
      managerId: input.managerId,
      buddyId: null,
    })
    .returning();
  await tx.insert(onboardingItems).values(
    plan.items.map((item, position) => ({
      orgId: input.orgId,
      planId: row!.id,
      key: item.key,
      phase: item.phase,
      kind: item.kind,
      title: item.title,
      description: item.description,
      measure: item.measure,
      checkpoint: item.checkpoint,
      ownerRole: item.ownerRole,
      ownerId: item.ownerId || null,
      dueDate: item.dueDate,
      position,
    })),
  );
  return row!;
}

async function getPlan(db: Executor, orgId: string, id: string) {
  const [plan] = await db
    .select()
    .from(onboardingPlans)
    .where(and(eq(onboardingPlans.orgId, orgId), eq(onboardingPlans.id, id)));
  if (!plan) throw notFound('onboarding plan');
  return plan;
}

/** The hiring team sees every plan; anyone else only the plans they manage, buddy or own an item of. */
async function requireReadable(db: Executor, auth: AuthContext, plan: PlanRow) {
  if (TEAM_ROLES.has(auth.user.role) || plan.managerId === auth.user.id || plan.buddyId === auth.user.id)
    return;
  const [owned] = await db
    .select({ id: onboardingItems.id })
    .from(onboardingItems)
    .where(and(eq(onboardingItems.planId, plan.id), eq(onboardingItems.ownerId, auth.user.id)))
    .limit(1);
  if (!owned) throw notFound('onboarding plan');
}

export async function listPlans(db: Executor, auth: AuthContext, options: { mine: boolean; today?: string }) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const mine = options.mine || !TEAM_ROLES.has(auth.user.role);
  const conditions = [eq(onboardingPlans.orgId, auth.orgId)];
  if (mine) {
    conditions.push(
      or(eq(onboardingPlans.managerId, auth.user.id), eq(onboardingPlans.buddyId, auth.user.id))!,
    );
  }
  const rows = await db
    .select({
      plan: onboardingPlans,
      candidateName: candidates.name,
      jobTitle: jobs.title,
      total: sql<number>`(select count(*)::int from ${onboardingItems} where ${onboardingItems.planId} = ${onboardingPlans.id})`,
      done: sql<number>`(select count(*)::int from ${onboardingItems} where ${onboardingItems.planId} = ${onboardingPlans.id} and ${onboardingItems.doneAt} is not null)`,
      nextDue: sql<
        string | null
      >`(select min(${onboardingItems.dueDate})::text from ${onboardingItems} where ${onboardingItems.planId} = ${onboardingPlans.id} and ${onboardingItems.doneAt} is null)`,
      overdue: sql<number>`(select count(*)::int from ${onboardingItems} where ${onboardingItems.planId} = ${onboardingPlans.id} and ${onboardingItems.doneAt} is null and ${onboardingItems.dueDate} < ${today})`,
    })
    .from(onboardingPlans)
    .innerJoin(candidates, eq(candidates.id, onboardingPlans.candidateId))
    .innerJoin(jobs, eq(jobs.id, onboardingPlans.jobId))
    .where(and(...conditions))
    .orderBy(asc(onboardingPlans.firstDay))
    .limit(500);
  return rows;
}

export async function planDetail(db: Executor, auth: AuthContext, id: string) {
  const plan = await getPlan(db, auth.orgId, id);
  await requireReadable(db, auth, plan);
  const [items, reviews, [candidate], [job]] = await Promise.all([
    db
      .select()
      .from(onboardingItems)
      .where(eq(onboardingItems.planId, plan.id))
      .orderBy(asc(onboardingItems.dueDate), asc(onboardingItems.position)),
    db
      .select()
      .from(onboardingReviews)
      .where(eq(onboardingReviews.planId, plan.id))
      .orderBy(asc(onboardingReviews.checkpoint)),
    db
      .select({ id: candidates.id, name: candidates.name })
      .from(candidates)
      .where(eq(candidates.id, plan.candidateId)),
    db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(eq(jobs.id, plan.jobId)),
  ]);
  const people = await usersByIds(db, auth.orgId, [
    plan.managerId,
    plan.buddyId,
    ...items.flatMap((item) => [item.ownerId, item.doneBy]),
    ...reviews.map((review) => review.reviewerId),
  ]);
  const phases = onboardingPhases.map((phase) => ({
    phase,
    label: onboardingPhaseLabels[phase],
    items: items.filter((item) => item.phase === phase),
  }));
  return { plan, candidate: candidate!, job: job!, phases, reviews, people };
}

export async function updatePlan(
  services: Services,
  auth: AuthContext,
  id: string,
  change: { managerId?: string | undefined; buddyId?: string | null | undefined },
) {
  return services.db.transaction(async (tx) => {
    const plan = await getPlan(tx, auth.orgId, id);
    if (!TEAM_ROLES.has(auth.user.role) && plan.managerId !== auth.user.id) {
      await requireReadable(tx, auth, plan);
      throw forbidden('Only the manager or the hiring team can change who runs the plan.');
    }
    const named = [change.managerId, change.buddyId].filter((value): value is string => !!value);
    await requireTeamMembers(tx, auth.orgId, named, change.buddyId ? 'buddyId' : 'managerId');
    const managerId = change.managerId ?? plan.managerId;
    const buddyId = change.buddyId !== undefined ? change.buddyId : plan.buddyId;
    const [row] = await tx
      .update(onboardingPlans)
      .set({ managerId, buddyId, updatedAt: new Date() })
      .where(eq(onboardingPlans.id, plan.id))
      .returning();
    // The items follow the people: a new buddy owns the buddy's items from now on.
    if (change.managerId !== undefined) {
      await tx
        .update(onboardingItems)
        .set({ ownerId: managerId })
        .where(and(eq(onboardingItems.planId, plan.id), eq(onboardingItems.ownerRole, 'manager')));
    }
    if (change.buddyId !== undefined) {
      await tx
        .update(onboardingItems)
        .set({ ownerId: buddyId })
        .where(and(eq(onboardingItems.planId, plan.id), eq(onboardingItems.ownerRole, 'buddy')));
    }
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'onboarding_plan.updated',
      targetType: 'onboarding_plan',
      targetId: plan.id,
      data: { managerId, buddyId },
      ip: auth.ip,
    });
    return row!;
  });
}

export async function markItem(services: Services, auth: AuthContext, id: string, done: boolean) {
  return services.db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(onboardingItems)
      .where(and(eq(onboardingItems.orgId, auth.orgId), eq(onboardingItems.id, id)));
    if (!item) throw notFound('onboarding item');
    const plan = await getPlan(tx, auth.orgId, item.planId);
    await requireReadable(tx, auth, plan);
    const [row] = await tx
      .update(onboardingItems)
      .set(
        done
          ? { doneAt: item.doneAt ?? new Date(), doneBy: item.doneBy ?? auth.user.id }
          : { doneAt: null, doneBy: null },
      )
      .where(eq(onboardingItems.id, item.id))
      .returning();
    return row!;
  });
}

export async function addReview(
  services: Services,
  auth: AuthContext,
  planId: string,
  input: { checkpoint: 30 | 60 | 90; rating: number; notes: string },
) {
  return services.db.transaction(async (tx) => {
    const plan = await getPlan(tx, auth.orgId, planId);
    if (!TEAM_ROLES.has(auth.user.role) && plan.managerId !== auth.user.id) {
      await requireReadable(tx, auth, plan);
      throw forbidden('Only the manager or the hiring team records reviews.');
    }
    if (plan.engagement === 'paid_trial') {
      throw conflict('A paid trial ends in a trial decision, not 30/60/90-day reviews.');
    }
    const now = new Date();
    const [row] = await tx
      .insert(onboardingReviews)
      .values({ orgId: auth.orgId, planId, ...input, reviewerId: auth.user.id })
      .onConflictDoUpdate({
        target: [onboardingReviews.planId, onboardingReviews.checkpoint],
        set: { rating: input.rating, notes: input.notes, reviewerId: auth.user.id, updatedAt: now },
      })
      .returning();
    await tx
      .update(onboardingItems)
      .set({ doneAt: now, doneBy: auth.user.id })
      .where(
        and(
          eq(onboardingItems.planId, planId),
          eq(onboardingItems.key, `review_${input.checkpoint}`),
          isNull(onboardingItems.doneAt),
        ),
      );
    return row!;
  });
}

// ─── Reminders ───────────────────────────────────────────────────────────────────────────────────────

export const ONBOARDING_REMINDER_JOB = 'onboarding.reminders';
const ONBOARDING_REMINDER_HOUR_UTC = 7;

/**
 * One e-mail per owner listing their open items due tomorrow and those overdue. Also records sent offers
 * whose link has expired, so lists filtered by status stay true.
 */
export async function sendOnboardingReminders(
  services: Pick<Services, 'db' | 'mailer' | 'config'>,
  now = new Date(),
) {
  const day = now.toISOString().slice(0, 10);
  const tomorrow = addCalendarDays(day, 1);
  await services.db
    .update(offers)
    .set({ status: 'expired', updatedAt: now })
    .where(and(eq(offers.status, 'sent'), isNotNull(offers.expiresAt), lte(offers.expiresAt, now)));
  const rows = await services.db
    .select({
      item: onboardingItems,
      email: users.email,
      name: users.name,
      active: users.active,
      candidateName: candidates.name,
    })
    .from(onboardingItems)
    .innerJoin(users, eq(users.id, onboardingItems.ownerId))
    .innerJoin(onboardingPlans, eq(onboardingPlans.id, onboardingItems.planId))
    .innerJoin(candidates, eq(candidates.id, onboardingPlans.candidateId))
    .where(and(isNull(onboardingItems.doneAt), lte(onboardingItems.dueDate, tomorrow)))
    .orderBy(asc(onboardingItems.dueDate));
  const byOwner = new Map<string, typeof rows>();
  for (const row of rows.filter((entry) => entry.active)) {
    const owner = row.item.ownerId!;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), row]);
  }
  let reminded = 0;
  for (const items of byOwner.values()) {
    const first = items[0]!;
    const line = (row: (typeof items)[number]) =>
      `${row.item.title} for ${row.candidateName} (${row.item.dueDate < day ? `overdue since ${row.item.dueDate}` : row.item.dueDate === day ? 'due today' : 'due tomorrow'})`;
    await services.db.transaction((tx) =>
      services.mailer.send(tx, {
        orgId: first.item.orgId,
        to: [first.email],
        ...renderEmail({
          subject: `${items.length === 1 ? 'An onboarding item needs' : `${items.length} onboarding items need`} you`,
          heading: 'Onboarding items waiting for you',
          paragraphs: [
            `Hi ${firstName(first.name)},`,
            `A good first week depends on these being done on time: ${items.map(line).join('; ')}.`,
          ],
          action: { label: 'Open the onboarding plans', url: `${services.config.PUBLIC_URL}/onboarding` },
        }),
      }),
    );
    reminded++;
  }
  return { reminded, items: rows.length };
}

export function onboardingReminderJob(services: Pick<Services, 'db' | 'mailer' | 'config'>) {
  return defineJob({
    type: ONBOARDING_REMINDER_JOB,
    payload: z.object({}),
    maxAttempts: 3,
    run: () => sendOnboardingReminders(services),
  });
}

/** The daily jobs of this capability, for `registerDailyJobs` / `scheduleDailyJobs` at boot. */
export function onboardingDailyJobs(services: Services): DailyJob<Record<string, never>>[] {
  return [dailyJob(onboardingReminderJob(services), { hourUtc: ONBOARDING_REMINDER_HOUR_UTC, payload: {} })];
}
