import { fileURLToPath } from 'node:url';
import type { ServiceExercise } from '../exercise.ts';
import { tasksApiChecks } from './hidden-checks.ts';

export const tasksApiExercise: ServiceExercise = {
  kind: 'service',
  id: 'tasks-api',
  title: 'Build a small tasks API',
  summary: 'A REST API for a to-do list with validation, paging, persistence, tests and a short design note.',
  timeLimitMinutes: 180,
  checks: tasksApiChecks,
  briefFile: fileURLToPath(new URL('./brief.md', import.meta.url)),
  starterDir: fileURLToPath(new URL('./starter/', import.meta.url)),
};
