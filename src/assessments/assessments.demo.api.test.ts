import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { seedDemo } from '../demo/demo-seed.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  env = await createTestApp();
});
afterAll(() => env.close());

describe('exercise demo data', () => {
  it('gives the demo organisation a good and a weaker graded exercise, one running and one not opened', async () => {
    const { client: admin, organisation, user } = await signUpOrganisation(env.app, 'Demo Exercises');
    await seedDemo(env.services, organisation.id, user.id);
    const job = (await admin.get('/api/v1/jobs?status=open')).body.items[0] as { id: string };
    const applications = (await admin.get(`/api/v1/jobs/${job.id}/applications`)).body.items as {
      id: string;
    }[];
    const invitations = (
      await Promise.all(
        applications.map(
          async (application) =>
            (
              await admin.get(`/api/v1/applications/${application.id}/exercise-invitations`)
            ).body.items,
        ),
      )
    ).flat() as { status: string; submission: { rating: string; score: number; maxScore: number } | null }[];
    expect(invitations.map((item) => item.status).sort()).toEqual(['graded', 'graded', 'sent', 'started']);
    const ratings = invitations.flatMap((item) => (item.submission ? [item.submission.rating] : [])).sort();
    expect(ratings).toEqual(['borderline', 'pass']);
    const good = invitations.find((item) => item.submission?.rating === 'pass')!.submission!;
    expect(good.score).toBe(good.maxScore);
    // No grading was queued by seeding.
    const jobs = (await admin.get('/api/v1/background-jobs')).body.items as { type: string }[];
    expect(jobs.some((entry) => entry.type === 'assessments.grade')).toBe(false);
  });
});
