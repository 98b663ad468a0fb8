import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { seedDemo } from '../demo/demo-seed.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  env = await createTestApp();
});
afterAll(() => env.close());

describe('interviews demo data', () => {
  it('gives the demo organisation plans, past and upcoming interviews, scorecards and one decided debrief', async () => {
    const { client: admin, organisation, user } = await signUpOrganisation(env.app, 'Demo Interviews');
    await seedDemo(env.services, organisation.id, user.id);
    const all = (await admin.get('/api/v1/interviews?scope=all')).body.items as {
      applicationId: string;
      startsAt: string;
      status: string;
    }[];
    expect(all.some((item) => Date.parse(item.startsAt) > Date.now() && item.status === 'scheduled')).toBe(
      true,
    );
    expect(all.some((item) => item.status === 'completed')).toBe(true);
    const debriefs = await Promise.all(
      [...new Set(all.map((item) => item.applicationId))].map(
        async (id) => (await admin.get(`/api/v1/applications/${id}/debrief`)).body,
      ),
    );
    const decided = debriefs.find((debrief) => debrief.decision);
    expect(decided.decision).toMatchObject({ decision: 'hire' });
    expect(decided.debrief.tally.total).toBeGreaterThanOrEqual(3);
    expect(decided.debrief.coverage.length).toBeGreaterThan(0);
    const jobs = (await admin.get('/api/v1/jobs?status=open')).body.items as { id: string }[];
    for (const job of jobs) {
      expect((await admin.get(`/api/v1/jobs/${job.id}/interview-plan`)).body.plan.version).toBe(1);
    }
  });
});
