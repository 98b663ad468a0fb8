import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signUpOrganisation } from '../../../test/support/api-client.ts';
import { createTestApp } from '../../../test/support/test-services.ts';
import { backgroundJobs } from './jobs.tables.ts';
import { backoffSeconds, defineJob, Worker } from './queue.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
const runs: string[] = [];
let failuresLeft = 0;

const record = defineJob({
  type: 'test.record',
  payload: z.object({ label: z.string() }),
  run: async ({ label }) => {
    runs.push(label);
    return { label };
  },
});
const flaky = defineJob({
  type: 'test.flaky',
  payload: z.object({}),
  maxAttempts: 3,
  run: async () => {
    if (failuresLeft-- > 0) throw new Error(`flaky failure, ${failuresLeft} left`);
    return { ok: true };
  },
});

beforeAll(async () => {
  env = await createTestApp();
  env.services.queue.register(record);
  env.services.queue.register(flaky);
});
afterAll(() => env.close());

const jobRow = async (id: string) =>
  (await env.services.db.select().from(backgroundJobs).where(eq(backgroundJobs.id, id)))[0]!;
const makeDue = (id: string) =>
  env.services.db
    .update(backgroundJobs)
    .set({ runAt: new Date(Date.now() - 1000) })
    .where(eq(backgroundJobs.id, id));

describe('job queue', () => {
  it('retries a failing job with growing backoff, then keeps it as failed with its error', async () => {
    failuresLeft = 10;
    const job = await env.services.queue.enqueue(env.services.db, flaky, {});
    const before = Date.now();
    await env.services.queue.runOne('w1');
    let row = await jobRow(job.id);
    expect(row).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: expect.stringContaining('flaky failure'),
    });
    expect(row.runAt.getTime()).toBeGreaterThanOrEqual(before + backoffSeconds(1) * 1000 - 50);
    expect(await env.services.queue.runOne('w1')).toBe(false); // not due yet

    await makeDue(job.id);
    await env.services.queue.runOne('w1');
    row = await jobRow(job.id);
    expect(row.attempts).toBe(2);
    expect(row.runAt.getTime() - Date.now()).toBeGreaterThan((backoffSeconds(2) - 1) * 1000);

    await makeDue(job.id);
    await env.services.queue.runOne('w1');
    row = await jobRow(job.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.finishedAt).not.toBeNull();
  });

  it('succeeds on a later attempt', async () => {
    failuresLeft = 1;
    const job = await env.services.queue.enqueue(env.services.db, flaky, {});
    await env.services.queue.runOne('w1');
    await makeDue(job.id);
    await env.services.queue.runOne('w1');
    expect(await jobRow(job.id)).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      result: { ok: true },
      lastError: null,
    });
  });

  it('shows failed jobs to admins and retries them on request', async () => {
    const { client, organisation } = await signUpOrganisation(env.app);
    failuresLeft = 10;
    const job = await env.services.queue.enqueue(env.services.db, flaky, {}, { orgId: organisation.id });
    for (let attempt = 0; attempt < 3; attempt++) {
      await makeDue(job.id);
      await env.services.queue.runOne('w1');
    }
    const failed = await client.get('/api/v1/background-jobs?status=failed');
    expect(failed.body.items.map((item: { id: string }) => item.id)).toContain(job.id);
    expect(failed.body.items[0].lastError).toContain('flaky failure');

    failuresLeft = 0;
    const retried = await client.post(`/api/v1/background-jobs/${job.id}/retry`);
    expect(retried.body.job).toMatchObject({ status: 'queued', attempts: 0 });
    await env.services.queue.drain();
    expect((await client.get(`/api/v1/background-jobs/${job.id}`)).body.job.status).toBe('succeeded');
    expect((await client.post(`/api/v1/background-jobs/${job.id}/retry`)).status).toBe(409);
  });

  it('hands each job to exactly one of several concurrent workers', async () => {
    runs.length = 0;
    const labels = Array.from({ length: 30 }, (_, index) => `job-${index}`);
    for (const label of labels) await env.services.queue.enqueue(env.services.db, record, { label });
    await Promise.all([
      env.services.queue.drain('a'),
      env.services.queue.drain('b'),
      env.services.queue.drain('c'),
    ]);
    expect([...runs].sort()).toEqual([...labels].sort());
  });

  it('a running worker picks up new jobs promptly and stops cleanly', async () => {
    runs.length = 0;
    const worker = new Worker(env.services.queue, { id: 'live', pollMs: 60_000, onError: () => {} });
    worker.start();
    await env.services.queue.enqueue(env.services.db, record, { label: 'live-1' });
    const deadline = Date.now() + 5000;
    while (!runs.includes('live-1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect(runs).toContain('live-1');
  });

  it('hands out again a job whose worker died mid-run', async () => {
    const job = await env.services.queue.enqueue(env.services.db, record, { label: 'orphan' });
    await env.services.queue.claim('dead-worker');
    expect(await env.services.queue.claim('w2')).toBeNull();
    await env.services.db
      .update(backgroundJobs)
      .set({ lockedAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(backgroundJobs.id, job.id));
    expect((await env.services.queue.claim('w2'))?.id).toBe(job.id);
  });

  it('never runs a job enqueued in a transaction that rolled back', async () => {
    runs.length = 0;
    await expect(
      env.services.db.transaction(async (tx) => {
        await env.services.queue.enqueue(tx, record, { label: 'rolled-back' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await env.services.queue.drain();
    expect(runs).not.toContain('rolled-back');
  });
});
