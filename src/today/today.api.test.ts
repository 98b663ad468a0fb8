// "What needs you today": every section reaches the person whose to-do it is, and nobody else.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signUpOrganisation, uniqueIp } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { sendAndStart, uploadToPortal } from '../assessments/portal-test-fixtures.ts';
import { applications } from '../candidates/candidates.tables.ts';
import { addApplicant, hiringTeam, hoursFromNow } from '../interviews/test-fixtures.ts';
import { fullTimeTerms } from '../offers/test-fixtures.ts';
import { createPlanForOffer } from '../onboarding/onboarding.service.ts';
import { onboardingItems } from '../onboarding/onboarding.tables.ts';
import { jobs } from '../roles/roles.tables.ts';
import type { Today, TodaySection } from './today.contract.ts';
import { todayWindow } from './today.ts';

const DAY = 86_400_000;

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
let finn: Awaited<ReturnType<typeof addApplicant>>;
let eli: Awaited<ReturnType<typeof addApplicant>>;
let offerId: string;
let pastInterview: string;
let recentInterview: string;
let todayInterview: string;
let submissionId: string;
let planId: string;
let alicesItem: string;

/** A fixed-offset zone where it is about noon now, so an interview an hour from now is still today there. */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours(); // −11 … +12
  if (offset === 0) return 'UTC';
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`; // Etc/GMT-3 is three hours ahead of UTC
}
const zone = noonZone();

async function todayOf(client: ApiClient): Promise<Today> {
  const response = await client.get(`/api/v1/today?timeZone=${encodeURIComponent(zone)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}
const kinds = (today: Today) => today.sections.map((section) => section.kind);
function sectionOf<K extends TodaySection['kind']>(today: Today, kind: K) {
  return today.sections.find((section) => section.kind === kind) as
    | Extract<TodaySection, { kind: K }>
    | undefined;
}

const schedule = async (applicationId: string, interviewerIds: string[], startsAt: string) => {
  const response = await team.admin.client.post(`/api/v1/applications/${applicationId}/interviews`, {
    planKey: 'screen',
    interviewerIds,
    startsAt,
    durationMinutes: 30,
    timeZone: 'UTC',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.interview.id as string;
};

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Today Co');
  const admin = team.admin.client;
  finn = await addApplicant(admin, team.job.id, 'Finn Waiting');
  eli = await addApplicant(admin, team.job.id, 'Eli Today');
  const { db } = env.services;
  // Finn has sat in the first stage (target: 3 days) for ten days.
  await db
    .update(applications)
    .set({ stageEnteredAt: new Date(Date.now() - 10 * DAY) })
    .where(eq(applications.id, finn.id));

  // Dana: interviewed three days ago by Alice and Bob (Bob submitted his scorecard), then a written exercise.
  pastInterview = await schedule(team.application.id, [team.alice.id, team.bob.id], hoursFromNow(-72));
  const focus = (await team.bob.client.get(`/api/v1/interviews/${pastInterview}/scorecard`)).body.focus as {
    id: string;
  }[];
  const submitted = await team.bob.client.post(`/api/v1/interviews/${pastInterview}/scorecard`, {
    ratings: Object.fromEntries(focus.map((attribute) => [attribute.id, 3])),
    notes: Object.fromEntries(focus.map((attribute) => [attribute.id, 'Concrete examples throughout.'])),
    redFlags: [],
    recommendation: 'yes',
    summary: 'A clear yes.',
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  // Eli: screened by Alice a few hours ago (her scorecard is not overdue yet), with Carol later today.
  recentInterview = await schedule(eli.id, [team.alice.id], hoursFromNow(-3));
  todayInterview = await schedule(eli.id, [team.carol.id], hoursFromNow(1));

  const sent = await sendAndStart(env, team.recruiter.client, team.application.id, 'incident-triage');
  const upload = await uploadToPortal(env, sent.token, {
    filename: 'TRIAGE.md',
    content: Buffer.from('# Triage\n\nThe pool is exhausted; roll back the retry change first.\n'),
    type: 'text/markdown',
  });
  expect(upload.status).toBe(201);
  submissionId = upload.body.submission.id;

  // Dana's offer needs the hiring manager, then Alice (an interviewer may be named as an approver).
  const chain = await admin.post('/api/v1/approval-chains', {
    name: 'Hiring approval',
    steps: [
      { name: 'Hiring manager', approverIds: [team.hiringManager.id] },
      { name: 'Engineering lead', approverIds: [team.alice.id] },
    ],
  });
  expect(chain.status).toBe(201);
  await admin.post(`/api/v1/jobs/${team.job.id}/applications/bulk`, {
    action: 'move',
    applicationIds: [team.application.id],
    stage: 'offer',
  });
  const offer = await admin.post(`/api/v1/applications/${team.application.id}/offers`, {
    terms: fullTimeTerms(),
  });
  expect(offer.status, JSON.stringify(offer.body)).toBe(201);
  offerId = offer.body.offer.id;
  expect((await admin.post(`/api/v1/offers/${offerId}/submit-for-approval`)).status).toBe(200);

  // An onboarding plan managed by the hiring manager, starting in three days; one item handed to Alice, overdue.
  const [application] = await db.select().from(applications).where(eq(applications.id, finn.id));
  const [job] = await db.select().from(jobs).where(eq(jobs.id, team.job.id));
  const startDate = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
  const plan = await db.transaction((tx) =>
    createPlanForOffer(tx, {
      orgId: application!.orgId,
      offerId: null,
      applicationId: application!.id,
      candidateId: application!.candidateId,
      job: job!,
      terms: fullTimeTerms({ startDate }),
      managerId: team.hiringManager.id,
    }),
  );
  planId = plan.id;
  // Every item is the manager's, except the last one: Alice's, and two days overdue.
  await db
    .update(onboardingItems)
    .set({ ownerId: team.hiringManager.id })
    .where(eq(onboardingItems.planId, planId));
  const [last] = await db
    .select({ id: onboardingItems.id })
    .from(onboardingItems)
    .where(eq(onboardingItems.planId, planId))
    .orderBy(desc(onboardingItems.position))
    .limit(1);
  alicesItem = last!.id;
  await db
    .update(onboardingItems)
    .set({ ownerId: team.alice.id, dueDate: new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10) })
    .where(eq(onboardingItems.id, alicesItem));
}, 120_000);
afterAll(() => env.close());

describe('what needs you today', () => {
  it("shows the hiring manager the offer at their step, the job's hand-in, their onboarding items and their job's candidates", async () => {
    const today = await todayOf(team.hiringManager.client);
    expect(today.date).toBe(todayWindow(new Date(), zone).date);
    expect(kinds(today)).toEqual([
      'offer_approvals',
      'exercise_reviews',
      'onboarding_items',
      'stalled_candidates',
      'new_applications',
    ]);
    expect(sectionOf(today, 'offer_approvals')).toMatchObject({
      count: 1,
      items: [
        {
          offerId,
          candidate: { id: team.application.candidateId, name: 'Dana Candidate' },
          job: { id: team.job.id },
          step: 'Hiring manager',
        },
      ],
    });
    expect(sectionOf(today, 'exercise_reviews')?.items).toEqual([
      expect.objectContaining({
        submissionId,
        applicationId: team.application.id,
        exercise: { id: 'incident-triage', title: expect.any(String) },
      }),
    ]);
    const onboarding = sectionOf(today, 'onboarding_items')!;
    expect(onboarding.count).toBeGreaterThan(onboarding.items.length);
    const lookahead = todayWindow(new Date(), zone).lookaheadUntil;
    expect(onboarding.items.every((item) => item.planId === planId && item.dueDate <= lookahead)).toBe(true);
    expect(onboarding.items.map((item) => item.itemId)).not.toContain(alicesItem);
    expect(sectionOf(today, 'stalled_candidates')).toMatchObject({
      count: 1,
      items: [
        {
          applicationId: finn.id,
          candidate: { name: 'Finn Waiting' },
          stage: 'Applied / Sourced',
          daysInStage: 10,
          targetDays: 3,
        },
      ],
    });
    // Eli is new in the first stage; Finn waited too long there (listed above), Dana moved on to the offer.
    expect(sectionOf(today, 'new_applications')).toMatchObject({
      count: 1,
      jobs: 1,
      items: [{ job: { id: team.job.id, title: team.job.title }, count: 1 }],
    });
  });

  it('shows a panelist only their own scorecards, the overdue one first', async () => {
    const alice = await todayOf(team.alice.client);
    expect(kinds(alice)).toEqual(['scorecards', 'exercise_reviews', 'onboarding_items']);
    expect(sectionOf(alice, 'scorecards')).toMatchObject({
      count: 2,
      overdue: 1,
      items: [
        { interviewId: pastInterview, overdue: true, draft: false, candidate: { name: 'Dana Candidate' } },
        { interviewId: recentInterview, overdue: false, candidate: { name: 'Eli Today' } },
      ],
    });
    expect(sectionOf(alice, 'onboarding_items')).toMatchObject({
      count: 1,
      overdue: 1,
      items: [{ itemId: alicesItem, planId, overdue: true, newHire: { name: 'Finn Waiting' } }],
    });

    // Bob submitted his: no scorecards left, but the hand-in of the candidate he interviewed is his to review.
    const bob = await todayOf(team.bob.client);
    expect(kinds(bob)).toEqual(['exercise_reviews']);
    // Carol only has Eli's interview later today.
    const carol = await todayOf(team.carol.client);
    expect(kinds(carol)).toEqual(['interviews_today']);
    expect(sectionOf(carol, 'interviews_today')).toMatchObject({
      count: 1,
      items: [{ interviewId: todayInterview, candidate: { id: eli.candidateId, name: 'Eli Today' } }],
    });
  });

  it('keeps offers from everyone who is not the approver whose turn it is', async () => {
    for (const client of [team.admin.client, team.recruiter.client, team.alice.client, team.carol.client]) {
      expect(kinds(await todayOf(client))).not.toContain('offer_approvals');
    }
    const approved = await team.hiringManager.client.post(`/api/v1/offers/${offerId}/approvals`, {
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    // Now it is the interviewer Alice's step: she sees it, the hiring manager no longer does.
    expect(sectionOf(await todayOf(team.alice.client), 'offer_approvals')).toMatchObject({
      count: 1,
      items: [{ offerId, step: 'Engineering lead' }],
    });
    expect(kinds(await todayOf(team.hiringManager.client))).not.toContain('offer_approvals');
  });

  it('gives the recruiter and the admin every open job’s pipeline, and hand-ins only to reviewers', async () => {
    const recruiter = await todayOf(team.recruiter.client);
    expect(kinds(recruiter)).toEqual(['stalled_candidates', 'new_applications']);
    const admin = await todayOf(team.admin.client);
    expect(kinds(admin)).toEqual(['exercise_reviews', 'stalled_candidates', 'new_applications']);
  });

  it('drops a hand-in from everyone’s list once someone has reviewed it', async () => {
    const review = (await team.alice.client.get(`/api/v1/exercise-submissions/${submissionId}/review`)).body;
    const saved = await team.alice.client.put(`/api/v1/exercise-submissions/${submissionId}/review`, {
      scores: review.exercise.rubric.criteria.map((criterion: { id: string }) => ({
        criterionId: criterion.id,
        score: 3,
        evidence: 'Named the cause and the rollback first.',
      })),
      comment: 'Calm and ordered.',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    for (const client of [team.admin.client, team.hiringManager.client, team.alice.client, team.bob.client]) {
      expect(kinds(await todayOf(client))).not.toContain('exercise_reviews');
    }
  });

  it('shows another organisation nothing of this one', async () => {
    const other = await signUpOrganisation(env.app, 'Elsewhere Ltd');
    const today = await todayOf(other.client);
    expect(today.sections).toEqual([]);
  });

  it('asks for a real time zone and a signed-in caller', async () => {
    const bad = await team.alice.client.get('/api/v1/today?timeZone=Mars%2FOlympus');
    expect(bad.status).toBe(400);
    expect((await team.alice.client.get('/api/v1/today')).body.timeZone).toBe('UTC');
    const anonymous = await new ApiClient(env.app, { ip: uniqueIp() }).get('/api/v1/today');
    expect(anonymous.status).toBe(401);
  });
});
