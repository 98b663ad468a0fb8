import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/support/test-services.ts';
import { createOrganisationWithAdmin } from '../accounts/accounts.service.ts';
import { candidates } from '../candidates/candidates.tables.ts';
import { auditEvents } from '../platform/audit/audit.tables.ts';
import { backgroundJobs } from '../platform/jobs/jobs.tables.ts';
import { startDailyJobs } from '../platform/jobs/schedule.ts';
import type { Services } from '../platform/services.ts';
import { ERASED_NAME } from './erase.ts';
import { privacyDailyJobs } from './privacy.jobs.ts';
import { savePrivacySettings } from './privacy.store.ts';
import { RETENTION_JOB, retentionJob } from './retention.ts';
import { addApplication, createJob, ensurePrivacyTables } from './test-fixtures.ts';

let services: Services & { close(): Promise<void> };
const DAY = 86_400_000;
const monthsAgo = (months: number) => new Date(Date.now() - months * 30.5 * DAY);
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

type Org = { orgId: string; adminId: string; jobs: string[] };
let strict: Org; // keeps rejected candidates 12 months
let lenient: Org; // the default, 24 months
const ids: Record<string, string> = {};

async function organisation(name: string, email: string): Promise<Org> {
  const { organisation, user } = await createOrganisationWithAdmin(services.db, {
    organisationName: name,
    name: 'Retention Admin',
    email,
    password: 'a long test password',
  });
  const jobs = [];
  for (let index = 0; index < 3; index++) {
    jobs.push((await createJob(services.db, organisation.id, { ownerId: user.id })).id);
  }
  return { orgId: organisation.id, adminId: user.id, jobs };
}

/** A candidate with the given applications: [status, closed how many months ago]. */
async function candidate(
  org: Org,
  key: string,
  apps: [status: 'active' | 'rejected' | 'withdrawn' | 'hired', closedMonthsAgo: number | null][],
  retainUntil: string | null = null,
) {
  const [row] = await services.db
    .insert(candidates)
    .values({
      orgId: org.orgId,
      name: `Person ${key}`,
      email: `${key}@example.org`,
      emails: [`${key}@example.org`],
      links: { github: null, linkedin: null, stackoverflow: null, website: null },
      source: 'careers_page',
      retainUntil,
      createdAt: monthsAgo(40),
    })
    .returning();
  for (const [index, [status, closed]] of apps.entries()) {
    await addApplication(services.db, {
      orgId: org.orgId,
      candidateId: row!.id,
      jobId: org.jobs[index]!,
      status,
      stageEnteredAt: monthsAgo(36),
      closedAt: closed === null ? null : monthsAgo(closed),
    });
  }
  ids[key] = row!.id;
}

beforeAll(async () => {
  services = await createTestServices();
  await ensurePrivacyTables(services.db);
  await startDailyJobs(services, privacyDailyJobs(services));
  strict = await organisation('Strict Retention Ltd', 'strict@example.com');
  lenient = await organisation('Default Retention Ltd', 'lenient@example.com');
  await savePrivacySettings(services.db, strict.orgId, strict.adminId, { rejectedRetentionMonths: 12 });

  await candidate(strict, 'old-rejected', [['rejected', 13]]);
  await candidate(strict, 'old-withdrawn-and-rejected', [
    ['withdrawn', 30],
    ['rejected', 14],
  ]);
  await candidate(strict, 'recently-rejected', [['rejected', 2]]);
  await candidate(strict, 'active', [['active', null]]);
  await candidate(strict, 'old-rejected-but-active-elsewhere', [
    ['rejected', 20],
    ['active', null],
  ]);
  await candidate(strict, 'hired', [['hired', 30]]);
  await candidate(strict, 'retained', [['rejected', 13]], isoDay(30));
  await candidate(strict, 'retention-ended', [['rejected', 13]], isoDay(-1));
  await candidate(strict, 'retained-until-today', [['rejected', 13]], isoDay(0));
  await candidate(strict, 'never-applied', []);
  await candidate(lenient, 'default-13-months', [['rejected', 13]]);
  await candidate(lenient, 'default-25-months', [['rejected', 25]]);
});
afterAll(() => services.close());

describe('retention', () => {
  it('anonymises exactly the candidates past the policy, through the daily job', async () => {
    const job = await services.queue.enqueue(services.db, retentionJob(services), {});
    expect(await services.queue.drain()).toBe(1);
    const [done] = await services.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, job.id));
    expect(done).toMatchObject({ status: 'succeeded', result: { organisations: 2, erased: 5 } });

    const rows = await services.db
      .select({
        id: candidates.id,
        name: candidates.name,
        email: candidates.email,
        anonymisedAt: candidates.anonymisedAt,
      })
      .from(candidates)
      .where(inArray(candidates.id, Object.values(ids)));
    const erased = Object.entries(ids)
      .filter(([, id]) => rows.find((row) => row.id === id)!.anonymisedAt !== null)
      .map(([key]) => key)
      .sort();
    expect(erased).toEqual([
      'default-25-months',
      'old-rejected',
      'old-withdrawn-and-rejected',
      'retained-until-today', // "retain until" today: not later than today, so due
      'retention-ended',
    ]);
    for (const row of rows.filter((candidate) => candidate.anonymisedAt)) {
      expect(row).toMatchObject({ name: ERASED_NAME, email: null });
    }
    const kept = rows.filter((row) => !row.anonymisedAt);
    expect(kept.every((row) => row.name.startsWith('Person '))).toBe(true);

    const audit = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'candidate.erased'), inArray(auditEvents.targetId, Object.values(ids))),
      );
    expect(audit).toHaveLength(5);
    expect(audit.every((entry) => entry.actorUserId === null)).toBe(true);
    expect(audit.map((entry) => (entry.data as { trigger: string }).trigger)).toEqual(
      Array(5).fill('retention'),
    );
  });

  it('changes nothing on a second run, and keeps exactly one next run queued', async () => {
    await services.queue.enqueue(services.db, retentionJob(services), {});
    await services.queue.drain();
    const [last] = await services.db
      .select()
      .from(backgroundJobs)
      .where(and(eq(backgroundJobs.type, RETENTION_JOB), eq(backgroundJobs.status, 'succeeded')))
      .orderBy(backgroundJobs.finishedAt)
      .then((rows) => rows.slice(-1));
    expect(last!.result).toEqual({ organisations: 2, erased: 0 });
    const queued = await services.db
      .select()
      .from(backgroundJobs)
      .where(and(eq(backgroundJobs.type, RETENTION_JOB), eq(backgroundJobs.status, 'queued')));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ uniqueKey: `daily:${RETENTION_JOB}` });
    expect(queued[0]!.runAt.getTime()).toBeGreaterThan(Date.now());
  });
});
