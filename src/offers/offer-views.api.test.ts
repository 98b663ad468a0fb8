import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/test-services.ts';
import { hiringTeam } from '../interviews/test-fixtures.ts';
import { fullTimeTerms } from './test-fixtures.ts';

/** What the team's offer screens read: the enriched list and the offer's history. */

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
let offerId: string;

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Offer Views Co');
  const admin = team.admin.client;
  await admin.post(`/api/v1/jobs/${team.job.id}/applications/bulk`, {
    action: 'move',
    applicationIds: [team.application.id],
    stage: 'offer',
  });
  await admin.post('/api/v1/approval-chains', {
    name: 'Manager signs off',
    steps: [{ name: 'Hiring manager', approverIds: [team.hiringManager.id] }],
  });
  const created = await admin.post(`/api/v1/applications/${team.application.id}/offers`, {
    terms: fullTimeTerms({ baseSalary: 150_000 }),
  });
  expect(created.status).toBe(201);
  offerId = created.body.offer.id;
  expect((await admin.post(`/api/v1/offers/${offerId}/submit-for-approval`)).status).toBe(200);
});
afterAll(() => env.close());

describe('offer views', () => {
  it('tells the candidate profile which kind of stage each application is at', async () => {
    const profile = (await team.admin.client.get(`/api/v1/candidates/${team.application.candidateId}`)).body;
    expect(profile.candidate.applications[0]).toMatchObject({ stage: 'offer', stageKind: 'offer' });
  });

  it('lists offers with the candidate, job, cost, band and whose turn it is', async () => {
    const asAdmin = (await team.admin.client.get('/api/v1/offers')).body.items;
    expect(asAdmin).toHaveLength(1);
    expect(asAdmin[0]).toMatchObject({
      id: offerId,
      status: 'pending_approval',
      candidate: { name: 'Dana Candidate' },
      job: { id: team.job.id, title: team.job.title },
      cost: { currency: 'USD', period: 'First year' },
      approval: {
        status: 'pending',
        steps: 1,
        approvedSteps: 0,
        currentStep: 'Hiring manager',
        waitingForYou: false,
      },
    });
    expect(asAdmin[0].cost.total).toBeGreaterThan(150_000);
    expect(['below', 'within', 'above', 'no_range', 'not_comparable']).toContain(asAdmin[0].band.status);
    const asApprover = (await team.hiringManager.client.get('/api/v1/offers')).body.items;
    expect(asApprover[0].approval.waitingForYou).toBe(true);
  });

  it('tells the offer’s history oldest first, with who did what and their comment', async () => {
    const decided = await team.hiringManager.client.post(`/api/v1/offers/${offerId}/approvals`, {
      decision: 'approve',
      comment: 'Fair for the level.',
    });
    expect(decided.status).toBe(201);
    const sent = await team.admin.client.post(`/api/v1/offers/${offerId}/send`, { expiresInDays: 5 });
    expect(sent.status).toBe(200);
    const history = sent.body.offer.history as { action: string; actor: { name: string } | null }[];
    expect(history.map((entry) => entry.action)).toEqual([
      'created',
      'approval_started',
      'approved_step',
      'sent',
    ]);
    expect(history[2]).toMatchObject({ actor: { name: 'Hana Manager' }, comment: 'Fair for the level.' });
    expect(history[3]).toMatchObject({ expiresAt: sent.body.offer.expiresAt });
    // The audit log's full terms and the caller's address stay on the server.
    expect(JSON.stringify(history)).not.toMatch(/"ip"|baseSalary/);
    const listed = (await team.admin.client.get('/api/v1/offers?status=sent')).body.items;
    expect(listed[0].approval).toMatchObject({ status: 'approved', approvedSteps: 1, currentStep: null });
  });
});
