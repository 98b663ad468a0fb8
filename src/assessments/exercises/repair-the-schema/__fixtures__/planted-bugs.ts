// Variants of the reference migration, each with one planted bug, and the hidden checks each must fail (all the
// others must pass). A variant is the good migration with exact text edits, so the bug is visible in one place.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const goodMigrationDir = fileURLToPath(new URL('./good/', import.meta.url));

export type PlantedSchemaBug = {
  name: string;
  bug: string;
  edits: { find: string; replace: string }[];
  /** The checks it fails; `null` when the migration itself must fail (then nothing is checked). */
  failingChecks: string[] | null;
};

export const plantedSchemaBugs: PlantedSchemaBug[] = [
  {
    name: 'loses-data',
    bug: 'orders whose e-mail is not already trimmed and lower case find no customer and are dropped',
    edits: [
      {
        find: 'JOIN customers AS c ON c.email = lower(btrim(o.customer_email));',
        replace: 'JOIN customers AS c ON c.email = o.customer_email;',
      },
    ],
    failingChecks: [
      'data-orders',
      'data-order-lines',
      'data-customer-value',
      'query-account-page',
      'query-order-page',
      'query-daily-report',
      'query-product-sales',
    ],
  },
  {
    name: 'missing-foreign-key',
    bug: 'orders.customer_id references nothing',
    edits: [
      {
        find: 'customer_id bigint NOT NULL REFERENCES customers (id),',
        replace: 'customer_id bigint NOT NULL,',
      },
    ],
    failingChecks: ['fk-order-customer'],
  },
  {
    name: 'missing-index',
    bug: 'no index on orders.customer_id: the account page reads every order',
    edits: [
      {
        find: 'CREATE INDEX orders_customer_id_placed_at_idx ON orders (customer_id, placed_at);\n',
        replace: '',
      },
    ],
    failingChecks: ['index-account-page'],
  },
  {
    name: 'syntax-error',
    bug: 'a typo in CREATE TABLE',
    edits: [{ find: 'CREATE TABLE tags (', replace: 'CREATE TABL tags (' }],
    failingChecks: null,
  },
];

/** Write the variant's migration.sql into `dir` and return the folder. */
export function writeSchemaVariant(bug: PlantedSchemaBug, dir: string): string {
  let sql = readFileSync(join(goodMigrationDir, 'migration.sql'), 'utf8');
  for (const edit of bug.edits) {
    if (!sql.includes(edit.find))
      throw new Error(`${bug.name}: ${JSON.stringify(edit.find)} is not in the migration`);
    sql = sql.replace(edit.find, edit.replace);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  return dir;
}
