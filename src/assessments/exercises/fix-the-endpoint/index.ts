import { fileURLToPath } from 'node:url';
import type { ServiceExercise } from '../exercise.ts';
import { fixTheEndpointChecks } from './hidden-checks.ts';

export const fixTheEndpointExercise: ServiceExercise = {
  kind: 'service',
  id: 'fix-the-endpoint',
  title: 'Fix four bugs in a small orders service',
  summary:
    'A working-looking Node service with four reported bugs (paging, access, query count, a crash) to find, fix and test.',
  timeLimitMinutes: 120,
  checks: fixTheEndpointChecks,
  briefFile: fileURLToPath(new URL('./brief.md', import.meta.url)),
  starterDir: fileURLToPath(new URL('./starter/', import.meta.url)),
};
