import { EventEmitter } from 'node:events';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Executor } from '../db/client.ts';
import { rowsOf } from '../db/client.ts';
import { conflict, notFound } from '../errors.ts';
import { type backgroundJobStatuses, backgroundJobs } from './jobs.tables.ts';

export type JobRow = typeof backgroundJobs.$inferSelect;
export type JobStatus = (typeof backgroundJobStatuses)[number];

export type JobContext = {
  job: JobRow;
  /** Records progress (0–100) so people watching long work see it move. */
  reportProgress(percent: number): Promise<void>;
};

export type JobDefinition<Payload> = {
  type: string;
  payload: z.ZodType<Payload>;
  maxAttempts?: number;
  run(payload: Payload, context: JobContext): Promise<unknown>;
};

export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}

// A job whose worker vanished (crash, deploy) is handed out again after this long.
const LEASE_SECONDS = 15 * 60;
const MAX_BACKOFF_SECONDS = 60 * 60;

export function backoffSeconds(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_SECONDS);
}

/** A PostgreSQL-backed queue: the same SQL runs on embedded PGlite and on a PostgreSQL server. */
export class JobQueue {
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  readonly events = new EventEmitter();

  constructor(private readonly db: Db) {}

  register<Payload>(definition: JobDefinition<Payload>): void {
    this.definitions.set(definition.type, definition as JobDefinition<unknown>);
  }

  /** Pass the surrounding transaction so the job exists exactly when the change that asked for it does. */
  async enqueue<Payload>(
    executor: Executor,
    definition: JobDefinition<Payload>,
    payload: Payload,
    options: { orgId?: string | null; runAt?: Date } = {},
  ): Promise<JobRow> {
    const [job] = await executor
      .insert(backgroundJobs)
      .values({
        type: definition.type,
        payload: definition.payload.parse(payload) as object,
        orgId: options.orgId ?? null,
        maxAttempts: definition.maxAttempts ?? 5,
        runAt: options.runAt ?? new Date(),
      })
      .returning();
    this.events.emit('enqueued');
    return job!;
  }

  async claim(workerId: string): Promise<JobRow | null> {
    const result = await this.db.execute(sql`
      update background_jobs set status = 'running', attempts = attempts + 1, locked_at = now(),
        locked_by = ${workerId}, updated_at = now()
      where id = (
        select id from background_jobs
        where (status = 'queued' and run_at <= now())
           or (status = 'running' and locked_at < now() - make_interval(secs => ${LEASE_SECONDS}))
        order by run_at
        for update skip locked
        limit 1
      )
      returning id`);
    const claimed = rowsOf<{ id: string }>(result)[0];
    if (!claimed) return null;
    const [job] = await this.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, claimed.id));
    return job ?? null;
  }

  /** Runs one due job, if any. Returns false when nothing was due. */
  async runOne(workerId: string): Promise<boolean> {
    const job = await this.claim(workerId);
    if (!job) return false;
    const definition = this.definitions.get(job.type);
    try {
      if (!definition) throw new Error(`No handler is registered for job type "${job.type}".`);
      const payload = definition.payload.parse(job.payload);
      const result = await definition.run(payload, {
        job,
        reportProgress: async (percent) => {
          await this.db
            .update(backgroundJobs)
            .set({ progress: Math.max(0, Math.min(100, Math.round(percent))), updatedAt: new Date() })
            .where(eq(backgroundJobs.id, job.id));
        },
      });
      await this.db
        .update(backgroundJobs)
        .set({
          status: 'succeeded',
          progress: 100,
          result: (result ?? null) as object | null,
          lastError: null,
          lockedAt: null,
          lockedBy: null,
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(backgroundJobs.id, job.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = job.attempts >= job.maxAttempts;
      await this.db
        .update(backgroundJobs)
        .set({
          status: giveUp ? 'failed' : 'queued',
          lastError: message.slice(0, 4000),
          lockedAt: null,
          lockedBy: null,
          runAt: giveUp ? job.runAt : new Date(Date.now() + backoffSeconds(job.attempts) * 1000),
          finishedAt: giveUp ? new Date() : null,
          updatedAt: new Date(),
        })
        .where(eq(backgroundJobs.id, job.id));
      this.events.emit('failed', job, error);
    }
    return true;
  }

  /** Runs every job that is due now, including the ones those jobs enqueue. Used by tests and the CLI. */
  async drain(workerId = 'drain', limit = 1000): Promise<number> {
    let ran = 0;
    while (ran < limit && (await this.runOne(workerId))) ran++;
    return ran;
  }

  async list(orgId: string, filter: { status?: JobStatus; limit: number; offset: number }) {
    const where = and(
      eq(backgroundJobs.orgId, orgId),
      filter.status ? eq(backgroundJobs.status, filter.status) : undefined,
    );
    const [items, [total]] = await Promise.all([
      this.db
        .select()
        .from(backgroundJobs)
        .where(where)
        .orderBy(desc(backgroundJobs.createdAt), desc(backgroundJobs.id))
        .limit(filter.limit)
        .offset(filter.offset),
      this.db.select({ value: count() }).from(backgroundJobs).where(where),
    ]);
    return { items, total: total?.value ?? 0 };
  }

  async get(orgId: string, id: string): Promise<JobRow> {
    const [job] = await this.db
      .select()
      .from(backgroundJobs)
      .where(and(eq(backgroundJobs.orgId, orgId), eq(backgroundJobs.id, id)));
    if (!job) throw notFound('job');
    return job;
  }

  async retry(orgId: string, id: string): Promise<JobRow> {
    const [job] = await this.db
      .update(backgroundJobs)
      .set({
        status: 'queued',
        attempts: 0,
        runAt: new Date(),
        lastError: null,
        finishedAt: null,
        updatedAt: new Date(),
      })
      .where(
        and(eq(backgroundJobs.orgId, orgId), eq(backgroundJobs.id, id), eq(backgroundJobs.status, 'failed')),
      )
      .returning();
    if (!job) {
      await this.get(orgId, id); // 404 when it is not this organisation's job
      throw conflict('Only failed jobs can be retried.');
    }
    this.events.emit('enqueued');
    return job;
  }
}

/** Polls for due jobs, waking early when this process enqueues one. */
export class Worker {
  private running = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly queue: JobQueue,
    private readonly options: { id: string; pollMs: number; onError: (error: unknown) => void },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const onEnqueued = () => this.wake?.();
    this.queue.events.on('enqueued', onEnqueued);
    this.loop = (async () => {
      while (this.running) {
        try {
          if (await this.queue.runOne(this.options.id)) continue;
        } catch (error) {
          this.options.onError(error);
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
      this.queue.events.off('enqueued', onEnqueued);
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }
}
