// Schema grading against the real sandbox: the reference migration of repair-the-schema passes every check, each
// planted bug fails exactly the checks about it, a broken migration is reported with its file, line and column,
// and hostile SQL (an endless query, reading host files, a memory hog, extensions) ends in a clean report.
// Needs root and bubblewrap (see .ci/run). Each full grading loads 100,000 orders: allow minutes on a busy machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchemaExercise } from '../../exercises/index.ts';
import {
  goodMigrationDir,
  plantedSchemaBugs,
  writeSchemaVariant,
} from '../../exercises/repair-the-schema/__fixtures__/planted-bugs.ts';
import { repairTheSchemaExercise } from '../../exercises/repair-the-schema/index.ts';
import { type GradeStep, gradeSubmission } from '../grade.ts';
import type { GradeReport } from '../report.ts';
import { checkSandboxSupport, removeIdleSandboxCgroups } from '../sandbox.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hirebench-schema-test-'));
const fullGradingMs = 400_000;

beforeAll(async () => {
  expect(await checkSandboxSupport()).toEqual({ ok: true });
}, 30_000);

afterAll(async () => {
  await removeIdleSandboxCgroups();
  rmSync(scratch, { recursive: true, force: true });
});

function submission(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const failedIds = (report: GradeReport) =>
  report.checks.filter((check) => !check.passed).map((check) => check.id);

describe('repair-the-schema', () => {
  it(
    'gives the reference migration full marks, as a zip, with progress through every step',
    async () => {
      const steps: GradeStep[] = [];
      const archive = join(scratch, 'good.zip');
      writeFileSync(
        archive,
        zipSync({
          'solution/migration.sql': new Uint8Array(readFileSync(join(goodMigrationDir, 'migration.sql'))),
        }),
      );
      const report = await gradeSubmission({
        exercise: 'repair-the-schema',
        submissionPath: archive,
        onProgress: (step) => {
          if (steps.at(-1) !== step) steps.push(step);
        },
      });
      expect(
        report.checks.filter((check) => !check.passed).map((check) => `${check.id}: ${check.message}`),
      ).toEqual([]);
      expect(report.outcome).toBe('checked');
      expect(report.score).toBe(report.maxScore);
      expect(report.checks).toHaveLength(repairTheSchemaExercise.grading.checks.length);
      expect(report.verdict).toBe(
        'The migration works: every key, constraint and index is in place and no data was lost.',
      );
      expect(report.submission?.strippedFolder).toBe('solution');
      expect(report.service.command).toBe('migration.sql');
      expect(report.resources.peakMemoryBytes).toBeGreaterThan(0);
      for (const category of ['correctness', 'validation', 'persistence', 'performance'] as const)
        expect(report.categories[category].max).toBeGreaterThan(0);
      expect(steps).toEqual(['unpacking', 'inspecting', 'starting', 'migrating', 'checking', 'done']);
      // Evidence a reviewer can follow: the SQL, what was expected, what came back.
      const index = report.checks.find((check) => check.id === 'index-account-page');
      expect(index?.evidence?.request.method).toBe('SQL');
      expect(JSON.stringify(index?.evidence?.received)).toMatch(/Index Scan|Bitmap Index Scan/);
    },
    fullGradingMs,
  );

  for (const bug of plantedSchemaBugs) {
    it(
      `fails exactly the checks about a planted bug: ${bug.name} (${bug.bug})`,
      async () => {
        const report = await gradeSubmission({
          exercise: repairTheSchemaExercise,
          submissionPath: writeSchemaVariant(bug, join(scratch, bug.name)),
        });
        if (bug.failingChecks === null) {
          expect(report.outcome).toBe('migration-failed');
          expect(report.score).toBe(0);
          expect(report.problem).toBe(
            'migration.sql line 23, column 8: syntax error at or near "TABL" (SQLSTATE 42601)',
          );
          expect(report.verdict).toMatch(
            /^Does not work: the migration failed — migration\.sql line 23, column 8/,
          );
          expect(report.checks.every((check) => check.message === 'not run: the migration failed')).toBe(
            true,
          );
        } else {
          expect(report.outcome).toBe('checked');
          expect(failedIds(report).sort()).toEqual([...bug.failingChecks].sort());
        }
      },
      fullGradingMs,
    );
  }
});

// A small exercise for the hostile cases: containment does not depend on the size of the data.
const tiny: SchemaExercise = {
  ...repairTheSchemaExercise,
  id: 'tiny-schema',
  grading: {
    setupSql:
      "CREATE TABLE notes (body text); INSERT INTO notes SELECT 'note ' || g FROM generate_series(1, 50) AS g;",
    bigTables: ['notes'],
    checks: [
      { id: 'primary-keys', category: 'correctness', description: 'keys', points: 1, kind: 'primary-keys' },
      {
        id: 'data-notes',
        category: 'persistence',
        description: 'notes kept',
        points: 1,
        kind: 'same-facts',
        noun: 'note',
        before: 'SELECT body FROM notes',
        after: 'SELECT body FROM notes',
      },
    ],
  },
};

const hostile = (
  name: string,
  files: Record<string, string>,
  sandbox: { deadlineMs?: number; memoryMiB?: number } = {},
) =>
  gradeSubmission({
    exercise: tiny,
    submissionPath: submission(name, files),
    limits: { sandbox: { deadlineMs: 60_000, ...sandbox } },
  });

describe('hostile or broken migrations', () => {
  it('applies a migrations/ folder in name order and grades it', async () => {
    const report = await hostile('folder', {
      'migrations/002_key.sql': 'ALTER TABLE notes ADD PRIMARY KEY (id);',
      'migrations/001_column.sql': 'ALTER TABLE notes ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;',
      'migrations/readme.txt': 'not SQL, ignored',
    });
    expect(report.outcome).toBe('checked');
    expect(report.score).toBe(report.maxScore);
    expect(report.service.command).toBe('migrations/ (001_column.sql, 002_key.sql)');
  }, 120_000);

  it('reports the file, line and column of a failing statement in a migrations/ folder', async () => {
    const report = await hostile('fails-second', {
      'migrations/001_ok.sql': 'ALTER TABLE notes ADD COLUMN id bigint;',
      'migrations/002_bad.sql': '-- second step\nUPDATE notes\n   SET idd = 1;',
    });
    expect(report.outcome).toBe('migration-failed');
    expect(report.problem).toBe(
      'migrations/002_bad.sql line 3, column 8: column "idd" of relation "notes" does not exist (SQLSTATE 42703)',
    );
  }, 120_000);

  it('says what is missing when there is no migration, or two kinds of it', async () => {
    const none = await hostile('none', { 'README.md': 'I ran out of time' });
    expect(none.outcome).toBe('no-migration');
    expect(none.verdict).toBe(
      'Could not be assessed: there is no migration.sql at the root of the upload and no migrations/ folder with .sql files.',
    );
    const both = await hostile('both', { 'migration.sql': 'SELECT 1;', 'migrations/001.sql': 'SELECT 1;' });
    expect(both.problem).toMatch(/both a migration\.sql and a migrations\/ folder/);
    expect(both.resources.wallMs).toBe(0);
  }, 60_000);

  it('stops an endless query (pg_sleep, a loop that never ends) at the deadline with a clear report line', async () => {
    const started = performance.now();
    const reports = await Promise.all([
      hostile('sleep', { 'migration.sql': 'SELECT pg_sleep(3600);' }, { deadlineMs: 25_000 }),
      hostile(
        'loop',
        { 'migration.sql': 'DO $$ BEGIN LOOP PERFORM 1; END LOOP; END $$;' },
        { deadlineMs: 25_000 },
      ),
    ]);
    expect(performance.now() - started).toBeLessThan(90_000);
    for (const report of reports) {
      expect(report.outcome).toBe('migration-failed');
      expect(report.problem).toMatch(
        /^migration\.sql did not finish: killed: still running at the 25000 ms deadline/,
      );
      expect(report.service.end.reason).toBe('deadline');
    }
  }, 180_000);

  it('keeps host files out of reach: COPY FROM a file and pg_read_file see no host file', async () => {
    const copy = await hostile('copy', {
      'migration.sql': "CREATE TABLE stolen (line text);\nCOPY stolen FROM '/etc/passwd';",
    });
    expect(copy.outcome).toBe('migration-failed');
    expect(copy.problem).toMatch(
      /could not open file "\/etc\/passwd" for reading: No such file or directory/,
    );
    const read = await hostile('read-file', {
      'migration.sql': "SELECT pg_read_file('/proc/self/environ');",
    });
    expect(read.outcome).toBe('migration-failed');
    expect(read.problem).toMatch(/could not open file "\/proc\/self\/environ"/);
  }, 180_000);

  it('has no extensions that reach out (dblink, postgres_fdw)', async () => {
    const report = await hostile('dblink', {
      'migration.sql': "CREATE EXTENSION dblink;\nSELECT dblink_connect('host=127.0.0.1 dbname=postgres');",
    });
    expect(report.outcome).toBe('migration-failed');
    expect(report.problem).toMatch(/extension "dblink" is not available/);
    const fdw = await hostile('fdw', { 'migration.sql': 'CREATE EXTENSION postgres_fdw;' });
    expect(fdw.problem).toMatch(/extension "postgres_fdw" is not available/);
  }, 180_000);

  it('ends a huge generate_series at the memory limit without taking the host down', async () => {
    const report = await hostile(
      'memory-hog',
      {
        'migration.sql':
          "CREATE TABLE big AS SELECT g, repeat('x', 2000) AS filler FROM generate_series(1, 50000000) AS g;",
      },
      { memoryMiB: 1024, deadlineMs: 90_000 },
    );
    expect(report.outcome).toBe('migration-failed');
    // Either PostgreSQL's own allocator or the sandbox's cgroup says no first; both are memory, neither is a crash.
    expect(report.problem).toMatch(/out of memory|memory/i);
    expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 * 1024 * 1024);
  }, 180_000);
});
