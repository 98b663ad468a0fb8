import { fileURLToPath } from 'node:url';
import type { RubricExercise } from '../exercise.ts';
import { incidentTriageRubric } from './rubric.ts';

export const incidentTriageExercise: RubricExercise = {
  kind: 'rubric',
  id: 'incident-triage',
  title: 'Incident triage: checkout is falling over',
  summary:
    'A service failing under load, with a dashboard and a log excerpt: where to look first, what to do now and what to change afterwards.',
  timeLimitMinutes: 60,
  rubric: incidentTriageRubric,
  briefFile: fileURLToPath(new URL('./brief.md', import.meta.url)),
  starterDir: fileURLToPath(new URL('./starter/', import.meta.url)),
};
