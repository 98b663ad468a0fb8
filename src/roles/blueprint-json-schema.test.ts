import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blueprintJsonSchema } from './blueprint-json-schema.ts';

describe('blueprint JSON Schema', () => {
  it('is committed and matches the zod schema (regenerate with `npx hirebench blueprint-schema > docs/blueprint.schema.json`)', () => {
    const committed = JSON.parse(readFileSync(path.resolve('docs/blueprint.schema.json'), 'utf8'));
    expect(committed).toEqual(blueprintJsonSchema());
  });

  it('describes the required fields', () => {
    const schema = blueprintJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['title', 'productStage', 'seniority', 'technicalDirection']),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['skills', 'salary', 'location', 'engagement']),
    );
  });
});
