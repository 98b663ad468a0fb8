// What leaves the server about exercises: never the token hash or the stored file's bytes.
import type { z } from 'zod';
import type { invitationSchema, submissionSchema } from './assessments.contract.ts';
import { effectiveStatus, type InvitationWithSubmission, type SubmissionRow } from './assessments.service.ts';
import { readBrief } from './exercises/exercise.ts';
import { type Exercise, findExercise } from './exercises/index.ts';
import type { SimilarityView } from './similarity/similarity.service.ts';

export function presentExercise(exercise: Exercise) {
  return {
    id: exercise.id,
    title: exercise.title,
    summary: exercise.summary,
    timeLimitMinutes: exercise.timeLimitMinutes,
    kind: exercise.kind,
    checks:
      exercise.kind === 'service'
        ? exercise.checks.length
        : exercise.kind === 'schema'
          ? exercise.grading.checks.length
          : 0,
    brief: readBrief(exercise),
    source: exercise.orgId ? ('own' as const) : ('shipped' as const),
    checkSource:
      exercise.kind === 'service' && exercise.orgId
        ? exercise.postman
          ? ('postman' as const)
          : exercise.openapi
            ? ('openapi' as const)
            : ('checks' as const)
        : null,
  };
}

export function presentSubmission(
  row: SubmissionRow,
  similarity: SimilarityView | null = null,
): z.infer<typeof submissionSchema> {
  return {
    id: row.id,
    filename: row.filename,
    format: row.format,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    submittedAt: row.submittedAt.toISOString(),
    gradingStatus: row.gradingStatus,
    progress: { step: row.progressStep, fraction: row.progressFraction },
    error: row.error,
    score: row.score,
    maxScore: row.maxScore,
    verdict: row.verdict,
    rating: row.rating,
    gradedAt: row.gradedAt?.toISOString() ?? null,
    report: (row.report as Record<string, unknown> | null) ?? null,
    similarity,
  };
}

export function presentInvitation({
  invitation,
  submission,
  exerciseTitle,
  similarity,
}: InvitationWithSubmission & { similarity?: SimilarityView | null }): z.infer<typeof invitationSchema> {
  return {
    id: invitation.id,
    applicationId: invitation.applicationId,
    candidateId: invitation.candidateId,
    exerciseId: invitation.exerciseId,
    exerciseTitle: exerciseTitle ?? findExercise(invitation.exerciseId)?.title ?? invitation.exerciseId,
    // An organisation's own exercises are all services; the shipped library says what each one is.
    exerciseKind: findExercise(invitation.exerciseId)?.kind ?? 'service',
    status: effectiveStatus(invitation),
    timeLimitMinutes: invitation.timeLimitMinutes,
    expiresAt: invitation.expiresAt.toISOString(),
    startedAt: invitation.startedAt?.toISOString() ?? null,
    deadlineAt: invitation.deadlineAt?.toISOString() ?? null,
    createdAt: invitation.createdAt.toISOString(),
    submission: submission ? presentSubmission(submission, similarity ?? null) : null,
  };
}
