import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SchemaExercise } from '../exercise.ts';
import { repairTheSchemaChecks } from './hidden-checks.ts';

const starterDir = fileURLToPath(new URL('./starter/', import.meta.url));

export const repairTheSchemaExercise: SchemaExercise = {
  kind: 'schema',
  id: 'repair-the-schema',
  title: 'Repair a shop database',
  summary:
    'A migration that gives a badly built orders database keys, types, constraints and indexes without losing data.',
  timeLimitMinutes: 150,
  grading: {
    // The candidate gets the same file: the grader loads exactly the data they can load at home.
    setupSql: readFileSync(`${starterDir}legacy.sql`, 'utf8'),
    bigTables: ['customers', 'orders', 'order_items'],
    checks: repairTheSchemaChecks,
  },
  briefFile: fileURLToPath(new URL('./brief.md', import.meta.url)),
  starterDir,
};
