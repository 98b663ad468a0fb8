import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { seedDemo } from '../demo/demo-seed.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  env = await createTestApp();
});
afterAll(() => env.close());

describe('offers demo data', () => {
  it('gives the demo organisation an offer awaiting approval, a running onboarding plan and a contract-to-hire', async () => {
    const { client: admin, organisation, user } = await signUpOrganisation(env.app, 'Demo Offers');
    await seedDemo(env.services, organisation.id, user.id);

    const pending = (await admin.get('/api/v1/offers?status=pending_approval')).body.items;
    expect(pending).toHaveLength(1);
    const offer = (await admin.get(`/api/v1/offers/${pending[0].id}`)).body.offer;
    expect(offer.approval.status).toBe('pending');
    expect(offer.approval.current.stepIndex).toBe(1);
    expect(offer.band.status).toBe('within');

    const accepted = (await admin.get('/api/v1/offers?status=accepted')).body.items;
    expect(accepted.map((item: { engagement: string }) => item.engagement).sort()).toEqual([
      'contract_to_hire',
      'full_time',
    ]);
    const plans = (await admin.get('/api/v1/onboarding-plans')).body.items as {
      id: string;
      engagement: string;
      buddyId: string | null;
      progress: { done: number; total: number };
      overdue: number;
    }[];
    const running = plans.find((plan) => plan.engagement === 'full_time')!;
    expect(running.buddyId).not.toBeNull();
    expect(running.progress.done).toBeGreaterThan(0);
    expect(running.progress.done).toBeLessThan(running.progress.total);
    // The list counts what is overdue; the plan names whoever ticked an item off.
    const detail = (await admin.get(`/api/v1/onboarding-plans/${running.id}`)).body.plan;
    const items = detail.phases.flatMap((phase: { items: unknown[] }) => phase.items) as {
      dueDate: string;
      doneAt: string | null;
      doneBy: string | null;
    }[];
    const today = new Date().toISOString().slice(0, 10);
    expect(running.overdue).toBe(items.filter((item) => !item.doneAt && item.dueDate < today).length);
    const ticked = items.find((item) => item.doneBy)!;
    expect(detail.people.map((person: { id: string }) => person.id)).toContain(ticked.doneBy);

    const engagements = (await admin.get('/api/v1/engagements')).body.items;
    expect(engagements).toHaveLength(1);
    expect(engagements[0]).toMatchObject({ kind: 'contract_to_hire', status: 'running' });
    expect(engagements[0].timing.phase).toBe('running');
  });
});
