import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import {
  exerciseInvitations,
  exerciseReviews,
  exerciseSubmissions,
} from '../assessments/assessments.tables.ts';
import { applications, candidates, jobStages } from '../candidates/candidates.tables.ts';
import { interviewParticipants, interviews, scorecards } from '../interviews/interviews.tables.ts';
import { offerApprovals, offers } from '../offers/offers.tables.ts';
import { onboardingItems, onboardingPlans } from '../onboarding/onboarding.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import { jobs } from '../roles/roles.tables.ts';

/**
 * The reads behind "What needs you today": one query per section (two for offers), each scoped to the
 * organisation and to the person asking, each returning its first `limit` rows with the section's total.
 */

/** The section's total on every row, so one query gives the first few items and the count. */
const total = sql<number>`(count(*) over ())::int`;
const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}) over ())::int`;
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** Who and what an item is about: every section names its candidate and job. */
const names = {
  candidateId: candidates.id,
  candidateName: candidates.name,
  jobId: jobs.id,
  jobTitle: jobs.title,
};

/** The person's own interviews, not cancelled; each section adds its window. */
const onTheirPanel = (orgId: string, userId: string) => [
  eq(interviewParticipants.orgId, orgId),
  eq(interviewParticipants.userId, userId),
  ne(interviews.status, 'cancelled'),
];

export type JobScope = { kind: 'all' } | { kind: 'owned'; userId: string };
const inScope = (scope: JobScope) => (scope.kind === 'all' ? undefined : eq(jobs.ownerId, scope.userId));

/** Offers in approval that name this person as an approver anywhere in their chains, with their decisions. */
export async function offersNamingApprover(db: Executor, orgId: string, userId: string) {
  const named = JSON.stringify([{ steps: [{ approverIds: [userId] }] }]);
  const rows = await db
    .select({
      id: offers.id,
      approvalChains: offers.approvalChains,
      approvalRound: offers.approvalRound,
      updatedAt: offers.updatedAt,
      ...names,
    })
    .from(offers)
    .innerJoin(candidates, eq(candidates.id, offers.candidateId))
    .innerJoin(jobs, eq(jobs.id, offers.jobId))
    .where(
      and(
        eq(offers.orgId, orgId),
        eq(offers.status, 'pending_approval'),
        sql`${offers.approvalChains} @> ${named}::jsonb`,
      ),
    )
    .orderBy(asc(offers.updatedAt))
    .limit(200);
  const decisions =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(offerApprovals)
          .where(
            and(
              eq(offerApprovals.orgId, orgId),
              inArray(
                offerApprovals.offerId,
                rows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(offerApprovals.decidedAt));
  return { rows, decisions };
}

/** Interviews this person sat on that have ended, without their submitted scorecard: the oldest first. */
export function scorecardsToWrite(
  db: Executor,
  orgId: string,
  userId: string,
  options: { now: Date; overdueBefore: Date; limit: number },
) {
  return db
    .select({
      interviewId: interviews.id,
      title: interviews.title,
      endsAt: interviews.endsAt,
      ...names,
      draft: sql<boolean>`${scorecards.id} is not null`,
      total,
      overdue: countWhere(sql`${interviews.endsAt} < ${at(options.overdueBefore)}`),
    })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorId, userId)))
    .where(
      and(
        ...onTheirPanel(orgId, userId),
        lte(interviews.endsAt, options.now),
        isNull(scorecards.submittedAt),
      ),
    )
    .orderBy(asc(interviews.endsAt))
    .limit(options.limit);
}

/** This person's interviews that start today (in their zone) and have not ended yet. */
export function interviewsToday(
  db: Executor,
  orgId: string,
  userId: string,
  options: { now: Date; start: Date; end: Date; limit: number },
) {
  return db
    .select({
      interviewId: interviews.id,
      title: interviews.title,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      ...names,
      total,
    })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .innerJoin(jobs, eq(jobs.id, interviews.jobId))
    .where(
      and(
        ...onTheirPanel(orgId, userId),
        gte(interviews.startsAt, options.start),
        lt(interviews.startsAt, options.end),
        sql`${interviews.endsAt} > ${at(options.now)}`,
      ),
    )
    .orderBy(asc(interviews.startsAt))
    .limit(options.limit);
}

/**
 * Written-exercise hand-ins nobody has reviewed yet (the invitation is still `submitted`; a review of the
 * latest hand-in marks it graded), of active applications, oldest first. `mine`: of the jobs this person owns
 * or of candidates they interview.
 */
export function handInsAwaitingReview(
  db: Executor,
  orgId: string,
  userId: string,
  options: { scope: 'all' | 'mine'; limit: number },
) {
  const conditions: SQL[] = [
    eq(exerciseInvitations.orgId, orgId),
    eq(exerciseInvitations.status, 'submitted'),
    eq(exerciseSubmissions.gradingStatus, 'awaiting_review'),
    eq(applications.status, 'active'),
    sql`${exerciseSubmissions.submittedAt} = (select max(latest.submitted_at) from ${exerciseSubmissions} latest where latest.invitation_id = ${exerciseInvitations.id})`,
    sql`not exists (select 1 from ${exerciseReviews} where ${exerciseReviews.submissionId} = ${exerciseSubmissions.id} and ${exerciseReviews.reviewerId} = ${userId})`,
  ];
  if (options.scope === 'mine') {
    conditions.push(
      sql`(${jobs.ownerId} = ${userId} or exists (select 1 from ${interviewParticipants} join ${interviews} on ${interviews.id} = ${interviewParticipants.interviewId} where ${interviews.applicationId} = ${exerciseInvitations.applicationId} and ${interviewParticipants.userId} = ${userId} and ${interviews.status} <> 'cancelled'))`,
    );
  }
  return db
    .select({
      submissionId: exerciseSubmissions.id,
      applicationId: exerciseInvitations.applicationId,
      exerciseId: exerciseInvitations.exerciseId,
      submittedAt: exerciseSubmissions.submittedAt,
      ...names,
      total,
    })
    .from(exerciseInvitations)
    .innerJoin(exerciseSubmissions, eq(exerciseSubmissions.invitationId, exerciseInvitations.id))
    .innerJoin(applications, eq(applications.id, exerciseInvitations.applicationId))
    .innerJoin(candidates, eq(candidates.id, exerciseInvitations.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(...conditions))
    .orderBy(asc(exerciseSubmissions.submittedAt))
    .limit(options.limit);
}

/** Open onboarding items this person owns, due by `until` (overdue ones included), the earliest first. */
export function onboardingItemsDue(
  db: Executor,
  orgId: string,
  userId: string,
  options: { today: string; until: string; limit: number },
) {
  return db
    .select({
      itemId: onboardingItems.id,
      planId: onboardingItems.planId,
      title: onboardingItems.title,
      dueDate: onboardingItems.dueDate,
      candidateId: candidates.id,
      candidateName: candidates.name,
      total,
      overdue: countWhere(sql`${onboardingItems.dueDate} < ${options.today}`),
    })
    .from(onboardingItems)
    .innerJoin(onboardingPlans, eq(onboardingPlans.id, onboardingItems.planId))
    .innerJoin(candidates, eq(candidates.id, onboardingPlans.candidateId))
    .where(
      and(
        eq(onboardingItems.orgId, orgId),
        eq(onboardingItems.ownerId, userId),
        isNull(onboardingItems.doneAt),
        lte(onboardingItems.dueDate, options.until),
      ),
    )
    .orderBy(asc(onboardingItems.dueDate), asc(onboardingItems.position))
    .limit(options.limit);
}

/**
 * The board's "stalled" rule (`isStalled`: more than `targetDays` whole days in the stage) in SQL: entered the
 * stage at least `targetDays + 1` days ago.
 */
const stalled = (now: Date) =>
  sql`(${jobStages.targetDays} > 0 and ${applications.stageEnteredAt} <= ${at(now)} - (${jobStages.targetDays} + 1) * interval '1 day')`;

/** Active applications in open jobs that have waited in their stage longer than its target, most overdue first. */
export function stalledApplications(
  db: Executor,
  orgId: string,
  scope: JobScope,
  options: { now: Date; limit: number },
) {
  return db
    .select({
      applicationId: applications.id,
      stageEnteredAt: applications.stageEnteredAt,
      stageName: jobStages.name,
      targetDays: sql<number>`${jobStages.targetDays}`,
      ...names,
      total,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, and(eq(jobStages.jobId, applications.jobId), eq(jobStages.key, applications.stage)))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        eq(applications.orgId, orgId),
        eq(jobs.status, 'open'),
        eq(applications.status, 'active'),
        isNull(candidates.anonymisedAt),
        stalled(options.now),
        inScope(scope),
      ),
    )
    .orderBy(sql`${applications.stageEnteredAt} + ${jobStages.targetDays} * interval '1 day'`)
    .limit(options.limit);
}

/**
 * Open jobs with active applications in an intake stage and not stalled there (those are listed as waiting too
 * long instead), the fullest first.
 */
export function newApplicationsByJob(db: Executor, orgId: string, scope: JobScope, now: Date) {
  const count = sql<number>`count(*)::int`;
  return db
    .select({ jobId: jobs.id, jobTitle: jobs.title, count })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, and(eq(jobStages.jobId, applications.jobId), eq(jobStages.key, applications.stage)))
    .where(
      and(
        eq(applications.orgId, orgId),
        eq(jobs.status, 'open'),
        eq(applications.status, 'active'),
        eq(jobStages.kind, 'intake'),
        sql`not ${stalled(now)}`,
        inScope(scope),
      ),
    )
    .groupBy(jobs.id, jobs.title)
    .orderBy(desc(count), asc(jobs.title))
    .limit(200);
}
