import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { applications } from '../candidates/candidates.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import { type JobStatus, jobs, roleBlueprints, roleBlueprintVersions } from './roles.tables.ts';

export type BlueprintRow = typeof roleBlueprints.$inferSelect;
export type JobRow = typeof jobs.$inferSelect;

export async function getBlueprint(
  db: Executor,
  orgId: string,
  id: string,
): Promise<BlueprintRow | undefined> {
  const [row] = await db
    .select()
    .from(roleBlueprints)
    .where(and(eq(roleBlueprints.orgId, orgId), eq(roleBlueprints.id, id)));
  return row;
}

export function listBlueprints(db: Executor, orgId: string, archived: boolean): Promise<BlueprintRow[]> {
  return db
    .select()
    .from(roleBlueprints)
    .where(
      and(
        eq(roleBlueprints.orgId, orgId),
        archived ? isNotNull(roleBlueprints.archivedAt) : isNull(roleBlueprints.archivedAt),
      ),
    )
    .orderBy(desc(roleBlueprints.updatedAt), desc(roleBlueprints.id));
}

export function listBlueprintVersions(db: Executor, orgId: string, blueprintId: string) {
  return db
    .select()
    .from(roleBlueprintVersions)
    .where(and(eq(roleBlueprintVersions.orgId, orgId), eq(roleBlueprintVersions.blueprintId, blueprintId)))
    .orderBy(desc(roleBlueprintVersions.version));
}

export async function getBlueprintVersion(db: Executor, orgId: string, blueprintId: string, version: number) {
  const [row] = await db
    .select()
    .from(roleBlueprintVersions)
    .where(
      and(
        eq(roleBlueprintVersions.orgId, orgId),
        eq(roleBlueprintVersions.blueprintId, blueprintId),
        eq(roleBlueprintVersions.version, version),
      ),
    );
  return row;
}

export async function getJob(db: Executor, orgId: string, id: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.id, id)));
  return row;
}

export async function jobSlugTaken(db: Executor, orgId: string, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.slug, slug)));
  return row !== undefined;
}

export async function listJobs(db: Executor, orgId: string, status?: JobStatus) {
  const applicationCounts = db
    .select({ jobId: applications.jobId, total: count().as('total') })
    .from(applications)
    .where(eq(applications.orgId, orgId))
    .groupBy(applications.jobId)
    .as('application_counts');
  return db
    .select({ job: jobs, applicationCount: sql<number>`coalesce(${applicationCounts.total}, 0)::int` })
    .from(jobs)
    .leftJoin(applicationCounts, eq(applicationCounts.jobId, jobs.id))
    .where(and(eq(jobs.orgId, orgId), status ? eq(jobs.status, status) : undefined))
    .orderBy(
      asc(sql`case ${jobs.status} when 'open' then 0 when 'draft' then 1 when 'paused' then 2 else 3 end`),
      desc(jobs.updatedAt),
    );
}

/** Open jobs of an organisation for its public careers page and feeds. */
export function listOpenJobs(db: Executor, orgId: string) {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'open')))
    .orderBy(desc(jobs.openedAt), asc(jobs.title));
}

export async function findOpenJobBySlug(db: Executor, orgId: string, slug: string) {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.orgId, orgId), eq(jobs.slug, slug), eq(jobs.status, 'open')));
  return row;
}

export async function countApplications(db: Executor, orgId: string, jobId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(applications)
    .where(and(eq(applications.orgId, orgId), eq(applications.jobId, jobId)));
  return row?.value ?? 0;
}

/** The current version number of every blueprint of the organisation. */
export async function blueprintVersions(db: Executor, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: roleBlueprints.id, version: roleBlueprints.version })
    .from(roleBlueprints)
    .where(eq(roleBlueprints.orgId, orgId));
  return new Map(rows.map((row) => [row.id, row.version]));
}
