import { and, asc, eq, inArray } from 'drizzle-orm';
import { applications, candidateEvents, jobStages } from '../candidates/candidates.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import type { Seniority } from '../roles/blueprint.ts';
import { defaultStages } from './stages.ts';

export type StageRow = typeof jobStages.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type EventInput = Omit<typeof candidateEvents.$inferInsert, 'id'>;

export function listStages(db: Executor, orgId: string, jobId: string): Promise<StageRow[]> {
  return db
    .select()
    .from(jobStages)
    .where(and(eq(jobStages.orgId, orgId), eq(jobStages.jobId, jobId)))
    .orderBy(asc(jobStages.position));
}

/** A job's stages, created from the defaults the first time they are needed. */
export async function ensureStages(db: Executor, orgId: string, jobId: string, seniority: Seniority) {
  const existing = await listStages(db, orgId, jobId);
  if (existing.length > 0) return existing;
  await db
    .insert(jobStages)
    .values(defaultStages(seniority).map((stage, position) => ({ orgId, jobId, position, ...stage })))
    .onConflictDoNothing();
  return listStages(db, orgId, jobId);
}

export async function recordEvents(db: Executor, events: EventInput[]): Promise<void> {
  if (events.length > 0) await db.insert(candidateEvents).values(events);
}

export function getApplications(db: Executor, orgId: string, ids: string[]): Promise<ApplicationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(applications)
    .where(and(eq(applications.orgId, orgId), inArray(applications.id, ids)));
}
