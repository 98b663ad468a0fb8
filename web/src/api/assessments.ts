import { queryOptions } from '@tanstack/react-query';
import { api, uploadForm } from './client';
import type { ItemList } from './types';

// Shapes from src/assessments/assessments.contract.ts.

export type Exercise = {
  id: string;
  title: string;
  summary: string;
  timeLimitMinutes: number;
  kind: 'service' | 'schema' | 'rubric';
  checks: number;
  brief: string;
  /** shipped: Hirebench's library; own: made by this organisation. */
  source: 'shipped' | 'own';
  checkSource: 'checks' | 'postman' | 'openapi' | null;
};

export type CheckCategory =
  | 'correctness'
  | 'validation'
  | 'errors'
  | 'persistence'
  | 'concurrency'
  | 'security'
  | 'performance';

export type CheckResult = {
  id: string;
  category: CheckCategory;
  description: string;
  points: number;
  passed: boolean;
  message: string;
  evidence: {
    request: { method: string; path: string; body?: string };
    expected: { status: number | number[]; json?: unknown; text?: unknown };
    received: Record<string, unknown> | null;
  } | null;
  durationMs: number;
};

export type GradeReport = {
  outcome: string;
  score: number;
  maxScore: number;
  verdict: string;
  problem: string | null;
  categories: Record<CheckCategory, { score: number; max: number; passed: number; total: number }>;
  checks: CheckResult[];
  ownTests: {
    ran: boolean;
    command: string | null;
    passed: number | null;
    failed: number | null;
    summary: string;
  };
  resources: { peakMemoryBytes: number; cpuTimeMs: number; wallMs: number };
};

export type ExerciseSubmission = {
  id: string;
  filename: string;
  format: string;
  sizeBytes: number;
  submittedAt: string;
  /** awaiting_review: a written exercise, which reviewers score (see exercise-reviews.ts). */
  gradingStatus: 'queued' | 'running' | 'done' | 'failed' | 'awaiting_review';
  progress: { step: string | null; fraction: number };
  error: string | null;
  score: number | null;
  maxScore: number | null;
  verdict: string | null;
  rating: 'pass' | 'borderline' | 'fail' | null;
  gradedAt: string | null;
  report: GradeReport | null;
  similarity: SubmissionSimilarity | null;
};

/** The closest other candidate's submission of the same exercise: a reason to look, never a verdict. */
export type SubmissionSimilarity = {
  status: 'done' | 'unreadable';
  note: string | null;
  score: number | null;
  flagged: boolean;
  matchingFiles: { path: string; otherPath: string; share: number }[];
  match: {
    submissionId: string;
    applicationId: string;
    candidateId: string;
    candidateName: string;
    submittedAt: string;
  } | null;
};

export type ExerciseInvitation = {
  id: string;
  applicationId: string;
  exerciseId: string;
  exerciseTitle: string;
  exerciseKind: Exercise['kind'];
  status: 'sent' | 'started' | 'submitted' | 'graded' | 'expired';
  timeLimitMinutes: number;
  expiresAt: string;
  startedAt: string | null;
  deadlineAt: string | null;
  createdAt: string;
  submission: ExerciseSubmission | null;
};

export const exercisesQuery = queryOptions({
  queryKey: ['exercises'],
  queryFn: () => api.get<ItemList<Exercise>>('/exercises').then((body) => body.items),
  staleTime: 5 * 60_000,
});

export type OwnExerciseInput = {
  title: string;
  summary: string;
  timeLimitMinutes: number;
  brief: string;
  hiddenChecks:
    | { source: 'checks'; checks: unknown }
    | { source: 'postman'; collection: unknown; environment?: Record<string, string> }
    | { source: 'openapi'; document: unknown; checks?: unknown };
};

export const createOwnExercise = (values: OwnExerciseInput) =>
  api.post<{ exercise: Exercise }>('/exercises', values);

export const archiveOwnExercise = (id: string) => api.delete(`/exercises/${encodeURIComponent(id)}`);

export const uploadStarter = (id: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return uploadForm<{ exercise: Exercise }>(`/exercises/${encodeURIComponent(id)}/starter`, form, {
    tooLargeMessage: 'The starter is larger than 10 MB.',
  });
};

export const applicationExercisesQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['applications', applicationId, 'exercise-invitations'],
    queryFn: () =>
      api
        .get<ItemList<ExerciseInvitation>>(
          `/applications/${encodeURIComponent(applicationId)}/exercise-invitations`,
        )
        .then((body) => body.items),
    // While a submission is being graded, follow its progress.
    refetchInterval: (query) =>
      query.state.data?.some(
        (item) => item.submission?.gradingStatus === 'queued' || item.submission?.gradingStatus === 'running',
      )
        ? 2000
        : false,
  });

export const sendExercise = (
  applicationId: string,
  values: { exerciseId: string; timeLimitMinutes?: number; linkValidDays?: number },
) =>
  api.post<{ invitation: ExerciseInvitation; url: string }>(
    `/applications/${encodeURIComponent(applicationId)}/exercise-invitations`,
    values,
  );

// ---------------------------------------------------------------------------------------------------------
// The candidate's portal

export type PublicExercise = {
  organisation: string;
  job: string;
  candidateFirstName: string;
  exercise: { id: string; title: string; summary: string; brief: string; kind: Exercise['kind'] };
  timeLimitMinutes: number;
  expiresAt: string;
  started: boolean;
  startedAt: string | null;
  deadlineAt: string | null;
  timeUp: boolean;
  maxUploadBytes: number;
  lastSubmission: { submittedAt: string; filename: string; sizeBytes: number } | null;
};

const tokenPath = (token: string) => `/public/exercises/${encodeURIComponent(token)}`;

export const publicExerciseQuery = (token: string) =>
  queryOptions({
    queryKey: ['public', 'exercise', token],
    queryFn: () => api.get<PublicExercise>(tokenPath(token)),
    retry: false,
  });

export const startPublicExercise = (token: string) => api.post<PublicExercise>(`${tokenPath(token)}/start`);

export const starterUrl = (token: string) => `/api/v1${tokenPath(token)}/starter.zip`;

export const uploadSubmission = (token: string, file: File, onProgress: (fraction: number) => void) => {
  const form = new FormData();
  form.append('file', file);
  return uploadForm<{
    submission: { filename: string; submittedAt: string };
    deadlineAt: string;
    message: string;
  }>(`${tokenPath(token)}/submission`, form, {
    onProgress,
    tooLargeMessage: 'The file is larger than 20 MB. Leave out node_modules and build output.',
  });
};
