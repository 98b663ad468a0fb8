import { z } from 'zod';
import { blueprintSchema } from './blueprint.ts';

/** The documented blueprint file format (docs/blueprint.schema.json), generated from the one zod schema. */
export function blueprintJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(blueprintSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://hirebench.dev/schemas/blueprint.schema.json',
    title: 'Hirebench role blueprint',
    description:
      'Who exactly a team wants to hire: stage, stack, seniority, direction, engagement, location, responsibilities, the must-have / nice-to-have skill matrix, and the offer. Skill ids come from the Hirebench skill taxonomy (GET /api/v1/skills).',
  };
}
