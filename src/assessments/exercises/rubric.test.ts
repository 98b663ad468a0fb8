import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildStarterArchive, readBrief } from './exercise.ts';
import { exercises, type RubricExercise } from './index.ts';
import { type Rubric, type RubricReview, reviewProblems, rubricVerdict, summariseReviews } from './rubric.ts';

const rubricExercises = exercises.filter(
  (exercise): exercise is RubricExercise => exercise.kind === 'rubric',
);

const rubric: Rubric = {
  criteria: [
    { id: 'keys', title: 'Keys', guidance: '', levels: [] },
    { id: 'constraints', title: 'Constraints', guidance: '', levels: [] },
  ],
};

const review = (keys: 1 | 2 | 3 | 4, constraints: 1 | 2 | 3 | 4): RubricReview => ({
  scores: [
    { criterionId: 'keys', score: keys, evidence: 'Surrogate keys, barcode unique.' },
    { criterionId: 'constraints', score: constraints, evidence: 'No overlap rule.' },
  ],
  comment: 'Sound model, weak on integrity.',
});

describe('the shipped rubric exercises', () => {
  it('ship design-the-data-model and incident-triage', () => {
    expect(rubricExercises.map((exercise) => exercise.id).sort()).toEqual(
      expect.arrayContaining(['design-the-data-model', 'incident-triage']),
    );
  });

  it.each(rubricExercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s has 4–6 criteria, each anchored at every level of the four-point scale',
    (_id, exercise) => {
      const { criteria } = exercise.rubric;
      expect(criteria.length).toBeGreaterThanOrEqual(4);
      expect(criteria.length).toBeLessThanOrEqual(6);
      expect(new Set(criteria.map((criterion) => criterion.id)).size).toBe(criteria.length);
      for (const criterion of criteria) {
        expect(criterion.levels.map((level) => level.score)).toEqual([1, 2, 3, 4]);
        expect(criterion.guidance.length).toBeGreaterThan(40);
        for (const level of criterion.levels) expect(level.description.length).toBeGreaterThan(30);
      }
      // The brief names every criterion the reviewer scores, so the candidate knows what counts.
      const brief = readBrief(exercise).toLowerCase();
      expect(brief).toContain('what to hand in');
      expect(brief).toMatch(/markdown, plain text or pdf/);
      for (const criterion of criteria) {
        const firstWord = criterion.title.toLowerCase().split(' ')[0]!;
        expect(brief, criterion.title).toContain(firstWord);
      }
    },
  );

  it.each(rubricExercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s hands out a template answer in its starter',
    (_id, exercise) => {
      const files = Object.keys(unzipSync(buildStarterArchive(exercise)));
      expect(files.some((path) => path.endsWith('.md'))).toBe(true);
      expect(files.every((path) => path.startsWith(`${exercise.id}/`))).toBe(true);
    },
  );
});

describe('reviewProblems', () => {
  it('accepts a complete review', () => {
    expect(reviewProblems(rubric, review(3, 2))).toEqual([]);
  });

  it('names missing, unknown and repeated criteria, empty evidence and a missing comment', () => {
    const problems = reviewProblems(rubric, {
      scores: [
        { criterionId: 'keys', score: 3, evidence: '  ' },
        { criterionId: 'keys', score: 2, evidence: 'again' },
        { criterionId: 'naming', score: 4, evidence: 'nice names' },
      ],
      comment: '',
    });
    expect(problems).toEqual([
      { path: 'scores.0.evidence', message: expect.stringMatching(/supports this score/) },
      { path: 'scores.1.criterionId', message: 'Scored twice.' },
      { path: 'scores.2.criterionId', message: 'This rubric has no such criterion.' },
      { path: 'scores.constraints', message: 'Score "Constraints" too.' },
      { path: 'comment', message: expect.any(String) },
    ]);
  });
});

describe('summariseReviews', () => {
  it('has no rating before the first review', () => {
    expect(summariseReviews(rubric, [])).toMatchObject({
      reviews: 0,
      averageRating: null,
      score: null,
      maxScore: 8,
      verdict: null,
    });
  });

  it('averages each criterion over the reviewers, then the criteria', () => {
    const summary = summariseReviews(rubric, [review(4, 2), review(3, 3)]);
    expect(summary.criteria).toEqual([
      { criterionId: 'keys', title: 'Keys', average: 3.5 },
      { criterionId: 'constraints', title: 'Constraints', average: 2.5 },
    ]);
    expect(summary).toMatchObject({ reviews: 2, averageRating: 3, score: 6, maxScore: 8, verdict: 'pass' });
  });

  it('reads the average against the bar of 3, like a scorecard rating', () => {
    expect(rubricVerdict(3)).toBe('pass');
    expect(rubricVerdict(2.9)).toBe('borderline');
    expect(rubricVerdict(2.5)).toBe('borderline');
    expect(rubricVerdict(2.4)).toBe('fail');
    expect(summariseReviews(rubric, [review(2, 1)]).verdict).toBe('fail');
  });
});
