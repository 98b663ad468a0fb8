import { and, asc, desc, eq, lt } from 'drizzle-orm';
import { users } from '../accounts/accounts.tables.ts';
import { applications } from '../candidates/candidates.tables.ts';
import type { DemoSeeder } from '../demo/demo-seed.ts';
import { hiringDecisions } from '../interviews/interviews.tables.ts';
import { addBusinessDays } from '../onboarding/business-days.ts';
import { createPlanForOffer } from '../onboarding/onboarding.service.ts';
import { onboardingItems, onboardingPlans } from '../onboarding/onboarding.tables.ts';
import { ensureStages, recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { jobs } from '../roles/roles.tables.ts';
import type { ApprovalChain } from './approvals.ts';
import { engagementEndDate, type OfferTerms, offerEngagementFor, offerTermsSchema } from './offer-terms.ts';
import { approvalChains, engagements, offerApprovals, offers } from './offers.tables.ts';

const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

type JobRow = typeof jobs.$inferSelect;
type ApplicationRow = typeof applications.$inferSelect;

/** Terms in the job's own range and currency: the middle of the band, so the demo reads "within". */
function demoTerms(job: JobRow, startDate: string, engagement: 'full_time' | 'contract_to_hire'): OfferTerms {
  const range = job.blueprint.salary;
  const currency = range?.currency ?? 'USD';
  const yearly =
    range && range.period === 'year' ? Math.round((range.min + range.max) / 2 / 1000) * 1000 : 150_000;
  const location = { workplace: job.blueprint.location.workplace, description: job.blueprint.location.city };
  if (engagement === 'contract_to_hire') {
    return offerTermsSchema.parse({
      engagement,
      currency,
      rate: { amount: Math.round(yearly / 52 / 10) * 10, per: 'week' },
      hoursPerWeek: 40,
      startDate,
      conversionDate: addBusinessDays(startDate, 60),
      intendedSalary: yearly,
      location,
    });
  }
  return offerTermsSchema.parse({
    engagement,
    currency,
    baseSalary: yearly,
    startDate,
    location,
    equity: { type: 'options', amount: 8_000 },
    benefits: ['Health, dental and vision insurance', '25 days of paid time off', 'A yearly learning budget'],
  });
}

/** Moves the application to the job's Hired stage, as an accepted offer does. */
async function hire(tx: Executor, orgId: string, job: JobRow, application: ApplicationRow, at: Date) {
  const stages = await ensureStages(tx, orgId, job.id, job.blueprint.seniority);
  const hired = stages.find((stage) => stage.kind === 'hired')!;
  await tx
    .update(applications)
    .set({ stage: hired.key, stageEnteredAt: at, status: 'hired', closedAt: at, updatedAt: at })
    .where(eq(applications.id, application.id));
  await recordEvents(tx, [
    {
      orgId,
      candidateId: application.candidateId,
      applicationId: application.id,
      jobId: job.id,
      type: 'offer_accepted',
      createdAt: at,
    },
    {
      orgId,
      candidateId: application.candidateId,
      applicationId: application.id,
      jobId: job.id,
      type: 'moved',
      fromStage: application.stage,
      toStage: hired.key,
      createdAt: at,
    },
  ]);
}

/**
 * Offers for the demo organisation: one waiting at its second approval step, one accepted three weeks ago
 * with its onboarding plan under way (the buddy named, the early items done), and a contract-to-hire
 * engagement running. Written directly, without e-mails or links: demo data sends nothing.
 */
export const offersDemoSeeder: DemoSeeder = {
  name: 'offers',
  async seed({ tx, orgId, actorUserId }) {
    const team = await tx.select().from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.createdAt));
    const manager = team.find((user) => user.role === 'hiring_manager') ?? team[0];
    const lead = team.find((user) => user.role === 'admin') ?? team[0];
    const buddy = team.find((user) => user.role === 'interviewer');
    const openJobs = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.orgId, orgId), eq(jobs.status, 'open')))
      .orderBy(asc(jobs.createdAt));
    if (!manager || !lead || openJobs.length === 0) return;

    const [hiringChain] = await tx
      .insert(approvalChains)
      .values([
        {
          orgId,
          name: 'Hiring approval',
          appliesWhen: 'always' as const,
          steps: [
            { name: 'Hiring manager', approverIds: [manager.id], required: 1 },
            { name: 'Head of engineering', approverIds: [lead.id], required: 1 },
          ],
          position: 0,
          createdBy: actorUserId,
        },
        {
          orgId,
          name: 'Finance, outside the band',
          appliesWhen: 'when_outside_band' as const,
          steps: [{ name: 'Finance', approverIds: [lead.id], required: 1 }],
          position: 1,
          createdBy: actorUserId,
        },
      ])
      .returning();
    const chain: ApprovalChain = {
      id: hiringChain!.id,
      name: hiringChain!.name,
      appliesWhen: hiringChain!.appliesWhen,
      steps: hiringChain!.steps,
    };

    const now = Date.now();
    const activeIn = (job: JobRow, exclude: string[]) =>
      tx
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.orgId, orgId),
            eq(applications.jobId, job.id),
            eq(applications.status, 'active'),
          ),
        )
        .orderBy(desc(applications.stageEnteredAt))
        .then((rows) => rows.filter((row) => !exclude.includes(row.id)));
    const used: string[] = [];

    // 1. Awaiting approval: the candidate the debrief decided to hire, approved by the manager, waiting on the lead.
    const [decided] = await tx
      .select({ applicationId: hiringDecisions.applicationId })
      .from(hiringDecisions)
      .where(and(eq(hiringDecisions.orgId, orgId), eq(hiringDecisions.decision, 'hire')))
      .orderBy(desc(hiringDecisions.decidedAt))
      .limit(1);
    const firstJob = openJobs[0]!;
    const pendingApplication = decided
      ? (await tx.select().from(applications).where(eq(applications.id, decided.applicationId)))[0]
      : (await activeIn(firstJob, used))[0];
    if (pendingApplication) {
      used.push(pendingApplication.id);
      const job = openJobs.find((entry) => entry.id === pendingApplication.jobId) ?? firstJob;
      const stages = await ensureStages(tx, orgId, job.id, job.blueprint.seniority);
      const offerStage = stages.find((stage) => stage.kind === 'offer');
      if (offerStage && pendingApplication.stage !== offerStage.key) {
        await tx
          .update(applications)
          .set({ stage: offerStage.key, stageEnteredAt: new Date(now - DAY), updatedAt: new Date(now - DAY) })
          .where(eq(applications.id, pendingApplication.id));
        await recordEvents(tx, [
          {
            orgId,
            candidateId: pendingApplication.candidateId,
            applicationId: pendingApplication.id,
            jobId: job.id,
            type: 'moved',
            fromStage: pendingApplication.stage,
            toStage: offerStage.key,
            actorUserId,
            createdAt: new Date(now - DAY),
          },
        ]);
      }
      const [offer] = await tx
        .insert(offers)
        .values({
          orgId,
          applicationId: pendingApplication.id,
          candidateId: pendingApplication.candidateId,
          jobId: job.id,
          engagement: 'full_time',
          terms: demoTerms(job, addBusinessDays(isoDay(now), 25), 'full_time'),
          status: 'pending_approval',
          approvalRound: 1,
          approvalChains: [chain],
          createdBy: manager.id,
          createdAt: new Date(now - 20 * 3_600_000),
          updatedAt: new Date(now - 20 * 3_600_000),
        })
        .returning();
      await tx.insert(offerApprovals).values({
        orgId,
        offerId: offer!.id,
        round: 1,
        chainId: chain.id,
        stepIndex: 0,
        approverId: manager.id,
        decision: 'approve',
        comment: 'The debrief was unanimous; the salary sits in the middle of the band.',
        decidedAt: new Date(now - 18 * 3_600_000),
      });
    }

    // 2. Accepted three weeks ago, started last week: the plan is running.
    const acceptedJob = openJobs[1] ?? firstJob;
    const acceptedApplication = (await activeIn(acceptedJob, used))[0];
    const started = addBusinessDays(isoDay(now), -6);
    if (acceptedApplication) {
      used.push(acceptedApplication.id);
      const acceptedAt = new Date(now - 21 * DAY);
      const terms = demoTerms(acceptedJob, started, 'full_time');
      const [offer] = await tx
        .insert(offers)
        .values({
          orgId,
          applicationId: acceptedApplication.id,
          candidateId: acceptedApplication.candidateId,
          jobId: acceptedJob.id,
          engagement: 'full_time',
          terms,
          status: 'accepted',
          approvalRound: 1,
          approvalChains: [chain],
          sentAt: new Date(now - 23 * DAY),
          expiresAt: new Date(now - 9 * DAY),
          acceptedAt,
          acceptance: { typedName: 'Accepted in the demo', ip: null, userAgent: null },
          createdBy: manager.id,
          createdAt: new Date(now - 25 * DAY),
          updatedAt: acceptedAt,
        })
        .returning();
      await tx.insert(offerApprovals).values(
        chain.steps.map((step, stepIndex) => ({
          orgId,
          offerId: offer!.id,
          round: 1,
          chainId: chain.id,
          stepIndex,
          approverId: step.approverIds[0]!,
          decision: 'approve' as const,
          decidedAt: new Date(now - (24 - stepIndex) * DAY),
        })),
      );
      await hire(tx, orgId, acceptedJob, acceptedApplication, acceptedAt);
      const plan = await createPlanForOffer(tx, {
        orgId,
        offerId: offer!.id,
        applicationId: acceptedApplication.id,
        candidateId: acceptedApplication.candidateId,
        job: acceptedJob,
        terms,
        managerId: manager.id,
      });
      if (buddy) {
        await tx.update(onboardingPlans).set({ buddyId: buddy.id }).where(eq(onboardingPlans.id, plan.id));
        await tx
          .update(onboardingItems)
          .set({ ownerId: buddy.id })
          .where(and(eq(onboardingItems.planId, plan.id), eq(onboardingItems.ownerRole, 'buddy')));
      }
      // Everything due before yesterday is done; yesterday's and today's items are still open.
      const yesterday = addBusinessDays(isoDay(now), -1);
      await tx
        .update(onboardingItems)
        .set({ doneAt: new Date(now - 2 * DAY), doneBy: manager.id })
        .where(and(eq(onboardingItems.planId, plan.id), lt(onboardingItems.dueDate, yesterday)));
    }

    // 3. Contract-to-hire, six weeks in, converting in about six more.
    const contractJob = openJobs[2] ?? openJobs[1] ?? firstJob;
    const contractApplication = (await activeIn(contractJob, used))[0];
    if (contractApplication) {
      const start = addBusinessDays(isoDay(now), -30);
      const acceptedAt = new Date(now - 50 * DAY);
      const terms = demoTerms(contractJob, start, 'contract_to_hire');
      const [offer] = await tx
        .insert(offers)
        .values({
          orgId,
          applicationId: contractApplication.id,
          candidateId: contractApplication.candidateId,
          jobId: contractJob.id,
          engagement: offerEngagementFor('contract_to_hire'),
          terms,
          status: 'accepted',
          approvalRound: 1,
          approvalChains: [chain],
          sentAt: new Date(now - 53 * DAY),
          expiresAt: new Date(now - 39 * DAY),
          acceptedAt,
          acceptance: { typedName: 'Accepted in the demo', ip: null, userAgent: null },
          createdBy: manager.id,
          createdAt: new Date(now - 56 * DAY),
          updatedAt: acceptedAt,
        })
        .returning();
      await hire(tx, orgId, contractJob, contractApplication, acceptedAt);
      await createPlanForOffer(tx, {
        orgId,
        offerId: offer!.id,
        applicationId: contractApplication.id,
        candidateId: contractApplication.candidateId,
        job: contractJob,
        terms,
        managerId: manager.id,
      });
      await tx.insert(engagements).values({
        orgId,
        applicationId: contractApplication.id,
        candidateId: contractApplication.candidateId,
        jobId: contractJob.id,
        offerId: offer!.id,
        kind: 'contract_to_hire',
        startDate: start,
        endDate: engagementEndDate(terms)!,
      });
    }
  },
};
