import { sql } from 'drizzle-orm';
import { createTestServices } from '../../test/support/test-services.ts';
import { accountRoutes } from '../accounts/account.routes.ts';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { users } from '../accounts/accounts.tables.ts';
import { authRoutes } from '../accounts/auth.routes.ts';
import { applications } from '../candidates/candidates.tables.ts';
import { ensureStages } from '../pipeline/pipeline.store.ts';
import { type Db, rowsOf } from '../platform/db/client.ts';
import { buildApp } from '../platform/http/app.ts';
import type { App } from '../platform/http/types.ts';
import type { Services } from '../platform/services.ts';
import { type JobStatus, jobs } from '../roles/roles.tables.ts';
import { roleTemplates } from '../roles/templates.ts';
import { privacyRoutes } from './privacy.routes.ts';

/** Test helpers of the privacy capability (not shipped code). */

/**
 * The `privacy_settings` table exactly as `privacy.tables.ts` declares it, for test databases created before
 * its migration exists. A no-op once the migration has created it.
 */
export async function ensurePrivacyTables(db: Db) {
  await db.execute(sql`
    create table if not exists "privacy_settings" (
      "org_id" uuid primary key not null references "organisations"("id") on delete cascade,
      "rejected_retention_months" integer default 24 not null,
      "updated_by" uuid references "users"("id") on delete set null,
      "updated_at" timestamp with time zone default now() not null
    )`);
}

export type PrivacyTestEnv = { app: App; services: Services; close(): Promise<void> };

/** A test database and an app with only the routes the privacy tests need. */
export async function createPrivacyTestApp(): Promise<PrivacyTestEnv> {
  const services = await createTestServices();
  await ensurePrivacyTables(services.db);
  const app = await buildApp(services, { routes: [authRoutes, accountRoutes, privacyRoutes] });
  await app.ready();
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}

export async function authAs(db: Db, userId: string): Promise<AuthContext> {
  const [user] = await db.select().from(users).where(sql`${users.id} = ${userId}`);
  return { user: user!, orgId: user!.orgId, via: 'session', sessionId: null, ip: null };
}

let jobCounter = 0;

/** A job straight in the database (with its default stages), as the roles capability would create it. */
export async function createJob(
  db: Db,
  orgId: string,
  options: { ownerId?: string | null; status?: JobStatus; title?: string } = {},
) {
  const template = roleTemplates.find((candidate) => candidate.blueprint.seniority === 'senior')!;
  jobCounter++;
  const [job] = await db
    .insert(jobs)
    .values({
      orgId,
      blueprint: template.blueprint,
      slug: `privacy-test-job-${jobCounter}`,
      title: options.title ?? `${template.blueprint.title} ${jobCounter}`,
      status: options.status ?? 'open',
      postingMarkdown: '# Test job',
      ownerId: options.ownerId ?? null,
      openedAt: new Date(),
    })
    .returning();
  await ensureStages(db, orgId, job!.id, template.blueprint.seniority);
  return job!;
}

export async function addApplication(
  db: Db,
  values: {
    orgId: string;
    candidateId: string;
    jobId: string;
    stage?: string;
    status?: 'active' | 'rejected' | 'withdrawn' | 'hired';
    stageEnteredAt?: Date;
    closedAt?: Date | null;
  },
) {
  const [application] = await db
    .insert(applications)
    .values({
      orgId: values.orgId,
      candidateId: values.candidateId,
      jobId: values.jobId,
      stage: values.stage ?? 'applied',
      status: values.status ?? 'active',
      source: 'manual',
      stageEnteredAt: values.stageEnteredAt ?? new Date(),
      closedAt: values.closedAt ?? null,
      rejectionReason: values.status === 'rejected' ? 'skills_gap' : null,
    })
    .returning();
  return application!;
}

export type PersonalDataHit = { table: string; column: string; needle: string };

/**
 * Looks for each needle (case-insensitive) in every text-like column (text, varchar, json, jsonb, tsvector,
 * arrays) of every table in the public schema, and for each byte string in every bytea column.
 */
export async function findPersonalData(
  db: Db,
  needles: string[],
  byteStrings: Buffer[] = [],
): Promise<PersonalDataHit[]> {
  const columns = rowsOf<{ table_name: string; column_name: string; data_type: string; udt_name: string }>(
    await db.execute(sql`
      select c.table_name, c.column_name, c.data_type, c.udt_name
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`),
  );
  const textual = new Set(['text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'ARRAY']);
  const hits: PersonalDataHit[] = [];
  for (const column of columns) {
    const target = sql`${sql.identifier(column.table_name)}.${sql.identifier(column.column_name)}`;
    const from = sql.identifier(column.table_name);
    if (textual.has(column.data_type)) {
      for (const needle of needles) {
        const found = rowsOf<{ n: number }>(
          await db.execute(
            sql`select count(*)::int as n from ${from} where strpos(lower(${target}::text), lower(${needle})) > 0`,
          ),
        )[0]!.n;
        if (found > 0) hits.push({ table: column.table_name, column: column.column_name, needle });
      }
    } else if (column.udt_name === 'bytea') {
      for (const bytes of byteStrings) {
        const found = rowsOf<{ n: number }>(
          await db.execute(
            sql`select count(*)::int as n from ${from} where position(decode(${bytes.toString('hex')}, 'hex') in ${target}) > 0`,
          ),
        )[0]!.n;
        if (found > 0) {
          hits.push({
            table: column.table_name,
            column: column.column_name,
            needle: `${bytes.length} bytes`,
          });
        }
      }
    }
  }
  return hits;
}
