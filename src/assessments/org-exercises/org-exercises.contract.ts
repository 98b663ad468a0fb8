// The HTTP shapes of an organisation's own exercises.
import { z } from 'zod';
import { exerciseSchema } from '../assessments.contract.ts';
import { hiddenChecksInput } from './org-exercise-checks.ts';

export const orgExerciseBody = z.object({
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(300).describe('One sentence for lists and the invitation e-mail'),
  timeLimitMinutes: z
    .number()
    .int()
    .min(15)
    .max(14 * 24 * 60)
    .describe('Suggested time; each invitation may set its own'),
  brief: z.string().trim().min(20).max(50_000).describe('What the candidate reads, Markdown'),
  hiddenChecks: hiddenChecksInput.describe(
    'checks: {source: "checks", checks: [declarative HTTP checks]}; postman: {source: "postman", collection: <Postman Collection v2.1>, environment?: {name: value}} (the grader sets baseUrl); openapi: {source: "openapi", document: <OpenAPI 3.0/3.1>, checks?: [declarative checks]}',
  ),
});

export const orgExerciseSchema = exerciseSchema
  .extend({
    hiddenChecks: z
      .record(z.string(), z.unknown())
      .describe('As saved: {checks} | {collection, environment} | {document, checks}'),
    starter: z
      .object({ filename: z.string(), sizeBytes: z.number().int() })
      .nullable()
      .describe('The starter zip; without one the candidate gets the brief as README.md'),
    notes: z
      .array(z.string())
      .describe('What the grader will not do with these checks, e.g. operations it cannot call'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OrgExercise' });
