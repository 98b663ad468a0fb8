import { and, desc, eq } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, forbidden, notFound } from '../platform/errors.ts';
import type { Services } from '../platform/services.ts';
import type { JobRow } from '../roles/roles.store.ts';
import { interviewFocus, type PlanAttribute } from './interview-plan.ts';
import {
  getApplicationContext,
  getInterview,
  hasSubmittedFor,
  type InterviewRow,
  listParticipants,
  type ScorecardRow,
  scorecardsOfApplication,
} from './interviews.store.ts';
import { scorecardRevisions, scorecards } from './interviews.tables.ts';
import { ensurePlan } from './plans.service.ts';
import {
  type ScorecardDraft,
  type ScorecardDraftInput,
  type ScorecardViewer,
  scorecardDraftSchema,
  scorecardVisibility,
  submittedScorecardSchema,
} from './scorecard.ts';

/** The job's owner is its hiring manager: jobs record no separate hiring-manager field. */
export const isJobHiringManager = (auth: AuthContext, job: Pick<JobRow, 'ownerId'>) =>
  job.ownerId !== null && job.ownerId === auth.user.id;

export const viewerOf = (auth: AuthContext, job: Pick<JobRow, 'ownerId'>): ScorecardViewer => ({
  userId: auth.user.id,
  role: auth.user.role,
  isJobHiringManager: isJobHiringManager(auth, job),
});

/**
 * The interview, when the caller may work with it: its panel, admins, and the job's hiring manager.
 * Anyone else gets 404 — an interview one is not part of is not theirs to know about.
 */
export async function requireInterviewAccess(db: Executor, auth: AuthContext, interviewId: string) {
  const interview = await getInterview(db, auth.orgId, interviewId);
  if (!interview) throw notFound('interview');
  const context = (await getApplicationContext(db, auth.orgId, interview.applicationId))!;
  const panel = await listParticipants(db, auth.orgId, [interview.id]);
  const onPanel = panel.some((person) => person.userId === auth.user.id);
  const privileged =
    auth.user.role === 'admin' || auth.user.role === 'recruiter' || isJobHiringManager(auth, context.job);
  if (!onPanel && !privileged) throw notFound('interview');
  return { interview, panel, onPanel, ...context };
}

export async function focusOf(db: Executor, orgId: string, job: JobRow, interview: InterviewRow) {
  const plan = (await ensurePlan(db, orgId, job)).plan;
  return { plan, focus: interviewFocus(plan, interview.planKey) };
}

async function ownScorecard(db: Executor, orgId: string, interviewId: string, userId: string) {
  const [row] = await db
    .select()
    .from(scorecards)
    .where(
      and(
        eq(scorecards.orgId, orgId),
        eq(scorecards.interviewId, interviewId),
        eq(scorecards.authorId, userId),
      ),
    );
  return row;
}

export async function getMyScorecard(services: Services, auth: AuthContext, interviewId: string) {
  const access = await requireInterviewAccess(services.db, auth, interviewId);
  const { focus } = await focusOf(services.db, auth.orgId, access.job, access.interview);
  const row = await ownScorecard(services.db, auth.orgId, interviewId, auth.user.id);
  return { access, focus, row: row ?? null };
}

function requirePanelist(access: { onPanel: boolean }) {
  if (!access.onPanel) {
    throw forbidden('Only the interviewers on this interview write its scorecards.');
  }
}

function validateSubmitted(focus: PlanAttribute[], input: ScorecardDraftInput): ScorecardDraft {
  const schema = submittedScorecardSchema(focus);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // zod skips the per-attribute checks while the recommendation is missing; run them too, so every problem
  // shows at once.
  const more = input.recommendation
    ? []
    : (schema.safeParse({ ...input, recommendation: 'yes' }).error?.issues ?? []);
  throw new AppError(
    'validation_failed',
    'The scorecard is not complete yet.',
    [...parsed.error.issues, ...more].map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  );
}

/**
 * Saves the caller's notes and ratings. Before submission anything partial is fine (autosave); after it, the
 * edit must be a complete scorecard again, and what it replaces is kept as a revision.
 */
export async function saveScorecard(
  services: Services,
  auth: AuthContext,
  interviewId: string,
  input: ScorecardDraftInput,
  options: { submit: boolean },
) {
  return services.db.transaction(async (tx) => {
    const access = await requireInterviewAccess(tx, auth, interviewId);
    requirePanelist(access);
    const { interview } = access;
    if (interview.status === 'cancelled')
      throw conflict('This interview was cancelled; there is nothing to score.');
    const { focus } = await focusOf(tx, auth.orgId, access.job, interview);
    const [existing] = await tx
      .select()
      .from(scorecards)
      .where(
        and(
          eq(scorecards.orgId, auth.orgId),
          eq(scorecards.interviewId, interviewId),
          eq(scorecards.authorId, auth.user.id),
        ),
      )
      .for('update');
    const alreadySubmitted = existing?.submittedAt != null;
    const mustBeComplete = options.submit || alreadySubmitted;
    if (mustBeComplete && interview.startsAt.getTime() > Date.now()) {
      throw conflict('The interview has not started yet: submit the scorecard once you have held it.');
    }
    const data = mustBeComplete ? validateSubmitted(focus, input) : scorecardDraftSchema.parse(input);
    const now = new Date();

    if (!existing) {
      const [created] = await tx
        .insert(scorecards)
        .values({
          orgId: auth.orgId,
          interviewId,
          applicationId: interview.applicationId,
          authorId: auth.user.id,
          data,
          recommendation: mustBeComplete ? data.recommendation : null,
          submittedAt: mustBeComplete ? now : null,
        })
        // A second tab autosaving at the same moment: the unique index makes it one row.
        .onConflictDoUpdate({
          target: [scorecards.interviewId, scorecards.authorId],
          set: { data, updatedAt: now },
        })
        .returning();
      if (mustBeComplete) await recordSubmission(tx, auth, interview, created!);
      return created!;
    }
    if (alreadySubmitted) {
      await tx.insert(scorecardRevisions).values({
        orgId: auth.orgId,
        scorecardId: existing.id,
        revision: existing.revision,
        data: existing.data,
        submittedAt: existing.submittedAt!,
        replacedBy: auth.user.id,
      });
    }
    const [updated] = await tx
      .update(scorecards)
      .set({
        data,
        updatedAt: now,
        ...(mustBeComplete ? { recommendation: data.recommendation } : {}),
        ...(alreadySubmitted ? { revision: existing.revision + 1 } : {}),
        ...(options.submit && !alreadySubmitted ? { submittedAt: now } : {}),
      })
      .where(eq(scorecards.id, existing.id))
      .returning();
    if (options.submit && !alreadySubmitted) await recordSubmission(tx, auth, interview, updated!);
    return updated!;
  });
}

async function recordSubmission(tx: Executor, auth: AuthContext, interview: InterviewRow, row: ScorecardRow) {
  // The timeline says who submitted, never what they recommended: that stays behind the visibility rule.
  await recordEvents(tx, [
    {
      orgId: auth.orgId,
      candidateId: interview.candidateId,
      applicationId: interview.applicationId,
      jobId: interview.jobId,
      type: 'scorecard_submitted',
      actorUserId: auth.user.id,
      data: { interviewId: interview.id, scorecardId: row.id, title: interview.title },
    },
  ]);
}

export function scorecardHistory(db: Executor, orgId: string, scorecardId: string) {
  return db
    .select()
    .from(scorecardRevisions)
    .where(and(eq(scorecardRevisions.orgId, orgId), eq(scorecardRevisions.scorecardId, scorecardId)))
    .orderBy(desc(scorecardRevisions.revision));
}

/**
 * Every scorecard of an application, split by THE rule (`scorecardVisibility`): what the caller may read in
 * full, and — for the rest — only who owes or has written one, never what it says.
 */
export async function scorecardsForViewer(db: Executor, auth: AuthContext, applicationId: string) {
  const context = await getApplicationContext(db, auth.orgId, applicationId);
  if (!context) throw notFound('application');
  const viewer = viewerOf(auth, context.job);
  const viewerHasSubmittedForCandidate = await hasSubmittedFor(db, auth.orgId, applicationId, auth.user.id);
  const rows = await scorecardsOfApplication(db, auth.orgId, applicationId);
  const visible: (typeof rows)[number][] = [];
  const hidden: ((typeof rows)[number] & { reason: string })[] = [];
  for (const row of rows) {
    const verdict = scorecardVisibility({
      viewer,
      scorecard: { authorId: row.scorecard.authorId, submittedAt: row.scorecard.submittedAt },
      viewerHasSubmittedForCandidate,
    });
    if (verdict.visible) visible.push(row);
    else hidden.push({ ...row, reason: verdict.reason });
  }
  return { context, viewer, viewerHasSubmittedForCandidate, visible, hidden };
}
