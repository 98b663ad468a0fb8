// Reviewer rubrics: nothing runs for a written exercise; reviewers read the hand-in and score it against the
// exercise's rubric, one review each. Others' reviews follow the scorecard rule: hidden until you submit yours
// (admins and the job's hiring manager see them all; recruiters, who do not review, read them as they come).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { users } from '../accounts/accounts.tables.ts';
import type { ExerciseResult } from '../interviews/debrief.ts';
import { getApplicationContext } from '../interviews/interviews.store.ts';
import { scorecardVisibility } from '../interviews/scorecard.ts';
import { viewerOf } from '../interviews/scorecards.service.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { getFile } from '../platform/files/file-store.ts';
import type { Services } from '../platform/services.ts';
import { exerciseInvitations, exerciseReviews, exerciseSubmissions } from './assessments.tables.ts';
import { findExercise, type RubricExercise } from './exercises/index.ts';
import { type RubricReview, reviewProblems, summariseReviews } from './exercises/rubric.ts';
import { readHandIn } from './hand-in.ts';

export type ReviewRow = typeof exerciseReviews.$inferSelect;
export type ReviewWithReviewer = { review: ReviewRow; reviewerName: string };

/** Who may score a hand-in: the people who judge technical work. */
export const reviewerRoles = ['admin', 'hiring_manager', 'interviewer'] as const;

/** The submission of a rubric exercise in the caller's organisation, with its invitation and application. */
async function rubricSubmission(db: Executor, orgId: string, submissionId: string) {
  const [row] = await db
    .select({ submission: exerciseSubmissions, invitation: exerciseInvitations })
    .from(exerciseSubmissions)
    .innerJoin(exerciseInvitations, eq(exerciseInvitations.id, exerciseSubmissions.invitationId))
    .where(and(eq(exerciseSubmissions.orgId, orgId), eq(exerciseSubmissions.id, submissionId)));
  if (!row) throw notFound('submission');
  const exercise = findExercise(row.invitation.exerciseId);
  if (exercise?.kind !== 'rubric') {
    throw conflict('This exercise is graded automatically: it has no rubric for reviewers.');
  }
  const context = (await getApplicationContext(db, orgId, row.invitation.applicationId))!;
  return { ...row, exercise, context };
}

async function reviewsOf(
  db: Executor,
  orgId: string,
  submissionIds: string[],
): Promise<ReviewWithReviewer[]> {
  if (submissionIds.length === 0) return [];
  const rows = await db
    .select({ review: exerciseReviews, reviewerName: users.name })
    .from(exerciseReviews)
    .innerJoin(users, eq(users.id, exerciseReviews.reviewerId))
    .where(and(eq(exerciseReviews.orgId, orgId), inArray(exerciseReviews.submissionId, submissionIds)))
    .orderBy(asc(exerciseReviews.submittedAt));
  return rows;
}

const asReview = (row: ReviewRow): RubricReview => ({ scores: row.scores, comment: row.comment });

/** The rubric, the caller's own review, the others' reviews the caller may read, and the summary over those. */
export async function reviewView(services: Services, auth: AuthContext, submissionId: string) {
  const found = await rubricSubmission(services.db, auth.orgId, submissionId);
  const all = await reviewsOf(services.db, auth.orgId, [submissionId]);
  const mine = all.find((row) => row.review.reviewerId === auth.user.id) ?? null;
  const viewer = viewerOf(auth, found.context.job);
  const visible = all.filter(
    (row) =>
      auth.user.role === 'recruiter' ||
      scorecardVisibility({
        viewer,
        scorecard: { authorId: row.review.reviewerId, submittedAt: row.review.submittedAt },
        viewerHasSubmittedForCandidate: mine !== null,
      }).visible,
  );
  return {
    ...found,
    mine,
    visible,
    hidden: all.length - visible.length,
    canReview: (reviewerRoles as readonly string[]).includes(auth.user.role),
    summary: summariseReviews(
      found.exercise.rubric,
      visible.map((row) => asReview(row.review)),
    ),
  };
}

/** Saves the caller's review of the hand-in, complete or not at all; a second save replaces the first. */
export async function saveReview(
  services: Services,
  auth: AuthContext,
  submissionId: string,
  input: RubricReview,
) {
  const { exercise } = await rubricSubmission(services.db, auth.orgId, submissionId);
  const problems = reviewProblems(exercise.rubric, input);
  if (problems.length > 0)
    throw new AppError('validation_failed', 'The review is not complete yet.', problems);
  const scores = exercise.rubric.criteria.map((criterion) => {
    const entry = input.scores.find((score) => score.criterionId === criterion.id)!;
    return { criterionId: criterion.id, score: entry.score, evidence: entry.evidence.trim() };
  });
  return services.db.transaction(async (tx) => {
    const { submission, invitation } = await rubricSubmission(tx, auth.orgId, submissionId);
    const now = new Date();
    const [existing] = await tx
      .select({ id: exerciseReviews.id })
      .from(exerciseReviews)
      .where(
        and(eq(exerciseReviews.submissionId, submissionId), eq(exerciseReviews.reviewerId, auth.user.id)),
      )
      .for('update');
    const values = { scores, comment: input.comment.trim(), submittedAt: now, updatedAt: now };
    const [review] = await tx
      .insert(exerciseReviews)
      .values({ orgId: auth.orgId, submissionId, reviewerId: auth.user.id, ...values })
      .onConflictDoUpdate({ target: [exerciseReviews.submissionId, exerciseReviews.reviewerId], set: values })
      .returning();
    // Reviewing the latest hand-in settles the invitation, as grading does for the automatic exercises.
    const [latest] = await tx
      .select({ id: exerciseSubmissions.id })
      .from(exerciseSubmissions)
      .where(
        and(eq(exerciseSubmissions.orgId, auth.orgId), eq(exerciseSubmissions.invitationId, invitation.id)),
      )
      .orderBy(desc(exerciseSubmissions.submittedAt), desc(exerciseSubmissions.createdAt))
      .limit(1);
    if (latest?.id === submission.id && invitation.status !== 'graded') {
      await tx
        .update(exerciseInvitations)
        .set({ status: 'graded', updatedAt: now })
        .where(eq(exerciseInvitations.id, invitation.id));
    }
    const mean = scores.reduce((sum, entry) => sum + entry.score, 0) / scores.length;
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: invitation.candidateId,
        applicationId: invitation.applicationId,
        type: 'exercise_reviewed',
        actorUserId: auth.user.id,
        data: {
          invitationId: invitation.id,
          submissionId,
          title: exercise.title,
          revised: existing !== undefined,
          summary: `${exercise.title} reviewed by ${auth.user.name}: ${mean.toFixed(1)} of 4`,
        },
      },
    ]);
    return { review: review!, created: existing === undefined };
  });
}

/** The hand-in as text for the reviewer, and the stored file to download. */
export async function handInOf(services: Services, auth: AuthContext, submissionId: string) {
  const { submission } = await rubricSubmission(services.db, auth.orgId, submissionId);
  const file = submission.fileId ? await getFile(services.db, auth.orgId, submission.fileId) : undefined;
  if (!file) return { submission, handIn: { files: [], problem: 'The uploaded file is no longer stored.' } };
  return {
    submission,
    handIn: await readHandIn({
      content: file.content,
      format: submission.format,
      filename: submission.filename,
    }),
  };
}

/**
 * The reviewed rubric exercises among these invitations, for the debrief: the latest reviewed hand-in of each,
 * read over every submitted review (the debrief's readers — admins, recruiters, the job's hiring manager — may
 * read them all).
 */
export async function reviewedResults(
  db: Executor,
  orgId: string,
  invitations: readonly { id: string; exerciseId: string }[],
): Promise<ExerciseResult[]> {
  const rubricInvitations = invitations.flatMap((invitation) => {
    const exercise = findExercise(invitation.exerciseId);
    return exercise?.kind === 'rubric' ? [{ invitation, exercise: exercise as RubricExercise }] : [];
  });
  if (rubricInvitations.length === 0) return [];
  // Every review of these invitations' hand-ins, the latest hand-in's first.
  const reviews = await db
    .select({ review: exerciseReviews, invitationId: exerciseSubmissions.invitationId })
    .from(exerciseReviews)
    .innerJoin(exerciseSubmissions, eq(exerciseSubmissions.id, exerciseReviews.submissionId))
    .where(
      and(
        eq(exerciseReviews.orgId, orgId),
        inArray(
          exerciseSubmissions.invitationId,
          rubricInvitations.map((entry) => entry.invitation.id),
        ),
      ),
    )
    .orderBy(desc(exerciseSubmissions.submittedAt), desc(exerciseSubmissions.createdAt));
  const results: ExerciseResult[] = [];
  for (const { invitation, exercise } of rubricInvitations) {
    const reviewed = reviews.find((entry) => entry.invitationId === invitation.id)?.review.submissionId;
    if (!reviewed) continue;
    const summary = summariseReviews(
      exercise.rubric,
      reviews
        .filter((entry) => entry.review.submissionId === reviewed)
        .map((entry) => asReview(entry.review)),
    );
    if (summary.score === null || summary.verdict === null) continue;
    results.push({
      exerciseId: exercise.id,
      title: exercise.title,
      score: summary.score,
      maxScore: summary.maxScore,
      verdict: summary.verdict,
      review: { averageRating: summary.averageRating!, reviewers: summary.reviews },
    });
  }
  return results;
}
