// The shipped exercises that the grader can run.
import type { Exercise } from './exercise.ts';
import { tasksApiExercise } from './tasks-api/index.ts';

export type { Exercise, RubricExercise, SchemaExercise, ServiceExercise } from './exercise.ts';

export const exercises: readonly Exercise[] = [tasksApiExercise];

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
