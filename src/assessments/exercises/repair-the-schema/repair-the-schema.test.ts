// The shipped schema exercise is consistent: registered, its brief states what the checks test, the planted bugs
// name real checks, and the starter holds the legacy database the grader loads.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildStarterArchive, readBrief } from '../exercise.ts';
import { findExercise } from '../index.ts';
import { plantedSchemaBugs } from './__fixtures__/planted-bugs.ts';
import { repairTheSchemaExercise } from './index.ts';

describe('the repair-the-schema exercise', () => {
  it('is registered as a schema exercise with unique check ids in four categories', () => {
    expect(findExercise('repair-the-schema')).toBe(repairTheSchemaExercise);
    const { checks } = repairTheSchemaExercise.grading;
    expect(new Set(checks.map((check) => check.id)).size).toBe(checks.length);
    expect([...new Set(checks.map((check) => check.category))].sort()).toEqual([
      'correctness',
      'performance',
      'persistence',
      'validation',
    ]);
  });

  it('has a brief stating the contract the checks test', () => {
    const brief = readBrief(repairTheSchemaExercise);
    for (const phrase of [
      '`migration.sql` at the root',
      'a folder `migrations/` at the root with `.sql` files, applied in the byte order of their names',
      'Not both.',
      '`lower(btrim(customer_email))`',
      'whole cents',
      'most\n  recent order',
      '`pending`, `paid`, `shipped`, `cancelled`',
      'new ids must\n   not collide with migrated ones',
      'no sequential scan of `customers`, `orders` or\n  `order_items`',
    ]) {
      expect(brief, phrase).toContain(phrase);
    }
    // Every table and column the structure check wants is named in the brief.
    const tables = repairTheSchemaExercise.grading.checks.find((check) => check.kind === 'tables');
    if (tables?.kind !== 'tables') throw new Error('no tables check');
    for (const [table, columns] of Object.entries(tables.tables)) {
      expect(brief).toContain(`\`${table}\``);
      for (const column of Object.keys(columns)) expect(brief).toContain(`\`${column}\``);
    }
  });

  it('names only existing checks in the planted bugs', () => {
    const ids = new Set(repairTheSchemaExercise.grading.checks.map((check) => check.id));
    for (const bug of plantedSchemaBugs)
      for (const id of bug.failingChecks ?? []) expect(ids.has(id), `${bug.name}: ${id}`).toBe(true);
  });

  it('hands the candidate the legacy database the grader loads, and the queries the index checks run', () => {
    const files = unzipSync(buildStarterArchive(repairTheSchemaExercise));
    expect(Object.keys(files).sort()).toEqual([
      'repair-the-schema/README.md',
      'repair-the-schema/legacy.sql',
      'repair-the-schema/queries.sql',
    ]);
    const text = (name: string) => Buffer.from(files[`repair-the-schema/${name}`]!).toString();
    expect(text('legacy.sql')).toBe(repairTheSchemaExercise.grading.setupSql);
    const queries = text('queries.sql');
    for (const check of repairTheSchemaExercise.grading.checks)
      if (check.kind === 'uses-index') expect(queries).toContain(check.sql);
  });
});
