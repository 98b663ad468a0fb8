import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestServices } from '../../../test/support/test-services.ts';
import type { Services } from '../services.ts';
import { backgroundJobs } from './jobs.tables.ts';
import { defineJob, JobQueue } from './queue.ts';
import { dailyJob, dailyKey, nextDailyRun, repeatDaily, scheduleDaily, startDailyJobs } from './schedule.ts';

let services: Services & { close(): Promise<void> };
beforeAll(async () => {
  services = await createTestServices();
});
afterAll(() => services.close());

const at = (iso: string) => new Date(iso);

/** Every row of a job type, oldest first. */
const rowsOf = (type: string) =>
  services.db
    .select()
    .from(backgroundJobs)
    .where(eq(backgroundJobs.type, type))
    .orderBy(backgroundJobs.createdAt);
const pendingOf = async (type: string) =>
  (await rowsOf(type)).filter((row) => row.status === 'queued' || row.status === 'running');
const makeDue = (type: string) =>
  services.db
    .update(backgroundJobs)
    .set({ runAt: new Date(Date.now() - 60_000) })
    .where(and(eq(backgroundJobs.type, type), eq(backgroundJobs.status, 'queued')));

describe('nextDailyRun', () => {
  it('is later the same day before the hour, and the next day at or after it', () => {
    expect(nextDailyRun(3, at('2026-03-10T01:59:00Z')).toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(nextDailyRun(3, at('2026-03-10T03:00:00Z')).toISOString()).toBe('2026-03-11T03:00:00.000Z');
    expect(nextDailyRun(3, at('2026-03-10T17:30:00Z')).toISOString()).toBe('2026-03-11T03:00:00.000Z');
    expect(nextDailyRun(0, at('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(nextDailyRun(23, at('2028-02-28T23:00:00.001Z')).toISOString()).toBe('2028-02-29T23:00:00.000Z');
  });

  it('refuses hours that are not a whole hour of the day', () => {
    expect(() => nextDailyRun(24, new Date())).toThrow(/hourUtc/);
    expect(() => nextDailyRun(-1, new Date())).toThrow(/hourUtc/);
    expect(() => nextDailyRun(2.5, new Date())).toThrow(/hourUtc/);
  });
});

describe('scheduleDaily', () => {
  it('creates one queued run at the next hour, and nothing when called again', async () => {
    const now = at('2096-05-04T10:00:00Z');
    const first = await scheduleDaily(services, { type: 'test.twice', hourUtc: 4, payload: {} }, { now });
    const second = await scheduleDaily(services, { type: 'test.twice', hourUtc: 4, payload: {} }, { now });
    expect(first).toEqual({ created: true, runAt: at('2096-05-05T04:00:00Z') });
    expect(second).toEqual({ created: false, runAt: at('2096-05-05T04:00:00Z') });
    const rows = await rowsOf('test.twice');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'queued', uniqueKey: 'daily:test.twice', orgId: null });
  });

  it('creates exactly one run when many processes start at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        scheduleDaily(services, { type: 'test.race', hourUtc: 2, payload: { n: 1 } }),
      ),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await rowsOf('test.race')).toHaveLength(1);
  });

  it('adds nothing while the run is being worked on', async () => {
    await scheduleDaily(services, { type: 'test.busy', hourUtc: 6, payload: {} });
    await makeDue('test.busy');
    const claimed = await services.queue.claim('busy-worker');
    expect(claimed).toMatchObject({ type: 'test.busy', status: 'running' });
    expect((await scheduleDaily(services, { type: 'test.busy', hourUtc: 6, payload: {} })).created).toBe(
      false,
    );
    expect(await rowsOf('test.busy')).toHaveLength(1);
    await services.db.delete(backgroundJobs).where(eq(backgroundJobs.type, 'test.busy'));
  });
});

describe('daily jobs', () => {
  const runs: { label: string; worker: string | null }[] = [];
  const seenDuringRun: boolean[] = [];
  const nightly = defineJob({
    type: 'test.nightly',
    payload: z.object({ label: z.string() }),
    run: async ({ label }, { job }) => {
      runs.push({ label, worker: job.lockedBy });
      // A process starting while this runs must not add a second run either.
      seenDuringRun.push(
        (await scheduleDaily(services, { type: 'test.nightly', hourUtc: 3, payload: { label } })).created,
      );
      return { label };
    },
  });

  it('runs, queues its next run at the next hour exactly once, and a restart adds nothing', async () => {
    await startDailyJobs(services, [dailyJob(nightly, { hourUtc: 3, payload: { label: 'night' } })]);
    const [scheduled] = await pendingOf('test.nightly');
    expect(scheduled!.runAt.getUTCHours()).toBe(3);
    expect(scheduled!.runAt.getTime()).toBeGreaterThan(Date.now());

    await makeDue('test.nightly');
    const [due] = await pendingOf('test.nightly');
    expect(await services.queue.drain('w1')).toBe(1);
    expect(runs.map((run) => run.label)).toEqual(['night']);
    expect(seenDuringRun).toEqual([false]);

    const rows = await rowsOf('test.nightly');
    const finished = rows.find((row) => row.id === due!.id)!;
    expect(finished.status).toBe('succeeded');
    expect(finished.uniqueKey).toBe(`daily:test.nightly@${due!.runAt.toISOString()}`);
    const pending = await pendingOf('test.nightly');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ uniqueKey: dailyKey('test.nightly'), payload: { label: 'night' } });
    expect(pending[0]!.runAt.toISOString()).toBe(nextDailyRun(3, new Date()).toISOString());

    // Starting again (a deploy, a second process) keeps the one run.
    await startDailyJobs(services, [dailyJob(nightly, { hourUtc: 3, payload: { label: 'night' } })]);
    expect(await pendingOf('test.nightly')).toHaveLength(1);
  });

  it('runs once when two workers race for the due run, and queues one next run', async () => {
    runs.length = 0;
    const otherProcess = new JobQueue(services.db);
    otherProcess.register(repeatDaily(services, nightly, 3));
    await makeDue('test.nightly');
    const [ranA, ranB] = await Promise.all([
      services.queue.drain('worker-a'),
      otherProcess.drain('worker-b'),
    ]);
    expect(ranA + ranB).toBe(1);
    expect(runs).toHaveLength(1);
    expect(await pendingOf('test.nightly')).toHaveLength(1);
    expect((await rowsOf('test.nightly')).filter((row) => row.status === 'succeeded')).toHaveLength(2);
  });

  it('retries a failed run without queuing a second next run', async () => {
    let failures = 1;
    const flaky = defineJob({
      type: 'test.flaky-nightly',
      payload: z.object({}),
      maxAttempts: 2,
      run: async () => {
        if (failures-- > 0) throw new Error('planned failure');
        return { ok: true };
      },
    });
    await startDailyJobs(services, [dailyJob(flaky, { hourUtc: 1, payload: {} })]);
    await makeDue('test.flaky-nightly');
    await services.queue.drain('w1');

    let pending = await pendingOf('test.flaky-nightly');
    expect(pending).toHaveLength(2); // the retry of today's run, and tomorrow's
    const retry = pending.find((row) => row.attempts === 1)!;
    expect(retry.lastError).toBe('planned failure');
    expect(pending.filter((row) => row.uniqueKey === dailyKey('test.flaky-nightly'))).toHaveLength(1);

    await services.db
      .update(backgroundJobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(backgroundJobs.id, retry.id));
    await services.queue.drain('w1');
    pending = await pendingOf('test.flaky-nightly');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.uniqueKey).toBe(dailyKey('test.flaky-nightly'));
    const statuses = (await rowsOf('test.flaky-nightly')).map((row) => row.status).sort();
    expect(statuses).toEqual(['queued', 'succeeded']);
  });

  it('never leaves two queued runs of any daily job behind', async () => {
    const daily = await services.db
      .select()
      .from(backgroundJobs)
      .where(
        and(like(backgroundJobs.uniqueKey, 'daily:%'), inArray(backgroundJobs.status, ['queued', 'running'])),
      );
    const keys = daily.map((row) => row.uniqueKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
