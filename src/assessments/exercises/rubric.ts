// A reviewer rubric: criteria each scored on anchored levels, for exercises that no machine can judge.
export type RubricLevel = { score: 1 | 2 | 3 | 4; description: string };

export type RubricCriterion = {
  id: string;
  title: string;
  /** What a reviewer looks for under this criterion. */
  guidance: string;
  levels: readonly RubricLevel[];
};

export type Rubric = { criteria: readonly RubricCriterion[] };
