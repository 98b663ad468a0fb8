import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { teamDemoSeeder } from '../accounts/accounts.demo.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import { assessmentsDemoSeeder } from '../assessments/assessments.demo.ts';
import { candidatesDemoSeeder } from '../candidates/candidates.demo.ts';
import { careersDemoSeeder } from '../careers/careers.demo.ts';
import { interviewsDemoSeeder } from '../interviews/interviews.demo.ts';
import { offersDemoSeeder } from '../offers/offers.demo.ts';
import type { Executor } from '../platform/db/client.ts';
import { conflict, notFound } from '../platform/errors.ts';
import { defineJob } from '../platform/jobs/queue.ts';
import type { Services } from '../platform/services.ts';
import { rolesDemoSeeder } from '../roles/roles.demo.ts';

export type DemoContext = {
  services: Services;
  tx: Executor;
  orgId: string;
  orgSlug: string;
  actorUserId: string | null;
  /** Deterministic randomness so every demo organisation looks alike and tests can rely on it. */
  random: () => number;
};

/** Each capability contributes the demo data of its own area; they run in this order in one transaction. */
export type DemoSeeder = { name: string; seed(context: DemoContext): Promise<void> };

export const demoSeeders: DemoSeeder[] = [
  teamDemoSeeder,
  rolesDemoSeeder,
  careersDemoSeeder,
  candidatesDemoSeeder,
  interviewsDemoSeeder,
  offersDemoSeeder,
  assessmentsDemoSeeder,
];

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedDemo(services: Services, orgId: string, actorUserId: string | null) {
  return services.db.transaction(async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, orgId))
      .for('update');
    if (!organisation) throw notFound('organisation');
    if (organisation.demoSeededAt) throw conflict('Demo data is already loaded in this organisation.');
    const context: DemoContext = {
      services,
      tx,
      orgId,
      orgSlug: organisation.slug,
      actorUserId,
      random: seededRandom(20_261_122),
    };
    const seeded: string[] = [];
    for (const seeder of demoSeeders) {
      await seeder.seed(context);
      seeded.push(seeder.name);
    }
    await tx.update(organisations).set({ demoSeededAt: new Date() }).where(eq(organisations.id, orgId));
    return { seeded };
  });
}

export const seedDemoJob = defineJob({
  type: 'demo.seed',
  payload: z.object({ orgId: z.uuid(), actorUserId: z.uuid().nullable() }),
  maxAttempts: 1,
  run: async () => undefined, // bound to the services at boot (see registerDemoJobs)
});

export function registerDemoJobs(services: Services) {
  services.queue.register({
    ...seedDemoJob,
    run: ({ orgId, actorUserId }) => seedDemo(services, orgId, actorUserId),
  });
}
