import { eq } from 'drizzle-orm';
import type { ApiClient } from '../../test/support/api-client.ts';
import type { createTestApp } from '../../test/support/test-services.ts';
import { applications } from '../candidates/candidates.tables.ts';
import { createPlanForOffer } from '../onboarding/onboarding.service.ts';
import { onboardingItems } from '../onboarding/onboarding.tables.ts';
import { jobs } from '../roles/roles.tables.ts';
import { engagements } from './offers.tables.ts';
import { fullTimeTerms } from './test-fixtures.ts';

type Env = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Offer records of one organisation for the cross-tenant test (not shipped code): a chain and a draft offer
 * through the API, and an onboarding plan and an engagement written directly, so the application itself
 * stays active in its pipeline.
 */
export async function offerRecordsOf(
  env: Env,
  admin: ApiClient,
  ids: { application: string; job: string; approver: string },
) {
  await admin.post(`/api/v1/jobs/${ids.job}/applications/bulk`, {
    action: 'move',
    applicationIds: [ids.application],
    stage: 'offer',
  });
  const chain = await admin.post('/api/v1/approval-chains', {
    name: 'Planted chain',
    steps: [{ name: 'Only step', approverIds: [ids.approver] }],
  });
  const offer = await admin.post(`/api/v1/applications/${ids.application}/offers`, {
    terms: fullTimeTerms(),
  });
  if (chain.status !== 201 || offer.status !== 201) {
    throw new Error(`offer records: ${JSON.stringify([chain.body, offer.body])}`);
  }
  const { db } = env.services;
  const [application] = await db.select().from(applications).where(eq(applications.id, ids.application));
  const [job] = await db.select().from(jobs).where(eq(jobs.id, ids.job));
  const plan = await db.transaction((tx) =>
    createPlanForOffer(tx, {
      orgId: application!.orgId,
      offerId: offer.body.offer.id,
      applicationId: application!.id,
      candidateId: application!.candidateId,
      job: job!,
      terms: fullTimeTerms(),
      managerId: null,
    }),
  );
  const [item] = await db.select().from(onboardingItems).where(eq(onboardingItems.planId, plan.id)).limit(1);
  const [engagement] = await db
    .insert(engagements)
    .values({
      orgId: application!.orgId,
      applicationId: application!.id,
      candidateId: application!.candidateId,
      jobId: job!.id,
      offerId: offer.body.offer.id,
      kind: 'paid_trial',
      startDate: '2026-03-02',
      endDate: '2026-03-13',
    })
    .returning();
  return {
    offer: offer.body.offer.id as string,
    approvalChain: chain.body.chain.id as string,
    onboardingPlan: plan.id,
    onboardingItem: item!.id,
    engagement: engagement!.id,
  };
}
