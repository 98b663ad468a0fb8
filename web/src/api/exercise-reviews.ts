import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

// Shapes from src/assessments/reviews.contract.ts: written exercises scored by reviewers on a rubric.

export type RubricScore = 1 | 2 | 3 | 4;

export type RubricCriterion = {
  id: string;
  title: string;
  guidance: string;
  levels: { score: RubricScore; description: string }[];
};

export type ExerciseReview = {
  id: string;
  reviewer: { id: string; name: string };
  scores: { criterionId: string; score: RubricScore; evidence: string }[];
  comment: string;
  submittedAt: string;
};

export type ReviewSummary = {
  reviews: number;
  criteria: { criterionId: string; title: string; average: number | null }[];
  averageRating: number | null;
  score: number | null;
  maxScore: number;
  verdict: 'pass' | 'borderline' | 'fail' | null;
};

export type ReviewView = {
  submission: {
    id: string;
    invitationId: string;
    applicationId: string;
    filename: string;
    format: string;
    sizeBytes: number;
    submittedAt: string;
    fileId: string | null;
  };
  exercise: { id: string; title: string; rubric: { criteria: RubricCriterion[] } };
  canReview: boolean;
  myReview: ExerciseReview | null;
  reviews: ExerciseReview[];
  hiddenReviews: number;
  summary: ReviewSummary;
};

export type HandIn = {
  filename: string;
  format: string;
  fileId: string | null;
  problem: string | null;
  files: {
    path: string;
    kind: 'markdown' | 'text' | 'pdf' | 'code' | 'other';
    sizeBytes: number;
    text: string | null;
    truncated: boolean;
  }[];
};

const submissionPath = (submissionId: string) => `/exercise-submissions/${encodeURIComponent(submissionId)}`;

export const reviewQuery = (submissionId: string) =>
  queryOptions({
    queryKey: ['exercise-submissions', submissionId, 'review'],
    queryFn: () => api.get<ReviewView>(`${submissionPath(submissionId)}/review`),
  });

export const handInQuery = (submissionId: string) =>
  queryOptions({
    queryKey: ['exercise-submissions', submissionId, 'hand-in'],
    queryFn: () => api.get<HandIn>(`${submissionPath(submissionId)}/hand-in`),
    staleTime: 10 * 60_000,
  });

export const saveReview = (
  submissionId: string,
  review: { scores: { criterionId: string; score: RubricScore; evidence: string }[]; comment: string },
) => api.put<ReviewView>(`${submissionPath(submissionId)}/review`, review);
