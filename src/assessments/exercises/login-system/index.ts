import { fileURLToPath } from 'node:url';
import type { ServiceExercise } from '../exercise.ts';
import { loginSystemChecks } from './hidden-checks.ts';

export const loginSystemExercise: ServiceExercise = {
  kind: 'service',
  id: 'login-system',
  title: 'Build registration, login and logout',
  summary:
    'Accounts, sessions and logout with the security basics: hashing, lockout, no user enumeration, unguessable tokens.',
  timeLimitMinutes: 150,
  checks: loginSystemChecks,
  briefFile: fileURLToPath(new URL('./brief.md', import.meta.url)),
  starterDir: fileURLToPath(new URL('./starter/', import.meta.url)),
};
