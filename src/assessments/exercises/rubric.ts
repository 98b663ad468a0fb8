// A reviewer rubric: criteria each scored on anchored levels, for exercises that no machine can judge. The scale is
// the interview scorecard's — four points with no middle, 3 and up meets the bar — so a reviewed exercise reads
// like any other evidence in the debrief. Pure: checking a review against its rubric and summarising reviews.
import type { Rating } from '../../interviews/scorecard.ts';

export type RubricLevel = { score: Rating; description: string };

export type RubricCriterion = {
  id: string;
  title: string;
  /** What a reviewer looks for under this criterion. */
  guidance: string;
  /** One anchored description per score, 1 to 4. */
  levels: readonly RubricLevel[];
};

export type Rubric = { criteria: readonly RubricCriterion[] };

/** One reviewer's scores: every criterion with a score and the evidence behind it, and an overall comment. */
export type RubricReview = {
  scores: readonly { criterionId: string; score: Rating; evidence: string }[];
  comment: string;
};

export type ReviewProblem = { path: string; message: string };

/** What is wrong with a review of this rubric: unknown, repeated or missing criteria, evidence left empty. */
export function reviewProblems(rubric: Rubric, review: RubricReview): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const known = new Set(rubric.criteria.map((criterion) => criterion.id));
  const seen = new Set<string>();
  review.scores.forEach((entry, index) => {
    if (!known.has(entry.criterionId)) {
      problems.push({ path: `scores.${index}.criterionId`, message: 'This rubric has no such criterion.' });
    } else if (seen.has(entry.criterionId)) {
      problems.push({ path: `scores.${index}.criterionId`, message: 'Scored twice.' });
    }
    seen.add(entry.criterionId);
    if (entry.evidence.trim() === '') {
      problems.push({
        path: `scores.${index}.evidence`,
        message: 'Note what in the hand-in supports this score.',
      });
    }
  });
  for (const criterion of rubric.criteria) {
    if (!seen.has(criterion.id)) {
      problems.push({ path: `scores.${criterion.id}`, message: `Score "${criterion.title}" too.` });
    }
  }
  if (review.comment.trim() === '') {
    problems.push({ path: 'comment', message: 'Sum up the hand-in in a sentence or two.' });
  }
  return problems;
}

export type RubricVerdict = 'pass' | 'borderline' | 'fail';

/**
 * The debrief's one word for an average rating: at or above the bar (3) passes, the half point below it is
 * borderline, anything lower does not meet the bar.
 */
export function rubricVerdict(averageRating: number): RubricVerdict {
  return averageRating >= 3 ? 'pass' : averageRating >= 2.5 ? 'borderline' : 'fail';
}

export type RubricSummary = {
  reviews: number;
  /** Mean score per criterion over the reviews, in rubric order; null where nobody scored it. */
  criteria: { criterionId: string; title: string; average: number | null }[];
  /** Mean of the criterion means, 1…4, one decimal; null without reviews. */
  averageRating: number | null;
  /** Points as the graded exercises count them: the criterion means summed, out of 4 per criterion. */
  score: number | null;
  maxScore: number;
  verdict: RubricVerdict | null;
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The reviews together: what the candidate's page and the debrief show. */
export function summariseReviews(rubric: Rubric, reviews: readonly RubricReview[]): RubricSummary {
  const criteria = rubric.criteria.map((criterion) => {
    const scores = reviews.flatMap((review) =>
      review.scores.filter((entry) => entry.criterionId === criterion.id).map((entry) => entry.score),
    );
    const average = scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
    return { criterionId: criterion.id, title: criterion.title, average };
  });
  const scored = criteria.flatMap((criterion) => (criterion.average === null ? [] : [criterion.average]));
  const maxScore = rubric.criteria.length * 4;
  if (reviews.length === 0 || scored.length === 0) {
    return { reviews: reviews.length, criteria, averageRating: null, score: null, maxScore, verdict: null };
  }
  const averageRating = oneDecimal(scored.reduce((sum, value) => sum + value, 0) / scored.length);
  return {
    reviews: reviews.length,
    criteria: criteria.map((criterion) => ({
      ...criterion,
      average: criterion.average === null ? null : oneDecimal(criterion.average),
    })),
    averageRating,
    score: oneDecimal(scored.reduce((sum, value) => sum + value, 0)),
    maxScore,
    verdict: rubricVerdict(averageRating),
  };
}
