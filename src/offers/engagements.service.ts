import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { exerciseInvitations, exerciseSubmissions } from '../assessments/assessments.tables.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import { scorecards } from '../interviews/interviews.tables.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import { requireJob } from '../roles/roles.service.ts';
import { jobs } from '../roles/roles.tables.ts';
import {
  applyEngagementDecision,
  type EngagementDecision,
  engagementStatus,
  type ReplacementApplication,
  replacementCandidates,
} from './engagements.ts';
import { engagements } from './offers.tables.ts';

/**
 * Trials, contracts and contract-to-hire after acceptance: the decision at the end (convert, extend, end),
 * and "request a replacement", which reopens the job and lists the next-best candidates in its pipeline.
 */

export type EngagementRow = typeof engagements.$inferSelect;

export async function getEngagement(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(engagements)
    .where(and(eq(engagements.orgId, orgId), eq(engagements.id, id)));
  if (!row) throw notFound('engagement');
  return row;
}

export const phaseOf = (row: EngagementRow, today = new Date().toISOString().slice(0, 10)) =>
  engagementStatus({ kind: row.kind, startDate: row.startDate, endDate: row.endDate }, today);

export function listEngagements(db: Executor, orgId: string) {
  return db
    .select({ engagement: engagements, candidateName: candidates.name, jobTitle: jobs.title })
    .from(engagements)
    .innerJoin(candidates, eq(candidates.id, engagements.candidateId))
    .innerJoin(jobs, eq(jobs.id, engagements.jobId))
    .where(eq(engagements.orgId, orgId))
    .orderBy(desc(engagements.endDate))
    .limit(500);
}

/** The job's applications with their evidence: submitted scorecards' average rating and the latest graded exercise. */
async function pipelineEvidence(
  db: Executor,
  orgId: string,
  jobId: string,
): Promise<ReplacementApplication[]> {
  const rows = await db
    .select({
      applicationId: applications.id,
      candidateId: applications.candidateId,
      candidateName: candidates.name,
      status: applications.status,
      stage: applications.stage,
      rejectionReason: applications.rejectionReason,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(and(eq(applications.orgId, orgId), eq(applications.jobId, jobId)));
  const ids = rows.map((row) => row.applicationId);
  if (ids.length === 0) return [];
  const [cards, graded] = await Promise.all([
    db
      .select({ applicationId: scorecards.applicationId, data: scorecards.data })
      .from(scorecards)
      .where(
        and(
          eq(scorecards.orgId, orgId),
          inArray(scorecards.applicationId, ids),
          isNotNull(scorecards.submittedAt),
        ),
      ),
    db
      .select({
        applicationId: exerciseInvitations.applicationId,
        score: exerciseSubmissions.score,
        maxScore: exerciseSubmissions.maxScore,
        gradedAt: exerciseSubmissions.gradedAt,
      })
      .from(exerciseSubmissions)
      .innerJoin(exerciseInvitations, eq(exerciseInvitations.id, exerciseSubmissions.invitationId))
      .where(
        and(
          eq(exerciseSubmissions.orgId, orgId),
          inArray(exerciseInvitations.applicationId, ids),
          isNotNull(exerciseSubmissions.gradedAt),
        ),
      )
      .orderBy(desc(exerciseSubmissions.gradedAt)),
  ]);
  return rows.map((row) => {
    const mine = cards.filter((card) => card.applicationId === row.applicationId);
    const ratings = mine.flatMap((card) => Object.values(card.data.ratings ?? {}) as number[]);
    // The latest graded submission counts, as the assessments capability defines it.
    const exercise = graded.find((entry) => entry.applicationId === row.applicationId);
    return {
      ...row,
      scorecardAverage:
        ratings.length > 0
          ? Math.round((ratings.reduce((sum, value) => sum + value, 0) / ratings.length) * 100) / 100
          : null,
      scorecardCount: mine.length,
      exerciseScore:
        exercise?.score != null && exercise.maxScore
          ? Math.round((exercise.score / exercise.maxScore) * 100)
          : null,
    };
  });
}

export async function replacementsForJob(
  db: Executor,
  orgId: string,
  jobId: string,
  excluding: string | null,
) {
  const job = await requireJob(db, orgId, jobId);
  const evidence = await pipelineEvidence(db, orgId, job.id);
  return replacementCandidates(evidence, excluding ?? '', { limit: 20 });
}

export async function decideEngagement(
  services: Services,
  auth: AuthContext,
  id: string,
  decision: EngagementDecision,
) {
  const result = await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(engagements)
      .where(and(eq(engagements.orgId, auth.orgId), eq(engagements.id, id)))
      .for('update');
    if (!row) throw notFound('engagement');
    if (row.status !== 'running')
      throw conflict(
        `The engagement has already ${row.status === 'converted' ? 'been converted' : 'ended'}.`,
      );
    let outcome: ReturnType<typeof applyEngagementDecision>;
    try {
      outcome = applyEngagementDecision(
        { kind: row.kind, startDate: row.startDate, endDate: row.endDate },
        decision,
      );
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new AppError('validation_failed', error.message, [{ path: 'decision', message: error.message }]);
    }
    const now = new Date();
    const [updated] = await tx
      .update(engagements)
      .set({
        endDate: outcome.engagement.endDate,
        status:
          outcome.outcome === 'converted' ? 'converted' : outcome.outcome === 'ended' ? 'ended' : 'running',
        decisions: [...row.decisions, { ...decision, decidedAt: now.toISOString(), decidedBy: auth.user.id }],
        updatedAt: now,
      })
      .where(eq(engagements.id, row.id))
      .returning();
    let jobReopened = false;
    if (outcome.reopenJob) {
      const [job] = await tx.select().from(jobs).where(eq(jobs.id, row.jobId));
      if (job && job.status !== 'open') {
        await tx
          .update(jobs)
          .set({ status: 'open', closedAt: null, openedAt: job.openedAt ?? now, updatedAt: now })
          .where(eq(jobs.id, job.id));
        await recordAudit(tx, {
          orgId: auth.orgId,
          actorUserId: auth.user.id,
          action: 'job.status_changed',
          targetType: 'job',
          targetId: job.id,
          data: { from: job.status, to: 'open', reason: 'replacement_requested', engagementId: row.id },
          ip: auth.ip,
        });
        jobReopened = true;
      }
    }
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: row.candidateId,
        applicationId: row.applicationId,
        jobId: row.jobId,
        type: `engagement_${outcome.outcome}`,
        actorUserId: auth.user.id,
        data: { engagementId: row.id, decision },
      },
    ]);
    await recordAudit(tx, {
      orgId: auth.orgId,
      actorUserId: auth.user.id,
      action: 'engagement.decided',
      targetType: 'engagement',
      targetId: row.id,
      data: { decision, outcome: outcome.outcome, jobReopened },
      ip: auth.ip,
    });
    return { engagement: updated!, outcome: outcome.outcome, jobReopened, reopen: outcome.reopenJob };
  });
  const replacements = result.reopen
    ? await replacementsForJob(
        services.db,
        auth.orgId,
        result.engagement.jobId,
        result.engagement.candidateId,
      )
    : null;
  return { ...result, replacements };
}
