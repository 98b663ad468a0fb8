// The schema judge is pure: it plans the runner's SQL and reads what the runner recorded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findMigration } from './grade-schema.ts';
import type { SchemaGrading } from './schema-grading.ts';
import {
  judgeSchemaRun,
  lineAndColumn,
  planOutline,
  planSchemaJob,
  type RunnerEvent,
  SchemaExerciseError,
  schemaVerdict,
} from './schema-judge.ts';

const grading: SchemaGrading = {
  setupSql: 'CREATE TABLE t (v text);',
  bigTables: ['t'],
  checks: [
    { id: 'keys', category: 'correctness', description: 'keys', points: 1, kind: 'primary-keys' },
    {
      id: 'facts',
      category: 'persistence',
      description: 'facts',
      points: 2,
      kind: 'same-facts',
      noun: 'value',
      before: 'SELECT v FROM t',
      after: 'SELECT v FROM t',
    },
    {
      id: 'not-null',
      category: 'validation',
      description: 'v is required',
      points: 1,
      kind: 'probes',
      probes: [
        { what: 'a valid row', sql: "INSERT INTO t VALUES ('x')", expect: 'accepted' },
        { what: 'a row without v', sql: 'INSERT INTO t VALUES (NULL)', expect: { refused: '23502' } },
      ],
    },
    {
      id: 'index',
      category: 'performance',
      description: 'index',
      points: 1,
      kind: 'uses-index',
      sql: 'SELECT 1',
    },
  ],
};

const migrations = [{ name: 'migration.sql', sql: 'ALTER TABLE t\n  ADD PRIMARY KEY (v);' }];

let clock = 0;
const event = (entry: Omit<RunnerEvent, 'ms'>): RunnerEvent => {
  clock += 10;
  return { ...entry, ms: clock };
};
const prelude = (): RunnerEvent[] => [
  event({ event: 'ready' }),
  event({ event: 'setup-done' }),
  event({ event: 'result', phase: 'before', id: 'facts', lines: ['a', 'b', 'c'] }),
  event({ event: 'migration-start', file: 'migration.sql' }),
];
const migrated = (): RunnerEvent[] => [
  ...prelude(),
  event({ event: 'migration-done', file: 'migration.sql' }),
  event({ event: 'migrated' }),
];
const seqScanPlan = [{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 't', 'Plan Rows': 5000 } }];

describe('planSchemaJob', () => {
  it('runs each catalog query once, the before queries before, and every probe and plan after', () => {
    const job = planSchemaJob(grading, migrations);
    expect(job.before.map((step) => step.id)).toEqual(['facts']);
    expect(job.after.map((step) => `${step.kind}:${step.id}`)).toEqual([
      'rows:catalog:primary-keys',
      'lines:facts',
      'probe:not-null#1',
      'probe:not-null#2',
      'explain:index',
    ]);
    expect(job.migrations).toBe(migrations);
  });
});

describe('judgeSchemaRun', () => {
  it('passes what held and explains what did not, with the SQL as evidence', () => {
    const events = [
      ...migrated(),
      event({
        event: 'result',
        phase: 'after',
        id: 'catalog:primary-keys',
        rows: [{ table: 't', hasKey: false }],
      }),
      event({ event: 'result', phase: 'after', id: 'facts', lines: ['a', 'c', 'c'] }),
      event({ event: 'result', phase: 'after', id: 'not-null#1', probe: { stage: 'statement', ok: true } }),
      event({ event: 'result', phase: 'after', id: 'not-null#2', probe: { stage: 'statement', ok: true } }),
      event({ event: 'result', phase: 'after', id: 'index', plan: seqScanPlan }),
      event({ event: 'finished' }),
    ];
    const judged = judgeSchemaRun(grading, migrations, events, 'the database run finished');
    expect(judged.outcome).toBe('checked');
    expect(judged.checks.map((check) => [check.id, check.passed, check.message])).toEqual([
      ['keys', false, 'no primary key on t'],
      [
        'facts',
        false,
        '1 of 3 value lines are missing or changed, e.g. "b"; 1 lines are new or different, e.g. "c"',
      ],
      ['not-null', false, 'accepted a row without v'],
      ['index', false, 'reads t whole (Seq Scan, about 5000 rows): no index serves this query'],
    ]);
    expect(judged.checks[2]?.evidence).toMatchObject({
      request: { method: 'SQL', path: 'INSERT INTO t VALUES (NULL)' },
      expected: { text: 'refused by a NOT NULL constraint: a row without v' },
      received: { summary: 'accepted' },
    });
  });

  it('tells a refusal for the wrong reason from the right one', () => {
    const events = [
      ...migrated(),
      event({ event: 'result', phase: 'after', id: 'not-null#1', probe: { stage: 'statement', ok: true } }),
      event({
        event: 'result',
        phase: 'after',
        id: 'not-null#2',
        probe: {
          stage: 'statement',
          ok: false,
          error: { code: '23505', message: 'duplicate key', position: null },
        },
      }),
    ];
    const check = judgeSchemaRun(grading, migrations, events, 'x').checks.find(
      (item) => item.id === 'not-null',
    );
    expect(check?.message).toBe(
      'refused a row without v, but with duplicate key (SQLSTATE 23505) instead of a NOT NULL constraint',
    );
  });

  it('reports a failed migration with its file, line and column, and runs no check', () => {
    const events = [
      ...prelude(),
      event({
        event: 'migration-error',
        file: 'migration.sql',
        error: { code: '42601', message: 'syntax error at or near "ADD"', position: 17 },
      }),
    ];
    const judged = judgeSchemaRun(grading, migrations, events, 'the database run finished');
    expect(judged.outcome).toBe('migration-failed');
    expect(judged.problem).toBe(
      'migration.sql line 2, column 3: syntax error at or near "ADD" (SQLSTATE 42601)',
    );
    expect(judged.checks.every((check) => check.message === 'not run: the migration failed')).toBe(true);
  });

  it('names the limit that stopped a migration, and the check that was running when the sandbox ended', () => {
    const stopped = judgeSchemaRun(
      grading,
      migrations,
      prelude(),
      'killed: still running at the 1000 ms deadline',
    );
    expect(stopped.problem).toBe(
      'migration.sql did not finish: killed: still running at the 1000 ms deadline',
    );

    const events = [...migrated(), event({ event: 'start', phase: 'after', id: 'catalog:primary-keys' })];
    const cut = judgeSchemaRun(grading, migrations, events, 'killed: out of memory');
    expect(cut.outcome).toBe('checked');
    expect(cut.checks[0]?.message).toBe(
      "this check's SQL was still running when the grading was stopped: killed: out of memory",
    );
    expect(cut.checks[1]?.message).toBe('not run: the grading was stopped earlier (killed: out of memory)');
  });

  it('blames the exercise, not the candidate, when the legacy database cannot be built', () => {
    expect(() =>
      judgeSchemaRun(grading, migrations, [event({ event: 'ready' })], 'killed: out of memory'),
    ).toThrow(SchemaExerciseError);
  });
});

describe('helpers', () => {
  it('turns a character position into a line and column', () => {
    expect(lineAndColumn('SELECT 1;\nSELEC 2;', 11)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('-- é\nX', 6)).toEqual({ line: 2, column: 1 });
  });

  it('outlines a plan outermost first', () => {
    const plan = [
      {
        Plan: {
          'Node Type': 'Nested Loop',
          Plans: [
            { 'Node Type': 'Index Scan', 'Relation Name': 'orders', 'Index Name': 'orders_ref_key' },
            { 'Node Type': 'Seq Scan', 'Relation Name': 'products' },
          ],
        },
      },
    ];
    expect(planOutline(plan).outline).toBe(
      'Nested Loop > Index Scan on orders using orders_ref_key > Seq Scan on products',
    );
  });

  it('writes a verdict for each outcome', () => {
    const base = { score: 0, maxScore: 10, checks: [], categories: {} as never };
    expect(
      schemaVerdict({ ...base, outcome: 'migration-failed', problem: 'migration.sql line 1, column 1: x' }),
    ).toBe(
      'Does not work: the migration failed — migration.sql line 1, column 1: x. Nothing could be checked; score 0 of 10.',
    );
  });
});

describe('findMigration', () => {
  const root = mkdtempSync(join(tmpdir(), 'hirebench-find-migration-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string>) => {
    const dir = join(root, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('takes migration.sql, or the .sql files of migrations/ in byte order of their names', () => {
    expect(findMigration(folder('single', { 'migration.sql': 'SELECT 1;' }))).toEqual({
      ok: true,
      files: [{ name: 'migration.sql', sql: 'SELECT 1;' }],
      label: 'migration.sql',
    });
    const many = findMigration(
      folder('many', {
        'migrations/10_b.sql': 'B',
        'migrations/02_a.sql': 'A',
        'migrations/Z.sql': 'Z',
        'migrations/notes.md': 'no',
        'migrations/deeper/x.sql': 'no',
      }),
    );
    expect(many.ok && many.files.map((file) => file.name)).toEqual([
      'migrations/02_a.sql',
      'migrations/10_b.sql',
      'migrations/Z.sql',
    ]);
  });

  it('reads an upload that held only the migrations/ folder (unwrapped by unpacking)', () => {
    const found = findMigration(folder('unwrapped', { '001.sql': 'A', 'migration.sql': 'B' }), 'migrations');
    expect(found.ok && found.files.map((file) => file.name)).toEqual([
      'migrations/001.sql',
      'migrations/migration.sql',
    ]);
  });

  it('refuses neither, both, or a binary file', () => {
    expect(findMigration(folder('neither', { 'README.md': 'hi' })).ok).toBe(false);
    expect(findMigration(folder('both', { 'migration.sql': 'A', 'migrations/1.sql': 'B' }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/both/),
    });
    expect(findMigration(folder('binary', { 'migration.sql': 'A\0B' }))).toEqual({
      ok: false,
      reason: 'migration.sql is not a text file',
    });
  });
});
