import { and, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import type { Services } from '../services.ts';
import { backgroundJobs } from './jobs.tables.ts';
import type { JobContext, JobDefinition, JobRow } from './queue.ts';

/**
 * Daily recurring jobs on the PostgreSQL queue.
 *
 * One queued run per job type exists at any time: it is inserted with `unique_key = 'daily:<type>'`, and the
 * partial unique index over queued/running jobs turns a second insert — from a restart, a second process or
 * a race between workers — into a no-op (`on conflict do nothing`). When a run starts, it hands the key over
 * to its successor in one transaction: the running job's key becomes `daily:<type>@<its run time>` and the
 * next run (the next `hourUtc`) is inserted with the daily key. A run that fails is retried by the queue as
 * usual, without touching tomorrow's run; a retry finds tomorrow's run already there and adds nothing.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type DailySchedule = {
  /** The job type the queue runs (a handler for it must be registered, see `repeatDaily`). */
  type: string;
  /** Hour of the day (0–23, UTC) at which the job runs. */
  hourUtc: number;
  payload: unknown;
  orgId?: string | null;
  maxAttempts?: number;
};

export const dailyKey = (type: string) => `daily:${type}`;

function assertHour(hourUtc: number) {
  if (!Number.isInteger(hourUtc) || hourUtc < 0 || hourUtc > 23) {
    throw new Error(`hourUtc must be a whole hour between 0 and 23, not ${hourUtc}.`);
  }
}

/** The first `hourUtc:00:00Z` strictly after `after`. Pure. */
export function nextDailyRun(hourUtc: number, after: Date): Date {
  assertHour(hourUtc);
  const sameDay = Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), hourUtc);
  return new Date(sameDay > after.getTime() ? sameDay : sameDay + DAY);
}

/** Inserts the run unless one is already queued or running; true when this call created it. */
async function insertDailyRun(executor: Executor, schedule: DailySchedule, runAt: Date): Promise<boolean> {
  const inserted = await executor
    .insert(backgroundJobs)
    .values({
      type: schedule.type,
      uniqueKey: dailyKey(schedule.type),
      payload: (schedule.payload ?? {}) as object,
      orgId: schedule.orgId ?? null,
      maxAttempts: schedule.maxAttempts ?? 5,
      runAt,
    })
    .onConflictDoNothing({
      target: backgroundJobs.uniqueKey,
      where: sql`status in ('queued', 'running')`,
    })
    .returning({ id: backgroundJobs.id });
  return inserted.length > 0;
}

/**
 * Makes sure exactly one queued (or running) run of a daily job exists, at the next `hourUtc` when it has to
 * be created. Safe to call on every start, from any number of processes at once.
 */
export async function scheduleDaily(
  services: { db: Executor },
  schedule: DailySchedule,
  options: { now?: Date } = {},
): Promise<{ created: boolean; runAt: Date | null }> {
  const runAt = nextDailyRun(schedule.hourUtc, options.now ?? new Date());
  const created = await insertDailyRun(services.db, schedule, runAt);
  if (created) return { created, runAt };
  const [existing] = await services.db
    .select({ runAt: backgroundJobs.runAt })
    .from(backgroundJobs)
    .where(
      and(
        eq(backgroundJobs.uniqueKey, dailyKey(schedule.type)),
        sql`${backgroundJobs.status} in ('queued', 'running')`,
      ),
    );
  return { created, runAt: existing?.runAt ?? null };
}

/**
 * Hands the daily key from the run that is starting to the next run, in one transaction.
 * Returns the next run's time when this call created it.
 */
export async function scheduleNextRun(
  db: Db,
  job: JobRow,
  hourUtc: number,
  now = new Date(),
): Promise<Date | null> {
  // After the later of now and the planned time, so a run never schedules itself again for the same day.
  const after = new Date(Math.max(now.getTime(), job.runAt.getTime()));
  const runAt = nextDailyRun(hourUtc, after);
  return db.transaction(async (tx) => {
    await tx
      .update(backgroundJobs)
      .set({ uniqueKey: `${dailyKey(job.type)}@${job.runAt.toISOString()}`, updatedAt: new Date() })
      .where(and(eq(backgroundJobs.id, job.id), eq(backgroundJobs.uniqueKey, dailyKey(job.type))));
    const created = await insertDailyRun(
      tx,
      { type: job.type, hourUtc, payload: job.payload, orgId: job.orgId, maxAttempts: job.maxAttempts },
      runAt,
    );
    return created ? runAt : null;
  });
}

/** Wraps a job so that each run first schedules the next one, `hourUtc` tomorrow (or later today). */
export function repeatDaily<Payload>(
  services: { db: Db },
  definition: JobDefinition<Payload>,
  hourUtc: number,
): JobDefinition<Payload> {
  assertHour(hourUtc);
  return {
    ...definition,
    run: async (payload: Payload, context: JobContext) => {
      await scheduleNextRun(services.db, context.job, hourUtc);
      return definition.run(payload, context);
    },
  };
}

export type DailyJob<Payload> = { definition: JobDefinition<Payload>; hourUtc: number; payload: Payload };

/** Declares a daily job: what runs, at which hour (UTC), with which payload. */
export function dailyJob<Payload>(
  definition: JobDefinition<Payload>,
  options: { hourUtc: number; payload: Payload },
): DailyJob<Payload> {
  assertHour(options.hourUtc);
  return { definition, ...options };
}

/** Registers each daily job's handler, wrapped by `repeatDaily`. Every process that runs jobs needs this. */
export function registerDailyJobs(
  services: Pick<Services, 'db' | 'queue'>,
  // biome-ignore lint/suspicious/noExplicitAny: a list of jobs with different payload types.
  jobs: DailyJob<any>[],
): void {
  for (const job of jobs) services.queue.register(repeatDaily(services, job.definition, job.hourUtc));
}

/**
 * Makes sure each daily job has its next run queued. Call when a worker starts; any number of processes may
 * do so at once.
 */
export async function scheduleDailyJobs(
  services: Pick<Services, 'db'>,
  // biome-ignore lint/suspicious/noExplicitAny: a list of jobs with different payload types.
  jobs: DailyJob<any>[],
  options: { now?: Date } = {},
): Promise<void> {
  for (const job of jobs) {
    await scheduleDaily(
      services,
      {
        type: job.definition.type,
        hourUtc: job.hourUtc,
        payload: job.definition.payload.parse(job.payload),
        ...(job.definition.maxAttempts ? { maxAttempts: job.definition.maxAttempts } : {}),
      },
      options,
    );
  }
}

/** Both of the above: registers the handlers and queues the next runs. */
export async function startDailyJobs(
  services: Pick<Services, 'db' | 'queue'>,
  // biome-ignore lint/suspicious/noExplicitAny: a list of jobs with different payload types.
  jobs: DailyJob<any>[],
  options: { now?: Date } = {},
): Promise<void> {
  registerDailyJobs(services, jobs);
  await scheduleDailyJobs(services, jobs, options);
}
