// What a schema exercise gives the grader: the broken schema with its data, and the checks the repaired one must
// pass. Checks are data, like the HTTP checks (checks.ts): each is judged from what plain SQL returned before and
// after the candidate's migration, so the judging (schema-judge.ts) is pure and the SQL runs in the sandbox.
import type { CheckCategory } from '../checks.ts';

/**
 * One statement run after the migration inside a transaction that is always rolled back: `setup` statements must
 * succeed first (they make the rows the statement needs), then the statement must be accepted or refused with
 * the given SQLSTATE (23502 not null, 23503 foreign key, 23505 unique, 23514 check).
 */
export type SqlProbe = {
  /** What the statement tries, in words: "an order for a customer who does not exist". */
  what: string;
  setup?: readonly string[];
  sql: string;
  expect: 'accepted' | { refused: string };
};

type CheckMeta = { id: string; category: CheckCategory; description: string; points: number };

export type SchemaCheck = CheckMeta &
  (
    | {
        /** These tables exist with these columns, each of one of the accepted types (as format_type prints them). */
        kind: 'tables';
        tables: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
      }
    /** Every table in the public schema has a primary key. */
    | { kind: 'primary-keys' }
    | {
        /** A validated foreign key from table(columns) to references.table(references.columns), and probes. */
        kind: 'foreign-key';
        table: string;
        columns: readonly string[];
        references: { table: string; columns: readonly string[] };
        probes: readonly SqlProbe[];
      }
    /** Statements that must be accepted or refused as each probe says. */
    | { kind: 'probes'; probes: readonly SqlProbe[] }
    | {
        /**
         * The same facts before and after: each query returns one text column, one line per fact; compared as
         * sets of lines, so the order does not matter and the evidence can name what went missing.
         */
        kind: 'same-facts';
        /** What one line is, for messages: "customer (e-mail|name)". */
        noun: string;
        before: string;
        after: string;
      }
    | {
        /** A query of the brief returns the same rows (in order) as the legacy query that answers it. */
        kind: 'same-answer';
        before: string;
        after: string;
      }
    | {
        /** EXPLAIN of the query reads none of the grading's big tables with a sequential scan. */
        kind: 'uses-index';
        sql: string;
      }
  );

export type SchemaGrading = {
  /** SQL that creates the starting schema and loads its data into the scratch database. */
  setupSql: string;
  /** The tables large enough that reading them whole is a mistake the index checks look for. */
  bigTables: readonly string[];
  checks: readonly SchemaCheck[];
};
