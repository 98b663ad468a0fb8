// Runs INSIDE the grader's sandbox (plain JavaScript: only /usr/bin/node is there, no tsx). It loads an
// in-memory PGlite (PostgreSQL compiled to WebAssembly, mounted read-only at /app/pglite), builds the legacy
// database from the job's setup SQL, records the "before" answers, applies the candidate's migration files in
// order, then runs the grader's probes and records what each returned. It judges nothing: the trusted grader
// reads /data/results.jsonl and decides (schema-judge.ts).
//
// Every record is appended (and so survives a kill) before and after each step, so when the sandbox's deadline
// or memory limit ends this process the grader knows which step was running.
import { appendFileSync, readFileSync } from 'node:fs';

const job = JSON.parse(readFileSync('/app/job.json', 'utf8'));
const startedAt = performance.now();
const elapsed = () => Math.round(performance.now() - startedAt);

const json = (value) =>
  JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item));
const record = (entry) => appendFileSync('/data/results.jsonl', `${json({ ...entry, ms: elapsed() })}\n`);

const errorOf = (error) => ({
  code: error?.code ?? null,
  message: String(error?.message ?? error),
  position: error?.position ? Number(error.position) : null,
  detail: error?.detail ?? null,
  hint: error?.hint ?? null,
  where: error?.where ?? null,
  constraint: error?.constraint ?? null,
  table: error?.table ?? null,
  column: error?.column ?? null,
});

const limitRows = (rows) => rows.slice(0, job.maxRows);

async function runStep(db, step) {
  switch (step.kind) {
    case 'rows': {
      const result = await db.query(step.sql);
      return { rows: limitRows(result.rows), rowCount: result.rows.length };
    }
    case 'lines': {
      const result = await db.query(step.sql, [], { rowMode: 'array' });
      return { lines: limitRows(result.rows.map((row) => String(row[0]))), rowCount: result.rows.length };
    }
    case 'explain': {
      const result = await db.query(`EXPLAIN (FORMAT JSON) ${step.sql}`, [], { rowMode: 'array' });
      const plan = result.rows[0]?.[0];
      return { plan: typeof plan === 'string' ? JSON.parse(plan) : plan };
    }
    case 'probe': {
      // Everything a probe does is rolled back: probes never change what later steps see.
      await db.exec('BEGIN');
      try {
        for (const [index, sql] of (step.setup ?? []).entries()) {
          try {
            await db.query(sql);
          } catch (error) {
            return { probe: { stage: 'setup', index, ok: false, error: errorOf(error) } };
          }
        }
        try {
          const result = await db.query(step.sql);
          return { probe: { stage: 'statement', ok: true, affectedRows: result.affectedRows ?? 0 } };
        } catch (error) {
          return { probe: { stage: 'statement', ok: false, error: errorOf(error) } };
        }
      } finally {
        await db.exec('ROLLBACK');
      }
    }
    default:
      throw new Error(`unknown step kind ${step.kind}`);
  }
}

async function runSteps(db, phase, steps) {
  for (const step of steps) {
    record({ event: 'start', phase, id: step.id });
    try {
      record({ event: 'result', phase, id: step.id, ...(await runStep(db, step)) });
    } catch (error) {
      record({ event: 'result', phase, id: step.id, error: errorOf(error) });
    }
  }
}

const { PGlite } = await import('/app/pglite/dist/index.js');
record({ event: 'starting' });
const db = new PGlite({
  // Small buffers keep the WebAssembly heap (and so the sandbox's memory) down; the planner's costs are unchanged.
  postgresqlconf: [
    'shared_buffers = 16MB',
    'work_mem = 4MB',
    'maintenance_work_mem = 64MB',
    "timezone = 'UTC'",
  ],
});
await db.waitReady;
record({ event: 'ready' });

try {
  await db.exec(job.setupSql);
  await db.exec('ANALYZE');
} catch (error) {
  record({ event: 'setup-error', error: errorOf(error) });
  process.exit(0);
}
record({ event: 'setup-done' });
await runSteps(db, 'before', job.before);

for (const migration of job.migrations) {
  record({ event: 'migration-start', file: migration.name });
  try {
    await db.exec(migration.sql);
    record({ event: 'migration-done', file: migration.name });
  } catch (error) {
    record({ event: 'migration-error', file: migration.name, error: errorOf(error) });
    process.exit(0);
  }
}

// Whatever session state the migration left (an open transaction, a role, a search_path that puts its own
// functions first) is undone before the checks; statistics are gathered as autovacuum would have.
await db.exec('ROLLBACK').catch(() => undefined);
await db.exec(
  "RESET ALL; RESET ROLE; RESET SESSION AUTHORIZATION; SET search_path TO public; SET timezone TO 'UTC'",
);
try {
  await db.exec('ANALYZE');
} catch (error) {
  record({ event: 'analyze-error', error: errorOf(error) });
}
record({ event: 'migrated' });
await runSteps(db, 'after', job.after);
record({ event: 'finished' });
process.exit(0);
