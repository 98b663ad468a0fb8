// The shipped exercises that the grader can run.
import { designTheDataModelExercise } from './design-the-data-model/index.ts';
import type { Exercise } from './exercise.ts';
import { fixTheEndpointExercise } from './fix-the-endpoint/index.ts';
import { incidentTriageExercise } from './incident-triage/index.ts';
import { loginSystemExercise } from './login-system/index.ts';
import { repairTheSchemaExercise } from './repair-the-schema/index.ts';
import { tasksApiExercise } from './tasks-api/index.ts';

export type { Exercise, RubricExercise, SchemaExercise, ServiceExercise } from './exercise.ts';

export const exercises: readonly Exercise[] = [
  tasksApiExercise,
  fixTheEndpointExercise,
  loginSystemExercise,
  repairTheSchemaExercise,
  designTheDataModelExercise,
  incidentTriageExercise,
];

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
