// Practical exercises end to end: the invitation e-mailed to the candidate, the portal behind its token (start the
// clock, download the starter, upload), and the background grading that fills in the report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import { firstName } from '../candidates/email-templates.ts';
import type { ExerciseResult } from '../interviews/debrief.ts';
import { getApplicationContext } from '../interviews/interviews.store.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Db, Executor } from '../platform/db/client.ts';
import { AppError, conflict, notFound } from '../platform/errors.ts';
import { getFile, saveFile } from '../platform/files/file-store.ts';
import { defineJob, type JobContext } from '../platform/jobs/queue.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import { hashSecret, newSecret } from '../platform/security/secrets.ts';
import type { Services } from '../platform/services.ts';
import {
  type ExerciseInvitationStatus,
  type ExerciseRating,
  exerciseInvitations,
  exerciseSubmissions,
} from './assessments.tables.ts';
import { type Exercise, exercises, findExercise } from './exercises/index.ts';
import { GraderUnavailableError, type GradeStep, gradeSubmission } from './grader/grade.ts';
import type { GradeReport } from './grader/report.ts';
import { asText, isDocumentFormat } from './hand-in.ts';
import {
  exerciseOfRow,
  exerciseTitles,
  findExerciseFor,
  listOrgExercises,
} from './org-exercises/org-exercises.service.ts';
import { reviewedResults } from './reviews.service.ts';
import { runSimilarityJob, similarityJob } from './similarity/similarity.service.ts';
import { refuseUnsafeZip } from './zip-upload.ts';

export type InvitationRow = typeof exerciseInvitations.$inferSelect;
export type SubmissionRow = typeof exerciseSubmissions.$inferSelect;

const MINUTE = 60_000;
const DAY = 86_400_000;
export const SUBMISSION_MAX_BYTES = 20 * 1024 * 1024;
/** After the deadline the candidate can still open the link for this long, to see what they handed in. */
const READ_AFTER_DEADLINE_MS = 14 * DAY;
export const SUBMISSION_PURPOSE = 'exercise-submission';

/**
 * The exercise an id names in this organisation: shipped, or its own (archived ones only for invitations already
 * sent, not for new ones).
 */
export async function requireExercise(
  db: Executor,
  orgId: string,
  id: string,
  options: { archived?: boolean } = { archived: true },
): Promise<Exercise> {
  const exercise = await findExerciseFor(db, orgId, id, options);
  if (!exercise)
    throw new AppError('validation_failed', `There is no exercise "${id}".`, [
      { path: 'exerciseId', message: 'Unknown exercise.' },
    ]);
  return exercise;
}

/** The shipped library, then the organisation's own exercises (oldest first). */
export async function listExercises(db: Executor, orgId: string): Promise<Exercise[]> {
  const own = await listOrgExercises(db, orgId);
  return [...exercises, ...(await Promise.all(own.map((row) => exerciseOfRow(db, row))))];
}

/** pass / borderline / fail from the share of points: the debrief's one-word reading of a score. */
export function ratingFor(score: number, maxScore: number): ExerciseRating {
  const share = maxScore > 0 ? score / maxScore : 0;
  return share >= 0.8 ? 'pass' : share >= 0.5 ? 'borderline' : 'fail';
}

const when = (date: Date) =>
  `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;

// ---------------------------------------------------------------------------------------------------------
// The hiring team's side

export type SendInput = {
  exerciseId: string;
  timeLimitMinutes?: number | undefined;
  linkValidDays?: number | undefined;
};

export async function sendExerciseInvitation(
  services: Services,
  auth: AuthContext,
  applicationId: string,
  input: SendInput,
) {
  const exercise = await requireExercise(services.db, auth.orgId, input.exerciseId, { archived: false });
  const token = newSecret('hbx_');
  const timeLimitMinutes = input.timeLimitMinutes ?? exercise.timeLimitMinutes;
  const linkValidDays = input.linkValidDays ?? 7;
  return services.db.transaction(async (tx) => {
    const context = await getApplicationContext(tx, auth.orgId, applicationId);
    if (!context) throw notFound('application');
    const { application, candidate, job } = context;
    if (application.status !== 'active') throw conflict(`This application is ${application.status}.`);
    if (!candidate.email) {
      throw new AppError(
        'unprocessable',
        'Add an e-mail address to the candidate first: the link goes there.',
      );
    }
    const expiresAt = new Date(Date.now() + linkValidDays * DAY);
    const [invitation] = await tx
      .insert(exerciseInvitations)
      .values({
        orgId: auth.orgId,
        applicationId,
        candidateId: candidate.id,
        exerciseId: exercise.id,
        tokenHash: hashSecret(token),
        expiresAt,
        timeLimitMinutes,
        createdBy: auth.user.id,
      })
      .returning();
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, auth.orgId));
    const url = `${services.config.PUBLIC_URL}/exercise/${token}`;
    const hours =
      timeLimitMinutes % 60 === 0 ? `${timeLimitMinutes / 60} hours` : `${timeLimitMinutes} minutes`;
    const message = await services.mailer.send(tx, {
      orgId: auth.orgId,
      to: [candidate.email],
      candidateId: candidate.id,
      ...renderEmail({
        subject: `A practical exercise from ${organisation!.name}: ${exercise.title}`,
        heading: `${exercise.title} — ${job.title}`,
        paragraphs: [
          `Hi ${firstName(candidate.name)},`,
          `As the next step for the ${job.title} role, we would like to see how you work on a small, realistic task: ${exercise.summary}`,
          `Open the link to read the brief first. Nothing starts until you press Start; from then you have ${hours} to upload your work, and you may upload again until the time is up.`,
          `The link is for you only. Please start before ${when(expiresAt)}.`,
        ],
        action: { label: 'Open the exercise', url },
      }),
    });
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: candidate.id,
        applicationId,
        jobId: job.id,
        type: 'exercise_sent',
        actorUserId: auth.user.id,
        data: { invitationId: invitation!.id, messageId: message.id, title: exercise.title },
      },
    ]);
    return { invitation: invitation!, url, exerciseTitle: exercise.title };
  });
}

/** The latest submission of each invitation. */
async function latestSubmissions(db: Executor, orgId: string, invitationIds: string[]) {
  if (invitationIds.length === 0) return new Map<string, SubmissionRow>();
  const rows = await db
    .select()
    .from(exerciseSubmissions)
    .where(
      and(eq(exerciseSubmissions.orgId, orgId), inArray(exerciseSubmissions.invitationId, invitationIds)),
    )
    .orderBy(desc(exerciseSubmissions.submittedAt), desc(exerciseSubmissions.createdAt));
  const latest = new Map<string, SubmissionRow>();
  for (const row of rows) if (!latest.has(row.invitationId)) latest.set(row.invitationId, row);
  return latest;
}

/** The status as of now: a link nobody started in time is expired, whatever the row says. */
export function effectiveStatus(invitation: InvitationRow, now = new Date()): ExerciseInvitationStatus {
  if (invitation.status === 'sent' && invitation.expiresAt <= now) return 'expired';
  return invitation.status;
}

export type InvitationWithSubmission = {
  invitation: InvitationRow;
  submission: SubmissionRow | null;
  /** The exercise's title (an organisation's own exercise is named in the database). */
  exerciseTitle?: string;
};

export async function listApplicationInvitations(
  db: Executor,
  orgId: string,
  applicationId: string,
): Promise<InvitationWithSubmission[]> {
  const context = await getApplicationContext(db, orgId, applicationId);
  if (!context) throw notFound('application');
  const rows = await db
    .select()
    .from(exerciseInvitations)
    .where(and(eq(exerciseInvitations.orgId, orgId), eq(exerciseInvitations.applicationId, applicationId)))
    .orderBy(desc(exerciseInvitations.createdAt));
  const latest = await latestSubmissions(
    db,
    orgId,
    rows.map((row) => row.id),
  );
  const titles = await exerciseTitles(
    db,
    orgId,
    rows.map((row) => row.exerciseId),
  );
  return rows.map((invitation) => ({
    invitation,
    submission: latest.get(invitation.id) ?? null,
    exerciseTitle: titles.get(invitation.exerciseId) ?? invitation.exerciseId,
  }));
}

export async function getInvitation(
  db: Executor,
  orgId: string,
  id: string,
): Promise<InvitationWithSubmission> {
  const [invitation] = await db
    .select()
    .from(exerciseInvitations)
    .where(and(eq(exerciseInvitations.orgId, orgId), eq(exerciseInvitations.id, id)));
  if (!invitation) throw notFound('exercise invitation');
  const latest = await latestSubmissions(db, orgId, [id]);
  const titles = await exerciseTitles(db, orgId, [invitation.exerciseId]);
  return {
    invitation,
    submission: latest.get(id) ?? null,
    exerciseTitle: titles.get(invitation.exerciseId) ?? invitation.exerciseId,
  };
}

/**
 * The graded exercises of an application, for the debrief: the latest graded submission of each invitation, and
 * the reviewed hand-ins of written exercises.
 */
export async function exerciseResultsForApplication(
  db: Executor,
  orgId: string,
  applicationId: string,
): Promise<ExerciseResult[]> {
  const invitations = await db
    .select()
    .from(exerciseInvitations)
    .where(and(eq(exerciseInvitations.orgId, orgId), eq(exerciseInvitations.applicationId, applicationId)))
    .orderBy(desc(exerciseInvitations.createdAt));
  if (invitations.length === 0) return [];
  const graded = await db
    .select()
    .from(exerciseSubmissions)
    .where(
      and(
        eq(exerciseSubmissions.orgId, orgId),
        inArray(
          exerciseSubmissions.invitationId,
          invitations.map((row) => row.id),
        ),
        eq(exerciseSubmissions.gradingStatus, 'done'),
      ),
    )
    .orderBy(desc(exerciseSubmissions.submittedAt));
  const titles = await exerciseTitles(
    db,
    orgId,
    invitations.map((row) => row.exerciseId),
  );
  const results: ExerciseResult[] = [];
  for (const invitation of invitations) {
    const submission = graded.find((row) => row.invitationId === invitation.id);
    if (!submission || submission.score === null || submission.maxScore === null) continue;
    results.push({
      exerciseId: invitation.exerciseId,
      title: titles.get(invitation.exerciseId) ?? invitation.exerciseId,
      score: submission.score,
      maxScore: submission.maxScore,
      verdict: submission.rating ?? ratingFor(submission.score, submission.maxScore),
    });
  }
  // Written exercises count once reviewers have scored them.
  results.push(...(await reviewedResults(db, orgId, invitations)));
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// The candidate's side, behind the token

async function invitationByToken(
  db: Executor,
  token: string,
  options: { lock?: boolean } = {},
  now = new Date(),
) {
  const query = db
    .select()
    .from(exerciseInvitations)
    .where(eq(exerciseInvitations.tokenHash, hashSecret(token)));
  const [invitation] = options.lock ? await query.for('update') : await query;
  if (!invitation)
    throw new AppError(
      'not_found',
      'This exercise link is not valid. Check that you copied the whole link from the e-mail.',
    );
  const open = invitation.startedAt
    ? invitation.deadlineAt!.getTime() + READ_AFTER_DEADLINE_MS > now.getTime()
    : invitation.expiresAt > now;
  if (!open) {
    throw new AppError(
      'not_found',
      'This exercise link has expired. If you still want to take part, please ask the recruiter for a new one.',
    );
  }
  return invitation;
}

export async function publicExercise(services: Services, token: string, now = new Date()) {
  const invitation = await invitationByToken(services.db, token, {}, now);
  const exercise = await requireExercise(services.db, invitation.orgId, invitation.exerciseId);
  const context = (await getApplicationContext(services.db, invitation.orgId, invitation.applicationId))!;
  const [organisation] = await services.db
    .select()
    .from(organisations)
    .where(eq(organisations.id, invitation.orgId));
  const latest = (await latestSubmissions(services.db, invitation.orgId, [invitation.id])).get(invitation.id);
  return {
    invitation,
    exercise,
    organisation: organisation!.name,
    job: context.job.title,
    candidate: context.candidate,
    latest: latest ?? null,
  };
}

/** The exercise's title for the timeline, falling back to its id. */
async function titleOf(db: Executor, invitation: { orgId: string; exerciseId: string }) {
  const titles = await exerciseTitles(db, invitation.orgId, [invitation.exerciseId]);
  return titles.get(invitation.exerciseId) ?? invitation.exerciseId;
}

/** Starts the clock; starting again changes nothing. */
export async function startExercise(services: Services, token: string, now = new Date()) {
  return services.db.transaction(async (tx) => {
    const invitation = await invitationByToken(tx, token, { lock: true }, now);
    if (invitation.startedAt) return invitation;
    const deadlineAt = new Date(now.getTime() + invitation.timeLimitMinutes * MINUTE);
    const [started] = await tx
      .update(exerciseInvitations)
      .set({ startedAt: now, deadlineAt, status: 'started', updatedAt: now })
      .where(eq(exerciseInvitations.id, invitation.id))
      .returning();
    await recordEvents(tx, [
      {
        orgId: invitation.orgId,
        candidateId: invitation.candidateId,
        applicationId: invitation.applicationId,
        type: 'exercise_started',
        data: {
          invitationId: invitation.id,
          title: await titleOf(tx, invitation),
          deadlineAt: deadlineAt.toISOString(),
        },
      },
    ]);
    return started!;
  });
}

/** Refuses an unknown or expired token before an upload's bytes are read. */
export async function requireOpenToken(services: Services, token: string) {
  await invitationByToken(services.db, token);
}

export async function starterFor(services: Services, token: string) {
  const invitation = await invitationByToken(services.db, token);
  return requireExercise(services.db, invitation.orgId, invitation.exerciseId);
}

export type SubmissionFormat = 'zip' | 'tar.gz' | 'tar' | 'git-bundle' | 'pdf' | 'markdown' | 'text';

/**
 * What the upload is: archives and PDFs from their bytes (never their name); a Markdown or text document (which
 * only written exercises accept) from its name once its bytes are plain UTF-8 text.
 */
export function submissionFormat(content: Buffer, filename = ''): SubmissionFormat | null {
  if (
    content.length >= 4 &&
    content[0] === 0x50 &&
    content[1] === 0x4b &&
    content[2] === 3 &&
    content[3] === 4
  )
    return 'zip';
  if (content.length >= 2 && content[0] === 0x1f && content[1] === 0x8b) return 'tar.gz';
  if (content.length >= 262 && content.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
  if (/^# v[23] git bundle\n/.test(content.subarray(0, 20).toString('latin1'))) return 'git-bundle';
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const document = /\.(md|markdown|txt)$/i.exec(filename)?.[1]?.toLowerCase();
  if (document && asText(content) !== null) return document === 'txt' ? 'text' : 'markdown';
  return null;
}

const extensionOf: Record<SubmissionFormat, string> = {
  zip: 'zip',
  'tar.gz': 'tar.gz',
  tar: 'tar',
  'git-bundle': 'bundle',
  pdf: 'pdf',
  markdown: 'md',
  text: 'txt',
};

const contentTypeOf: Partial<Record<SubmissionFormat, string>> = {
  zip: 'application/zip',
  pdf: 'application/pdf',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

export const gradeExerciseJob = defineJob({
  type: 'assessments.grade',
  payload: z.object({ orgId: z.uuid(), submissionId: z.uuid() }),
  // A grader that cannot sandbox will not fix itself in seconds: fail at once, and an admin retries.
  maxAttempts: 1,
  run: async () => undefined, // bound to the services at boot (see registerAssessmentJobs)
});

export async function submitExercise(
  services: Services,
  token: string,
  upload: { filename: string; content: Buffer },
  now = new Date(),
) {
  if (upload.content.length === 0) {
    throw new AppError('validation_failed', 'Attach your work as a file.', [
      { path: 'file', message: 'Missing or empty.' },
    ]);
  }
  // A written exercise (reviewed on a rubric, nothing runs) also takes a single document.
  const opened = await invitationByToken(services.db, token, {}, now);
  const reviewed = (await requireExercise(services.db, opened.orgId, opened.exerciseId)).kind === 'rubric';
  const format = submissionFormat(upload.content, upload.filename);
  if (!format || (isDocumentFormat(format) && !reviewed)) {
    throw new AppError(
      'unsupported_media_type',
      reviewed
        ? 'Please upload your answer as a .md, .txt or .pdf file, or a .zip of your documents; this file is none of them.'
        : 'Please upload a .zip, a .tar.gz or a git bundle of your project; this file is none of them.',
    );
  }
  if (format === 'zip') refuseUnsafeZip(upload.content);
  return services.db.transaction(async (tx) => {
    const invitation = await invitationByToken(tx, token, { lock: true }, now);
    if (!invitation.startedAt || !invitation.deadlineAt) {
      throw conflict('Press Start first: the upload opens when your time starts.');
    }
    if (invitation.deadlineAt <= now) {
      throw conflict(
        `The time for this exercise ended at ${when(invitation.deadlineAt)}, so no more uploads are accepted. Your last upload before then is the one we review.`,
      );
    }
    const file = await saveFile(tx, {
      orgId: invitation.orgId,
      ownerType: 'candidate',
      ownerId: invitation.candidateId,
      purpose: SUBMISSION_PURPOSE,
      filename: upload.filename || `submission.${extensionOf[format]}`,
      contentType: contentTypeOf[format] ?? 'application/octet-stream',
      content: upload.content,
    });
    const [submission] = await tx
      .insert(exerciseSubmissions)
      .values({
        orgId: invitation.orgId,
        invitationId: invitation.id,
        fileId: file.id,
        filename: file.filename,
        format,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        submittedAt: now,
        gradingStatus: reviewed ? 'awaiting_review' : 'queued',
      })
      .returning();
    await tx
      .update(exerciseInvitations)
      .set({ status: 'submitted', updatedAt: now })
      .where(eq(exerciseInvitations.id, invitation.id));
    await recordEvents(tx, [
      {
        orgId: invitation.orgId,
        candidateId: invitation.candidateId,
        applicationId: invitation.applicationId,
        type: 'exercise_submitted',
        data: {
          invitationId: invitation.id,
          submissionId: submission!.id,
          title: await titleOf(tx, invitation),
          filename: file.filename,
        },
      },
    ]);
    const job = { orgId: invitation.orgId, submissionId: submission!.id };
    if (!reviewed) await services.queue.enqueue(tx, gradeExerciseJob, job, { orgId: invitation.orgId });
    await services.queue.enqueue(tx, similarityJob, job, { orgId: invitation.orgId });
    return { invitation, submission: submission! };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Grading, in the background

async function updateSubmission(db: Executor, orgId: string, id: string, values: Partial<SubmissionRow>) {
  await db
    .update(exerciseSubmissions)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(exerciseSubmissions.orgId, orgId), eq(exerciseSubmissions.id, id)));
}

export type GradeRunner = (options: Parameters<typeof gradeSubmission>[0]) => Promise<GradeReport>;

/**
 * Grades one submission: the upload goes to a private temporary folder and is graded there, outside any
 * transaction (it takes seconds); progress is written as it goes, and the report lands in one transaction with
 * the timeline event.
 */
export async function runGradingJob(
  db: Db,
  payload: z.infer<typeof gradeExerciseJob.payload>,
  context: Pick<JobContext, 'reportProgress'>,
  grade: GradeRunner = gradeSubmission,
) {
  const [submission] = await db
    .select()
    .from(exerciseSubmissions)
    .where(
      and(eq(exerciseSubmissions.orgId, payload.orgId), eq(exerciseSubmissions.id, payload.submissionId)),
    );
  if (!submission) return { status: 'gone' };
  if (submission.gradingStatus === 'done') return { status: 'done' };
  if (submission.gradingStatus === 'awaiting_review') return { status: 'awaiting_review' };
  const { invitation, exerciseTitle } = await getInvitation(db, payload.orgId, submission.invitationId);
  if (findExercise(invitation.exerciseId)?.kind === 'rubric') {
    // Reviewers judge a written exercise: nothing of it is ever run.
    await updateSubmission(db, payload.orgId, submission.id, { gradingStatus: 'awaiting_review' });
    return { status: 'awaiting_review' };
  }
  const file = submission.fileId ? await getFile(db, payload.orgId, submission.fileId) : undefined;
  if (!file) {
    await updateSubmission(db, payload.orgId, submission.id, {
      gradingStatus: 'failed',
      error: 'The uploaded file is no longer stored.',
    });
    return { status: 'failed' };
  }
  await updateSubmission(db, payload.orgId, submission.id, {
    gradingStatus: 'running',
    progressStep: 'unpacking',
    progressFraction: 0,
    error: null,
  });

  // Progress arrives synchronously from the grader; writes are chained so they land in order, and only when
  // the step changes or the bar moved visibly (each is a query, and PGlite runs one at a time).
  let written = { step: '', fraction: -1 };
  let writes = Promise.resolve();
  const onProgress = (step: GradeStep, fraction: number) => {
    if (step === written.step && fraction - written.fraction < 0.05) return;
    written = { step, fraction };
    writes = writes
      .then(async () => {
        await updateSubmission(db, payload.orgId, submission.id, {
          progressStep: step,
          progressFraction: fraction,
        });
        await context.reportProgress(Math.round(fraction * 100));
      })
      .catch(() => undefined);
  };

  const workDir = mkdtempSync(join(tmpdir(), 'hirebench-submission-'));
  let report: GradeReport;
  try {
    const archive = join(
      workDir,
      `submission.${extensionOf[submission.format as SubmissionFormat] ?? 'bin'}`,
    );
    writeFileSync(archive, file.content, { mode: 0o600 });
    const exercise = await requireExercise(db, payload.orgId, invitation.exerciseId);
    report = await grade({ exercise, submissionPath: archive, onProgress });
  } catch (error) {
    await writes;
    const reason =
      error instanceof GraderUnavailableError
        ? `The grader cannot run here (${error.message}); nothing was run. Retry from Settings → Background jobs once the sandbox is available.`
        : `Grading stopped: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`;
    await updateSubmission(db, payload.orgId, submission.id, { gradingStatus: 'failed', error: reason });
    throw error;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  await writes;

  const rating = ratingFor(report.score, report.maxScore);
  await db.transaction(async (tx) => {
    await updateSubmission(tx, payload.orgId, submission.id, {
      gradingStatus: 'done',
      progressStep: 'done',
      progressFraction: 1,
      report,
      score: report.score,
      maxScore: report.maxScore,
      verdict: report.verdict,
      rating,
      gradedAt: new Date(),
    });
    // A later upload may already be waiting: only the latest submission decides the invitation's status.
    const latest = (await latestSubmissions(tx, payload.orgId, [invitation.id])).get(invitation.id);
    if (latest?.id === submission.id) {
      await tx
        .update(exerciseInvitations)
        .set({ status: 'graded', updatedAt: new Date() })
        .where(eq(exerciseInvitations.id, invitation.id));
    }
    const title = exerciseTitle ?? invitation.exerciseId;
    await recordEvents(tx, [
      {
        orgId: payload.orgId,
        candidateId: invitation.candidateId,
        applicationId: invitation.applicationId,
        type: 'exercise_graded',
        data: {
          invitationId: invitation.id,
          submissionId: submission.id,
          title,
          score: report.score,
          maxScore: report.maxScore,
          rating,
          summary: `exercise graded: ${report.score}/${report.maxScore}`,
        },
      },
    ]);
  });
  return { status: 'done', score: report.score, maxScore: report.maxScore };
}

export function registerAssessmentJobs(services: Services, grade?: GradeRunner) {
  services.queue.register({
    ...gradeExerciseJob,
    run: (payload, context) => runGradingJob(services.db, payload, context, grade),
  });
  services.queue.register({ ...similarityJob, run: (payload) => runSimilarityJob(services.db, payload) });
}
