// Similarity between submissions of the same exercise, as a background job after each upload: the hand-in is read
// once, its fingerprints (the starter's removed) are stored, and they are compared in the database with the
// stored fingerprints of the other candidates' submissions of that exercise in the same organisation — never
// across organisations, never with the candidate's own earlier uploads. The closest match and its score are kept
// on both sides; a score at or above the threshold is a flag for a reviewer, never a rejection.
import { and, desc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { candidates } from '../../candidates/candidates.tables.ts';
import type { Db, Executor } from '../../platform/db/client.ts';
import { getFile } from '../../platform/files/file-store.ts';
import { defineJob } from '../../platform/jobs/queue.ts';
import { exerciseInvitations, exerciseSimilarities, exerciseSubmissions } from '../assessments.tables.ts';
import { type Exercise, starterFiles } from '../exercises/exercise.ts';
import { readHandIn } from '../hand-in.ts';
import { findExerciseFor } from '../org-exercises/org-exercises.service.ts';
import {
  compareSubmissions,
  fingerprintSubmission,
  type MatchingFile,
  type SubmissionFingerprint,
  similarityScore,
  similarityThreshold,
} from './similarity.ts';

export const similarityJob = defineJob({
  type: 'assessments.similarity',
  payload: z.object({ orgId: z.uuid(), submissionId: z.uuid() }),
  maxAttempts: 2,
  run: async () => undefined, // bound to the services at boot (see registerAssessmentJobs)
});

/** How many of the closest stored submissions (by shared fingerprints) are scored exactly. */
const candidatesScored = 5;

// The shipped starters never change while the process runs: fingerprint each once.
const starterCache = new Map<string, Record<string, string>>();
function starterOf(exercise: Exercise): Record<string, string> {
  if (exercise.orgId !== undefined) return starterFiles(exercise);
  let files = starterCache.get(exercise.id);
  if (!files) {
    files = starterFiles(exercise);
    starterCache.set(exercise.id, files);
  }
  return files;
}

const arrayLiteral = (values: readonly number[]) => `{${values.join(',')}}`;

/** Reads, fingerprints, stores and compares one submission. */
export async function runSimilarityJob(db: Db, payload: z.infer<typeof similarityJob.payload>) {
  const [row] = await db
    .select({ submission: exerciseSubmissions, invitation: exerciseInvitations })
    .from(exerciseSubmissions)
    .innerJoin(exerciseInvitations, eq(exerciseInvitations.id, exerciseSubmissions.invitationId))
    .where(
      and(eq(exerciseSubmissions.orgId, payload.orgId), eq(exerciseSubmissions.id, payload.submissionId)),
    );
  if (!row) return { status: 'gone' };
  const { submission, invitation } = row;
  const exercise = await findExerciseFor(db, payload.orgId, invitation.exerciseId);
  const file = submission.fileId ? await getFile(db, payload.orgId, submission.fileId) : undefined;
  const handIn = file
    ? await readHandIn({ content: file.content, format: submission.format, filename: submission.filename })
    : { files: [], problem: 'The uploaded file is no longer stored.' };
  const texts = Object.fromEntries(
    handIn.files.flatMap((entry) => (entry.text === null ? [] : [[entry.path, entry.text] as const])),
  );
  const fingerprint = fingerprintSubmission(texts, exercise ? starterOf(exercise) : {});
  const stored = {
    orgId: payload.orgId,
    exerciseId: invitation.exerciseId,
    candidateId: invitation.candidateId,
    status: handIn.problem && fingerprint.hashes.length === 0 ? ('unreadable' as const) : ('done' as const),
    note: handIn.problem,
    hashes: fingerprint.hashes,
    fingerprintCount: fingerprint.hashes.length,
    files: fingerprint.files,
    matchSubmissionId: null,
    matchScore: null,
    matchingFiles: null,
    flagged: false,
    updatedAt: new Date(),
  };
  // Stored (and committed) before comparing: of two submissions compared at the same moment, the later one to
  // compare always finds the other.
  await db
    .insert(exerciseSimilarities)
    .values({ submissionId: submission.id, ...stored })
    .onConflictDoUpdate({ target: exerciseSimilarities.submissionId, set: stored });
  if (stored.status !== 'done' || fingerprint.hashes.length === 0)
    return { status: stored.status, score: null };

  const best = await closestSubmission(db, {
    orgId: payload.orgId,
    exerciseId: invitation.exerciseId,
    candidateId: invitation.candidateId,
    submissionId: submission.id,
    fingerprint,
  });
  if (!best) return { status: 'done', score: null };
  await db.transaction(async (tx) => {
    await tx
      .update(exerciseSimilarities)
      .set({
        matchSubmissionId: best.submissionId,
        matchScore: best.score,
        matchingFiles: best.mine,
        flagged: best.score >= similarityThreshold,
        updatedAt: new Date(),
      })
      .where(eq(exerciseSimilarities.submissionId, submission.id));
    // The other side learns of the match too, when it is its closest so far.
    await tx
      .update(exerciseSimilarities)
      .set({
        matchSubmissionId: submission.id,
        matchScore: best.score,
        matchingFiles: best.theirs,
        flagged: best.score >= similarityThreshold,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(exerciseSimilarities.orgId, payload.orgId),
          eq(exerciseSimilarities.submissionId, best.submissionId),
          or(isNull(exerciseSimilarities.matchScore), lt(exerciseSimilarities.matchScore, best.score)),
        ),
      );
  });
  return { status: 'done', score: best.score, match: best.submissionId };
}

/**
 * The stored submission closest to this fingerprint: the database counts shared fingerprints (narrowed first by
 * the GIN index on any overlap), the few closest are scored here with their matching files.
 */
async function closestSubmission(
  db: Executor,
  input: {
    orgId: string;
    exerciseId: string;
    candidateId: string;
    submissionId: string;
    fingerprint: SubmissionFingerprint;
  },
): Promise<{ submissionId: string; score: number; mine: MatchingFile[]; theirs: MatchingFile[] } | null> {
  const mine = arrayLiteral(input.fingerprint.hashes);
  const shared =
    sql<number>`(select count(*) from (select unnest(${exerciseSimilarities.hashes}) intersect select unnest(${mine}::int[])) as common)`.mapWith(
      Number,
    );
  const nearest = await db
    .select({
      submissionId: exerciseSimilarities.submissionId,
      fingerprintCount: exerciseSimilarities.fingerprintCount,
      shared,
    })
    .from(exerciseSimilarities)
    .where(
      and(
        eq(exerciseSimilarities.orgId, input.orgId),
        eq(exerciseSimilarities.exerciseId, input.exerciseId),
        eq(exerciseSimilarities.status, 'done'),
        ne(exerciseSimilarities.candidateId, input.candidateId),
        ne(exerciseSimilarities.submissionId, input.submissionId),
        sql`${exerciseSimilarities.hashes} && ${mine}::int[]`,
      ),
    )
    .orderBy(desc(shared))
    .limit(candidatesScored);
  const scored = nearest
    .map((entry) => ({
      ...entry,
      score: similarityScore(entry.shared, input.fingerprint.hashes.length, entry.fingerprintCount),
    }))
    .filter((entry) => entry.score > 0)
    .sort((left, right) => right.score - left.score);
  const top = scored[0];
  if (!top) return null;
  const [other] = await db
    .select({ hashes: exerciseSimilarities.hashes, files: exerciseSimilarities.files })
    .from(exerciseSimilarities)
    .where(
      and(
        eq(exerciseSimilarities.orgId, input.orgId),
        eq(exerciseSimilarities.submissionId, top.submissionId),
      ),
    );
  const theirs: SubmissionFingerprint = { hashes: other!.hashes, files: other!.files };
  const forward = compareSubmissions(input.fingerprint, theirs);
  return {
    submissionId: top.submissionId,
    score: forward.score,
    mine: forward.matchingFiles,
    theirs: compareSubmissions(theirs, input.fingerprint).matchingFiles,
  };
}

export type SimilarityView = {
  status: 'done' | 'unreadable';
  note: string | null;
  score: number | null;
  flagged: boolean;
  matchingFiles: MatchingFile[];
  match: {
    submissionId: string;
    applicationId: string;
    candidateId: string;
    candidateName: string;
    submittedAt: string;
  } | null;
};

/** The similarity of each of these submissions, by submission id (none yet for one still being compared). */
export async function similarityOf(
  db: Executor,
  orgId: string,
  submissionIds: readonly string[],
): Promise<Map<string, SimilarityView>> {
  const views = new Map<string, SimilarityView>();
  if (submissionIds.length === 0) return views;
  const rows = await db
    .select({
      similarity: exerciseSimilarities,
      match: {
        submittedAt: exerciseSubmissions.submittedAt,
        applicationId: exerciseInvitations.applicationId,
        candidateId: exerciseInvitations.candidateId,
        candidateName: candidates.name,
      },
    })
    .from(exerciseSimilarities)
    .leftJoin(
      exerciseSubmissions,
      and(
        eq(exerciseSubmissions.id, exerciseSimilarities.matchSubmissionId),
        eq(exerciseSubmissions.orgId, orgId),
      ),
    )
    .leftJoin(exerciseInvitations, eq(exerciseInvitations.id, exerciseSubmissions.invitationId))
    .leftJoin(candidates, eq(candidates.id, exerciseInvitations.candidateId))
    .where(
      and(
        eq(exerciseSimilarities.orgId, orgId),
        inArray(exerciseSimilarities.submissionId, [...submissionIds]),
      ),
    );
  for (const { similarity, match } of rows) {
    const matched =
      similarity.matchSubmissionId && match?.applicationId && match.candidateId && match.submittedAt
        ? {
            submissionId: similarity.matchSubmissionId,
            applicationId: match.applicationId,
            candidateId: match.candidateId,
            candidateName: match.candidateName ?? 'another candidate',
            submittedAt: match.submittedAt.toISOString(),
          }
        : null;
    views.set(similarity.submissionId, {
      status: similarity.status,
      note: similarity.note,
      score: matched ? similarity.matchScore : null,
      flagged: matched !== null && similarity.flagged,
      matchingFiles: matched ? (similarity.matchingFiles ?? []) : [],
      match: matched,
    });
  }
  return views;
}

/** Each entry with its latest submission's similarity (null before it was compared, or without a submission). */
export async function withSimilarity<Entry extends { submission: { id: string } | null }>(
  db: Executor,
  orgId: string,
  entries: readonly Entry[],
): Promise<(Entry & { similarity: SimilarityView | null })[]> {
  const views = await similarityOf(
    db,
    orgId,
    entries.flatMap((entry) => (entry.submission ? [entry.submission.id] : [])),
  );
  return entries.map((entry) => ({
    ...entry,
    similarity: entry.submission ? (views.get(entry.submission.id) ?? null) : null,
  }));
}
