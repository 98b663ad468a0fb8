// Schema grading without I/O: turn an exercise's checks into the SQL steps the sandboxed runner executes
// (schema-runner.mjs), and turn what the runner recorded into check results with evidence and a verdict.
import type { CheckCategory, CheckEvidence, CheckResult } from '../checks.ts';
import type { CategoryScore } from '../report.ts';
import type { SchemaCheck, SchemaGrading, SqlProbe } from './schema-grading.ts';

export type MigrationFile = { name: string; sql: string };

export type RunnerStep = {
  id: string;
  kind: 'rows' | 'lines' | 'explain' | 'probe';
  sql: string;
  setup?: readonly string[];
};

export type SchemaJob = {
  setupSql: string;
  before: RunnerStep[];
  migrations: MigrationFile[];
  after: RunnerStep[];
  maxRows: number;
};

export type SqlError = {
  code: string | null;
  message: string;
  position: number | null;
  detail?: string | null;
  hint?: string | null;
};

/** One line of the runner's results.jsonl. */
export type RunnerEvent = {
  event: string;
  ms: number;
  phase?: 'before' | 'after';
  id?: string;
  file?: string;
  rows?: Record<string, unknown>[];
  lines?: string[];
  rowCount?: number;
  plan?: unknown;
  probe?: { stage: 'setup' | 'statement'; index?: number; ok: boolean; error?: SqlError };
  error?: SqlError;
};

const catalogSql = {
  columns: `SELECT c.relname AS "table", a.attname AS "column", pg_catalog.format_type(a.atttypid, a.atttypmod) AS "type"
FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
  primaryKeys: `SELECT c.relname AS "table",
  EXISTS (SELECT 1 FROM pg_catalog.pg_constraint AS k WHERE k.conrelid = c.oid AND k.contype = 'p') AS "hasKey"
FROM pg_catalog.pg_class AS c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`,
  foreignKeys: `SELECT k.conname AS "name", src.relname AS "table", dst.relname AS "references", k.convalidated AS "validated",
  (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY u.n) FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, n)
     JOIN pg_catalog.pg_attribute AS a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS "columns",
  (SELECT pg_catalog.string_agg(a.attname, ',' ORDER BY u.n) FROM unnest(k.confkey) WITH ORDINALITY AS u(attnum, n)
     JOIN pg_catalog.pg_attribute AS a ON a.attrelid = k.confrelid AND a.attnum = u.attnum) AS "referencedColumns"
FROM pg_catalog.pg_constraint AS k
JOIN pg_catalog.pg_class AS src ON src.oid = k.conrelid
JOIN pg_catalog.pg_class AS dst ON dst.oid = k.confrelid
WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
} as const;

const catalogStep = {
  tables: { id: 'catalog:columns', kind: 'rows', sql: catalogSql.columns },
  'primary-keys': { id: 'catalog:primary-keys', kind: 'rows', sql: catalogSql.primaryKeys },
  'foreign-key': { id: 'catalog:foreign-keys', kind: 'rows', sql: catalogSql.foreignKeys },
} as const satisfies Record<string, RunnerStep>;

const probeStepId = (check: SchemaCheck, index: number) => `${check.id}#${index + 1}`;
const probesOf = (check: SchemaCheck): readonly SqlProbe[] =>
  check.kind === 'probes' || check.kind === 'foreign-key' ? check.probes : [];

/** The runner's job: the legacy database, the "before" answers, the migration, then every check's SQL. */
export function planSchemaJob(grading: SchemaGrading, migrations: MigrationFile[]): SchemaJob {
  const before: RunnerStep[] = [];
  const after: RunnerStep[] = [];
  const catalog = new Map<string, RunnerStep>();
  for (const check of grading.checks) {
    if (check.kind === 'tables' || check.kind === 'primary-keys' || check.kind === 'foreign-key') {
      const step = catalogStep[check.kind];
      catalog.set(step.id, step);
    }
    probesOf(check).forEach((probe, index) => {
      after.push({
        id: probeStepId(check, index),
        kind: 'probe',
        sql: probe.sql,
        ...(probe.setup ? { setup: probe.setup } : {}),
      });
    });
    if (check.kind === 'same-facts' || check.kind === 'same-answer') {
      const kind = check.kind === 'same-facts' ? 'lines' : 'rows';
      before.push({ id: check.id, kind, sql: check.before });
      after.push({ id: check.id, kind, sql: check.after });
    }
    if (check.kind === 'uses-index') after.push({ id: check.id, kind: 'explain', sql: check.sql });
  }
  return {
    setupSql: grading.setupSql,
    before,
    migrations,
    after: [...catalog.values(), ...after],
    maxRows: 1_000_000,
  };
}

/** Line and column (1-based) of a character position (1-based, as PostgreSQL reports it) in a text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = Array.from(text)
    .slice(0, Math.max(0, position - 1))
    .join('');
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const sqlStateNames: Record<string, string> = {
  '23502': 'a NOT NULL constraint',
  '23503': 'a foreign key',
  '23505': 'a unique constraint',
  '23514': 'a CHECK constraint',
};

const describeError = (error: SqlError | undefined) =>
  error ? `${error.message}${error.code ? ` (SQLSTATE ${error.code})` : ''}` : 'an unknown error';

const firstLine = (sql: string, max = 90) => {
  const line = sql.trim().replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const sqlEvidence = (sql: string, expected: string, received: CheckEvidence['received']): CheckEvidence => ({
  request: { method: 'SQL', path: firstLine(sql), body: sql.length > 1500 ? `${sql.slice(0, 1500)}…` : sql },
  expected: { text: expected },
  received,
});

const summary = (text: string): CheckEvidence['received'] => ({ summary: text, statuses: {} });

type Judged = { passed: boolean; message: string; evidence: CheckEvidence | null };

/** Why a step has no result: it was running when the sandbox ended, or never reached. */
type Missing = (id: string, phase: 'before' | 'after') => string;

class Results {
  private readonly before = new Map<string, RunnerEvent>();
  private readonly after = new Map<string, RunnerEvent>();
  private readonly started = new Set<string>();

  constructor(
    events: readonly RunnerEvent[],
    private readonly ended: string,
  ) {
    for (const event of events) {
      if (event.event === 'start' && event.id) this.started.add(`${event.phase}:${event.id}`);
      if (event.event === 'result' && event.id)
        (event.phase === 'before' ? this.before : this.after).set(event.id, event);
    }
  }

  get(phase: 'before' | 'after', id: string): RunnerEvent | string {
    const found = (phase === 'before' ? this.before : this.after).get(id);
    if (found) return found;
    return this.missing(id, phase);
  }

  readonly missing: Missing = (id, phase) =>
    this.started.has(`${phase}:${id}`)
      ? `this check's SQL was still running when the grading was stopped: ${this.ended}`
      : `not run: the grading was stopped earlier (${this.ended})`;
}

/** The grader's own "before" query failed: the exercise is broken, not the submission. */
export class SchemaExerciseError extends Error {
  override name = 'SchemaExerciseError';
}

function judgeProbe(probe: SqlProbe, result: RunnerEvent | string): Judged & { skipped?: boolean } {
  const expected =
    probe.expect === 'accepted'
      ? `accepted: ${probe.what}`
      : `refused by ${sqlStateNames[probe.expect.refused] ?? `SQLSTATE ${probe.expect.refused}`}: ${probe.what}`;
  const body = [...(probe.setup ?? []), probe.sql].join(';\n');
  if (typeof result === 'string') return { passed: false, message: result, evidence: null, skipped: true };
  const outcome = result.probe;
  if (!outcome) {
    return {
      passed: false,
      message: `could not run: ${describeError(result.error)}`,
      evidence: sqlEvidence(body, expected, { error: describeError(result.error) }),
    };
  }
  if (outcome.stage === 'setup') {
    const failed = probe.setup?.[outcome.index ?? 0] ?? '';
    return {
      passed: false,
      message: `could not prepare the rows for "${probe.what}": ${firstLine(failed, 70)} failed with ${describeError(outcome.error)}`,
      evidence: sqlEvidence(body, expected, { error: describeError(outcome.error) }),
    };
  }
  const evidence = sqlEvidence(
    body,
    expected,
    outcome.ok ? summary('accepted') : { error: describeError(outcome.error) },
  );
  if (probe.expect === 'accepted') {
    return outcome.ok
      ? { passed: true, message: 'passed', evidence }
      : { passed: false, message: `refused ${probe.what}: ${describeError(outcome.error)}`, evidence };
  }
  if (outcome.ok) return { passed: false, message: `accepted ${probe.what}`, evidence };
  if (outcome.error?.code === probe.expect.refused) return { passed: true, message: 'passed', evidence };
  return {
    passed: false,
    message: `refused ${probe.what}, but with ${describeError(outcome.error)} instead of ${sqlStateNames[probe.expect.refused] ?? probe.expect.refused}`,
    evidence,
  };
}

function judgeProbes(check: SchemaCheck, results: Results): Judged {
  const probes = probesOf(check);
  let last: Judged | null = null;
  for (const [index, probe] of probes.entries()) {
    const judged = judgeProbe(probe, results.get('after', probeStepId(check, index)));
    if (!judged.passed) return judged;
    last = judged;
  }
  return last ?? { passed: true, message: 'passed', evidence: null };
}

const rowsOf = (result: RunnerEvent | string) => (typeof result === 'string' ? null : (result.rows ?? null));

function judgeTables(check: Extract<SchemaCheck, { kind: 'tables' }>, results: Results): Judged {
  const result = results.get('after', catalogStep.tables.id);
  const rows = rowsOf(result) as { table: string; column: string; type: string }[] | null;
  if (!rows)
    return {
      passed: false,
      message: typeof result === 'string' ? result : describeError(result.error),
      evidence: null,
    };
  const found = new Map(rows.map((row) => [`${row.table}.${row.column}`, row.type]));
  const tables = new Set(rows.map((row) => row.table));
  const problems: string[] = [];
  for (const [table, columns] of Object.entries(check.tables)) {
    if (!tables.has(table)) {
      problems.push(`there is no table ${table}`);
      continue;
    }
    for (const [column, types] of Object.entries(columns)) {
      const type = found.get(`${table}.${column}`);
      if (type === undefined) problems.push(`${table} has no column ${column}`);
      else if (!types.some((accepted) => type === accepted || type.startsWith(`${accepted}(`)))
        problems.push(`${table}.${column} is ${type}, expected ${types.join(' or ')}`);
    }
  }
  const expected = Object.entries(check.tables)
    .map(([table, columns]) => `${table}(${Object.keys(columns).join(', ')})`)
    .join('; ');
  const evidence = sqlEvidence(
    catalogSql.columns,
    expected,
    summary(problems.length ? problems.join('; ') : 'every table and column as expected'),
  );
  return problems.length
    ? { passed: false, message: problems.join('; '), evidence }
    : { passed: true, message: 'passed', evidence };
}

function judgePrimaryKeys(results: Results): Judged {
  const result = results.get('after', catalogStep['primary-keys'].id);
  const rows = rowsOf(result) as { table: string; hasKey: boolean }[] | null;
  if (!rows)
    return {
      passed: false,
      message: typeof result === 'string' ? result : describeError(result.error),
      evidence: null,
    };
  const without = rows.filter((row) => !row.hasKey).map((row) => row.table);
  const evidence = sqlEvidence(
    catalogSql.primaryKeys,
    'a primary key on every table',
    summary(
      rows.length === 0
        ? 'no tables at all'
        : `${rows.length} tables; without a primary key: ${without.join(', ') || 'none'}`,
    ),
  );
  if (rows.length === 0) return { passed: false, message: 'there are no tables left', evidence };
  return without.length
    ? { passed: false, message: `no primary key on ${without.join(', ')}`, evidence }
    : { passed: true, message: 'passed', evidence };
}

function judgeForeignKey(check: Extract<SchemaCheck, { kind: 'foreign-key' }>, results: Results): Judged {
  const result = results.get('after', catalogStep['foreign-key'].id);
  const rows = rowsOf(result) as
    | {
        name: string;
        table: string;
        references: string;
        validated: boolean;
        columns: string;
        referencedColumns: string;
      }[]
    | null;
  if (!rows)
    return {
      passed: false,
      message: typeof result === 'string' ? result : describeError(result.error),
      evidence: null,
    };
  const wanted = `${check.table}(${check.columns.join(', ')}) → ${check.references.table}(${check.references.columns.join(', ')})`;
  const key = rows.find(
    (row) =>
      row.table === check.table &&
      row.columns === check.columns.join(',') &&
      row.references === check.references.table &&
      row.referencedColumns === check.references.columns.join(','),
  );
  const evidence = sqlEvidence(
    catalogSql.foreignKeys,
    `a validated foreign key ${wanted}`,
    summary(key ? `${key.name}${key.validated ? '' : ' (NOT VALID)'}` : 'no such foreign key'),
  );
  if (!key) return { passed: false, message: `no foreign key ${wanted}`, evidence };
  if (!key.validated)
    return {
      passed: false,
      message: `${key.name} is NOT VALID: the existing rows were never checked`,
      evidence,
    };
  return judgeProbes(check, results);
}

function facts(result: RunnerEvent | string): string[] | string {
  if (typeof result === 'string') return result;
  if (result.lines) return result.lines;
  return `the query failed: ${describeError(result.error)}`;
}

const quote = (line: string) => JSON.stringify(line.length > 120 ? `${line.slice(0, 119)}…` : line);

function judgeSameFacts(check: Extract<SchemaCheck, { kind: 'same-facts' }>, results: Results): Judged {
  const expected = facts(results.get('before', check.id));
  if (typeof expected === 'string') throw new SchemaExerciseError(`${check.id}: ${expected}`);
  const got = facts(results.get('after', check.id));
  const wanted = `${expected.length} ${check.noun} lines, the same as before the migration`;
  if (typeof got === 'string')
    return { passed: false, message: got, evidence: sqlEvidence(check.after, wanted, { error: got }) };
  const counts = new Map<string, number>();
  for (const line of expected) counts.set(line, (counts.get(line) ?? 0) + 1);
  const unexpected: string[] = [];
  for (const line of got) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else unexpected.push(line);
  }
  const missing = [...counts].flatMap(([line, left]) => Array<string>(left).fill(line));
  if (missing.length === 0 && unexpected.length === 0)
    return {
      passed: true,
      message: 'passed',
      evidence: sqlEvidence(check.after, wanted, summary(`all ${got.length} the same`)),
    };
  const parts = [
    missing.length
      ? `${missing.length} of ${expected.length} ${check.noun} lines are missing or changed, e.g. ${quote(missing[0] ?? '')}`
      : '',
    unexpected.length
      ? `${unexpected.length} lines are new or different, e.g. ${quote(unexpected[0] ?? '')}`
      : '',
  ].filter(Boolean);
  return {
    passed: false,
    message: parts.join('; '),
    evidence: sqlEvidence(check.after, wanted, summary(`${got.length} lines; ${parts.join('; ')}`)),
  };
}

/** Values compared as text: 7, 7n and "7" are the same answer; so are two ISO renderings of one instant. */
const normalisedRows = (rows: Record<string, unknown>[]) =>
  rows.map((row) => Object.values(row).map((value) => (value === null ? null : String(value))));

function judgeSameAnswer(check: Extract<SchemaCheck, { kind: 'same-answer' }>, results: Results): Judged {
  const before = results.get('before', check.id);
  if (typeof before === 'string' || !before.rows)
    throw new SchemaExerciseError(
      `${check.id}: ${typeof before === 'string' ? before : describeError(before.error)}`,
    );
  const expected = normalisedRows(before.rows);
  const wanted = `${expected.length} rows: ${firstLine(JSON.stringify(expected), 200)}`;
  const after = results.get('after', check.id);
  if (typeof after === 'string') return { passed: false, message: after, evidence: null };
  if (!after.rows) {
    const error = describeError(after.error);
    return {
      passed: false,
      message: `the query failed: ${error}`,
      evidence: sqlEvidence(check.after, wanted, { error }),
    };
  }
  const got = normalisedRows(after.rows);
  const evidence = sqlEvidence(
    check.after,
    wanted,
    summary(`${got.length} rows: ${firstLine(JSON.stringify(got), 200)}`),
  );
  if (JSON.stringify(got) === JSON.stringify(expected)) return { passed: true, message: 'passed', evidence };
  const index = expected.findIndex((row, at) => JSON.stringify(row) !== JSON.stringify(got[at]));
  const where = index >= 0 ? index : expected.length;
  return {
    passed: false,
    message:
      got.length !== expected.length
        ? `returned ${got.length} rows instead of ${expected.length}`
        : `row ${where + 1} is ${JSON.stringify(got[where])} instead of ${JSON.stringify(expected[where])}`,
    evidence,
  };
}

type PlanNode = {
  'Node Type'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
};

/** The plan as one line, outermost first: "Limit > Sort > Index Scan on orders using orders_ref_key". */
export function planOutline(plan: unknown): { outline: string; nodes: PlanNode[] } {
  const root = (Array.isArray(plan) ? (plan[0] as { Plan?: PlanNode })?.Plan : undefined) ?? null;
  const nodes: PlanNode[] = [];
  const pending = root ? [root] : [];
  for (let node = pending.shift(); node; node = pending.shift()) {
    nodes.push(node);
    pending.unshift(...(node.Plans ?? []));
  }
  const outline = nodes
    .map(
      (node) =>
        `${node['Node Type']}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`,
    )
    .join(' > ');
  return { outline, nodes };
}

function judgeUsesIndex(
  check: Extract<SchemaCheck, { kind: 'uses-index' }>,
  bigTables: readonly string[],
  results: Results,
): Judged {
  const result = results.get('after', check.id);
  const wanted = `no sequential scan of ${bigTables.join(', ')}`;
  if (typeof result === 'string') return { passed: false, message: result, evidence: null };
  if (!result.plan) {
    const error = describeError(result.error);
    return {
      passed: false,
      message: `the query failed: ${error}`,
      evidence: sqlEvidence(check.sql, wanted, { error }),
    };
  }
  const { outline, nodes } = planOutline(result.plan);
  const scans = nodes.filter(
    (node) => node['Node Type'] === 'Seq Scan' && bigTables.includes(node['Relation Name'] ?? ''),
  );
  const evidence = sqlEvidence(`EXPLAIN (FORMAT JSON) ${check.sql}`, wanted, summary(`plan: ${outline}`));
  if (scans.length === 0) return { passed: true, message: 'passed', evidence };
  return {
    passed: false,
    message: `reads ${scans.map((scan) => `${scan['Relation Name']} whole (Seq Scan, about ${scan['Plan Rows']} rows)`).join(' and ')}: no index serves this query`,
    evidence,
  };
}

function judgeCheck(check: SchemaCheck, grading: SchemaGrading, results: Results): Judged {
  switch (check.kind) {
    case 'tables':
      return judgeTables(check, results);
    case 'primary-keys':
      return judgePrimaryKeys(results);
    case 'foreign-key':
      return judgeForeignKey(check, results);
    case 'probes':
      return judgeProbes(check, results);
    case 'same-facts':
      return judgeSameFacts(check, results);
    case 'same-answer':
      return judgeSameAnswer(check, results);
    case 'uses-index':
      return judgeUsesIndex(check, grading.bigTables, results);
  }
}

export type SchemaJudgement = {
  outcome: 'checked' | 'migration-failed';
  /** Why nothing could be checked (the migration's error with its file, line and column). */
  problem: string | null;
  checks: CheckResult[];
  /** How long each phase took, from the runner's clock. */
  timings: { setupMs: number | null; migrationMs: number | null; checksMs: number | null };
};

export const notRunSchemaChecks = (grading: SchemaGrading, why: string): CheckResult[] =>
  grading.checks.map((check) => ({
    id: check.id,
    category: check.category,
    description: check.description,
    points: check.points,
    passed: false,
    message: `not run: ${why}`,
    evidence: null,
    durationMs: 0,
  }));

/**
 * Judge what the runner recorded. `ended` says how the sandbox run ended ("stopped by the grader" when the runner
 * finished), for the steps it cut short. Throws SchemaExerciseError when the legacy database could not be built
 * or a "before" query failed: that is the exercise's fault, never the candidate's.
 */
export function judgeSchemaRun(
  grading: SchemaGrading,
  migrations: readonly MigrationFile[],
  events: readonly RunnerEvent[],
  ended: string,
): SchemaJudgement {
  const at = (name: string) => events.find((event) => event.event === name)?.ms ?? null;
  const setupError = events.find((event) => event.event === 'setup-error');
  if (setupError)
    throw new SchemaExerciseError(
      `the legacy database could not be built: ${describeError(setupError.error)}`,
    );
  const setupDone = at('setup-done');
  if (setupDone === null) throw new SchemaExerciseError(`the legacy database could not be built: ${ended}`);
  const migrationStarted = at('migration-start');
  const migrated = at('migrated');
  const finished = at('finished');
  const timings = {
    setupMs: setupDone - (at('ready') ?? 0),
    migrationMs: migrated !== null && migrationStarted !== null ? migrated - migrationStarted : null,
    checksMs: finished !== null && migrated !== null ? finished - migrated : null,
  };
  const results = new Results(events, ended);
  // A failed "before" query is the exercise's fault: judge them all even when the migration failed.
  for (const check of grading.checks) {
    if (check.kind === 'same-facts' || check.kind === 'same-answer') {
      const before = results.get('before', check.id);
      if (typeof before !== 'string' && before.error)
        throw new SchemaExerciseError(
          `${check.id}: the query on the legacy data failed: ${describeError(before.error)}`,
        );
    }
  }

  const failure = events.find((event) => event.event === 'migration-error');
  if (failure || migrated === null) {
    let problem: string;
    if (failure) {
      const file = migrations.find((migration) => migration.name === failure.file);
      const place = failure.error?.position && file ? lineAndColumn(file.sql, failure.error.position) : null;
      problem = `${failure.file}${place ? ` line ${place.line}, column ${place.column}` : ''}: ${describeError(failure.error)}`;
    } else {
      const running = [...events].reverse().find((event) => event.event === 'migration-start')?.file;
      problem = running ? `${running} did not finish: ${ended}` : `the migration did not run: ${ended}`;
    }
    return {
      outcome: 'migration-failed',
      problem,
      checks: notRunSchemaChecks(grading, 'the migration failed'),
      timings,
    };
  }

  const checks = grading.checks.map((check): CheckResult => {
    const judged = judgeCheck(check, grading, results);
    return {
      id: check.id,
      category: check.category,
      description: check.description,
      points: check.points,
      passed: judged.passed,
      message: judged.message,
      evidence: judged.evidence,
      durationMs: 0,
    };
  });
  return { outcome: 'checked', problem: null, checks, timings };
}

const plainCategory: Partial<Record<CheckCategory, string>> = {
  correctness: 'the structure and the answers to the queries',
  validation: 'constraints that refuse bad rows',
  persistence: 'keeping every fact of the data',
  performance: 'indexes for the queries',
};

const listInWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The verdict for a non-technical reader. */
export function schemaVerdict(input: {
  outcome: string;
  problem: string | null;
  score: number;
  maxScore: number;
  checks: readonly CheckResult[];
  categories: Record<CheckCategory, CategoryScore>;
}): string {
  if (input.outcome === 'unpack-refused')
    return `Could not be assessed: the upload was refused (${input.problem}).`;
  if (input.outcome === 'no-migration') return `Could not be assessed: ${input.problem}.`;
  if (input.outcome === 'migration-failed')
    return `Does not work: the migration failed — ${input.problem}. Nothing could be checked; score 0 of ${input.maxScore}.`;
  const ratio = input.maxScore > 0 ? input.score / input.maxScore : 0;
  const gaps = (Object.keys(input.categories) as CheckCategory[])
    .map((category) => ({ category, ...input.categories[category] }))
    .filter((entry) => entry.score < entry.max)
    .sort((a, b) => a.score / a.max - b.score / b.max)
    .map((entry) => plainCategory[entry.category] ?? entry.category);
  const passed = input.checks.filter((check) => check.passed).length;
  if (input.maxScore > 0 && input.score === input.maxScore)
    return 'The migration works: every key, constraint and index is in place and no data was lost.';
  if (ratio >= 0.9) return `The migration works well, with small gaps in ${listInWords(gaps)}.`;
  if (ratio >= 0.75) return `The migration works, with gaps in ${listInWords(gaps)}.`;
  if (ratio >= 0.5) return `The migration partly works; it falls short on ${listInWords(gaps)}.`;
  if (passed > 0)
    return `The migration mostly falls short: only ${passed} of ${input.checks.length} checks pass.`;
  return 'The migration does not do the job: none of the checks pass.';
}
