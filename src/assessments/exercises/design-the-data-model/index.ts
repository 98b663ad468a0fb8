import { fileURLToPath } from 'node:url';
import type { RubricExercise } from '../exercise.ts';
import { designTheDataModelRubric } from './rubric.ts';

export const designTheDataModelExercise: RubricExercise = {
  kind: 'rubric',
  id: 'design-the-data-model',
  title: 'Design the data model for a tool library',
  summary:
    'A data model with a short rationale for a realistic product: entities, keys, relationships, constraints, how it evolves and the trade-offs.',
  timeLimitMinutes: 90,
  rubric: designTheDataModelRubric,
  briefFile: fileURLToPath(new URL('./brief.md', import.meta.url)),
  starterDir: fileURLToPath(new URL('./starter/', import.meta.url)),
};
