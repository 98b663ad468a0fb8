import { and, desc, eq } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { users } from '../accounts/accounts.tables.ts';
import { exerciseResultsForApplication } from '../assessments/assessments.service.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { forbidden, notFound } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import type { JobRow } from '../roles/roles.store.ts';
import { buildDebrief, type Decision, type PanelScorecard } from './debrief.ts';
import { mustHaveSkills } from './interview-plan.ts';
import { getApplicationContext } from './interviews.store.ts';
import { hiringDecisions } from './interviews.tables.ts';
import { ensurePlan } from './plans.service.ts';
import { isJobHiringManager, scorecardsForViewer } from './scorecards.service.ts';

/** Admins and recruiters; a hiring manager only for their own job. */
function requireDebriefReader(auth: AuthContext, job: JobRow) {
  if (auth.user.role === 'hiring_manager' && !isJobHiringManager(auth, job)) {
    throw forbidden("Only this job's hiring manager, recruiters and admins see its debriefs.");
  }
}

/** The person who decides: an admin or the job's hiring manager. */
function requireDecider(auth: AuthContext, job: JobRow) {
  if (auth.user.role !== 'admin' && !isJobHiringManager(auth, job)) {
    throw forbidden("Only the job's hiring manager or an admin records the hiring decision.");
  }
}

export async function latestDecision(db: Executor, orgId: string, applicationId: string) {
  const [row] = await db
    .select({ decision: hiringDecisions, decidedByName: users.name })
    .from(hiringDecisions)
    .leftJoin(users, eq(users.id, hiringDecisions.decidedBy))
    .where(and(eq(hiringDecisions.orgId, orgId), eq(hiringDecisions.applicationId, applicationId)))
    .orderBy(desc(hiringDecisions.decidedAt))
    .limit(1);
  return row ?? null;
}

/**
 * The debrief over the submitted scorecards the caller may read: the same visibility rule as the scorecard
 * list, so a recruiter on the panel cannot read the others through the debrief before submitting.
 */
export async function applicationDebrief(
  services: Services,
  auth: AuthContext,
  applicationId: string,
  proposedDecision: Decision | null,
) {
  const db = services.db;
  const context = await getApplicationContext(db, auth.orgId, applicationId);
  if (!context) throw notFound('application');
  requireDebriefReader(auth, context.job);
  const plan = (await ensurePlan(db, auth.orgId, context.job)).plan;
  const { visible, hidden } = await scorecardsForViewer(db, auth, applicationId);
  const submitted = visible.filter((row) => row.scorecard.submittedAt !== null);
  const panel: PanelScorecard[] = submitted.map((row) => ({
    authorId: row.scorecard.authorId,
    authorName: row.authorName,
    interviewKey: row.interview.planKey,
    ratings: row.scorecard.data.ratings,
    notes: row.scorecard.data.notes,
    redFlags: row.scorecard.data.redFlags,
    recommendation: row.scorecard.data.recommendation!,
  }));
  const decided = await latestDecision(db, auth.orgId, applicationId);
  const debrief = buildDebrief({
    plan,
    mustHaves: mustHaveSkills(context.job.blueprint).map((skill) => skill.skill),
    scorecards: panel,
    exercises: await exerciseResultsForApplication(db, auth.orgId, applicationId),
    proposedDecision: proposedDecision ?? decided?.decision.decision ?? null,
  });
  return {
    context,
    debrief,
    hiddenSubmitted: hidden.filter((row) => row.scorecard.submittedAt !== null).length,
    decision: decided,
  };
}

export async function recordDecision(
  services: Services,
  auth: AuthContext,
  applicationId: string,
  input: { decision: Decision; rationale: string },
) {
  return services.db.transaction(async (tx) => {
    const context = await getApplicationContext(tx, auth.orgId, applicationId);
    if (!context) throw notFound('application');
    requireDecider(auth, context.job);
    const [row] = await tx
      .insert(hiringDecisions)
      .values({
        orgId: auth.orgId,
        applicationId,
        decision: input.decision,
        rationale: input.rationale,
        decidedBy: auth.user.id,
      })
      .returning();
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: context.candidate.id,
        applicationId,
        jobId: context.job.id,
        type: 'hiring_decision',
        actorUserId: auth.user.id,
        data: { decisionId: row!.id, decision: input.decision, rationale: input.rationale },
      },
    ]);
    return { decision: row!, decidedByName: auth.user.name };
  });
}
