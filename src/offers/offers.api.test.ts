import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueIp } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { pdfText } from '../candidates/resume/pdf-text.ts';
import { addApplicant, hiringTeam, type Member } from '../interviews/test-fixtures.ts';
import { isBusinessDay } from '../onboarding/business-days.ts';
import { sendOnboardingReminders } from '../onboarding/onboarding.service.ts';
import { offerLetterCommand } from './offer-letter-command.ts';
import { offers } from './offers.tables.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
let byId: Map<string, ApiClient>;
let admin: ApiClient;
// Added before the first acceptance closes the job (its headcount is 1).
let late: Awaited<ReturnType<typeof addApplicant>>;
let other: Awaited<ReturnType<typeof addApplicant>>;
let contractor: Awaited<ReturnType<typeof addApplicant>>;
let waiting: Awaited<ReturnType<typeof addApplicant>>;

const fullTime = (baseSalary: number) => ({
  engagement: 'full_time',
  currency: 'USD',
  baseSalary,
  startDate: '2027-03-06', // a Saturday: the plan starts on Monday 8 March
  location: { workplace: 'remote', description: 'US' },
  benefits: ['Health insurance', '25 days of paid time off'],
});

async function outboxTo(email: string) {
  await env.services.queue.drain();
  const items = (await admin.get('/api/v1/outbox?limit=100')).body.items as {
    id: string;
    to: string[];
    subject: string;
  }[];
  return items.filter((item) => item.to.includes(email));
}

const approvalMails = async (email: string) =>
  (await outboxTo(email)).filter((mail) => mail.subject.startsWith('Approve the offer'));

async function messageText(id: string): Promise<string> {
  return (await admin.get(`/api/v1/outbox/${id}`)).body.message.text;
}

async function toOfferStage(applicationId: string) {
  const moved = await admin.post(`/api/v1/jobs/${team.job.id}/applications/bulk`, {
    action: 'move',
    applicationIds: [applicationId],
    stage: 'offer',
  });
  expect(moved.status).toBe(200);
}

/** Every awaiting approver approves, step after step, until the offer is approved. */
async function approveAll(offerId: string) {
  for (let guard = 0; guard < 10; guard++) {
    const offer = (await admin.get(`/api/v1/offers/${offerId}`)).body.offer;
    if (offer.approval.status !== 'pending') return offer;
    const approver = offer.approval.current.awaiting[0].id as string;
    const decided = await byId
      .get(approver)!
      .post(`/api/v1/offers/${offerId}/approvals`, { decision: 'approve' });
    expect(decided.status).toBe(201);
  }
  throw new Error('approval did not finish');
}

/** Sends the approved offer and returns the token from the candidate's e-mail. */
async function sendAndReadToken(offerId: string, email: string): Promise<string> {
  const sent = await admin.post(`/api/v1/offers/${offerId}/send`, { expiresInDays: 7 });
  expect(sent.status).toBe(200);
  expect(sent.body.offer.status).toBe('sent');
  const mail = (await outboxTo(email)).find((item) => item.subject.startsWith('Your offer'))!;
  const text = await messageText(mail.id);
  return /\/offer\/(hbo_[A-Za-z0-9_-]+)/.exec(text)![1]!;
}

const publicClient = () => new ApiClient(env.app, { ip: uniqueIp() });

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Offer Co');
  admin = team.admin.client;
  const members: Member[] = [team.hiringManager, team.recruiter, team.alice, team.bob, team.carol];
  byId = new Map(members.map((member) => [member.id, member.client]));
  byId.set(team.admin.id, admin);
  late = await addApplicant(admin, team.job.id, 'Lee Late');
  other = await addApplicant(admin, team.job.id, 'Dee Clines');
  contractor = await addApplicant(admin, team.job.id, 'Cora Contractor');
  waiting = await addApplicant(admin, team.job.id, 'Wes Waiting');
});
afterAll(() => env.close());

describe('approval chains and offers', () => {
  let offerId: string;

  it('lets only admins define chains, and refuses approvers from outside the team', async () => {
    const body = {
      name: 'Hiring approval',
      steps: [
        { name: 'Hiring manager', approverIds: [team.hiringManager.id] },
        { name: 'Two engineers', approverIds: [team.alice.id, team.bob.id, team.admin.id], required: 2 },
      ],
    };
    expect((await team.recruiter.client.post('/api/v1/approval-chains', body)).status).toBe(403);
    const stranger = await admin.post('/api/v1/approval-chains', {
      ...body,
      steps: [{ name: 'Nobody', approverIds: ['00000000-0000-4000-8000-000000000000'] }],
    });
    expect(stranger.status).toBe(400);
    const created = await admin.post('/api/v1/approval-chains', body);
    expect(created.status).toBe(201);
    const outside = await admin.post('/api/v1/approval-chains', {
      name: 'Finance, outside the band only',
      appliesWhen: 'when_outside_band',
      steps: [{ name: 'Finance', approverIds: [team.carol.id] }],
    });
    expect(outside.status).toBe(201);
    const list = (await team.recruiter.client.get('/api/v1/approval-chains')).body.items;
    expect(list.map((chain: { name: string }) => chain.name)).toEqual([
      'Hiring approval',
      'Finance, outside the band only',
    ]);
  });

  it('makes an offer only from the Offer stage, with its cost and band check', async () => {
    const early = await admin.post(`/api/v1/applications/${team.application.id}/offers`, {
      terms: fullTime(150_000),
    });
    expect(early.status).toBe(422);
    await toOfferStage(team.application.id);
    const invalid = await admin.post(`/api/v1/applications/${team.application.id}/offers`, {
      terms: { ...fullTime(150_000), currency: 'dollars' },
    });
    expect(invalid.status).toBe(400);
    const created = await admin.post(`/api/v1/applications/${team.application.id}/offers`, {
      terms: fullTime(150_000),
    });
    expect(created.status).toBe(201);
    const offer = created.body.offer;
    offerId = offer.id;
    expect(offer).toMatchObject({
      status: 'draft',
      engagement: 'full_time',
      candidate: { name: 'Dana Candidate' },
    });
    expect(offer.band.status).toBe('within');
    expect(offer.cost.total).toBeGreaterThan(150_000);
    expect(offer.letter.preview).toContain('$150,000');
    const again = await admin.post(`/api/v1/applications/${team.application.id}/offers`, {
      terms: fullTime(150_000),
    });
    expect(again.status).toBe(409);
  });

  it('runs the steps in order, N of M, only for the current step’s approvers', async () => {
    const submitted = await admin.post(`/api/v1/offers/${offerId}/submit-for-approval`);
    expect(submitted.status).toBe(200);
    // Within the band: only the "always" chain applies.
    expect(submitted.body.offer.status).toBe('pending_approval');
    expect(submitted.body.offer.approval.steps.map((step: { name: string }) => step.name)).toEqual([
      'Hiring manager',
      'Two engineers',
    ]);
    expect(
      (await outboxTo(team.hiringManager.email)).some((mail) => mail.subject.startsWith('Approve the offer')),
    ).toBe(true);
    expect(await approvalMails(team.alice.email)).toHaveLength(0);

    const outOfTurn = await team.alice.client.post(`/api/v1/offers/${offerId}/approvals`, {
      decision: 'approve',
    });
    expect(outOfTurn.status).toBe(403);
    const first = await team.hiringManager.client.post(`/api/v1/offers/${offerId}/approvals`, {
      decision: 'approve',
      comment: 'Strong debrief.',
    });
    expect(first.status).toBe(201);
    expect(first.body.offer.approval.current).toMatchObject({ stepIndex: 1, stillNeeded: 2 });
    expect(await approvalMails(team.alice.email)).toHaveLength(1);

    expect(
      (await team.alice.client.post(`/api/v1/offers/${offerId}/approvals`, { decision: 'approve' })).status,
    ).toBe(201);
    const twice = await team.alice.client.post(`/api/v1/offers/${offerId}/approvals`, {
      decision: 'approve',
    });
    expect(twice.status).toBe(403);
    const stillPending = (await admin.get(`/api/v1/offers/${offerId}`)).body.offer;
    expect(stillPending.status).toBe('pending_approval');
    expect(stillPending.approval.current.stillNeeded).toBe(1);
    const sendEarly = await admin.post(`/api/v1/offers/${offerId}/send`, {});
    expect(sendEarly.status).toBe(409);

    const last = await team.bob.client.post(`/api/v1/offers/${offerId}/approvals`, { decision: 'approve' });
    expect(last.body.offer.status).toBe('approved');
    expect(last.body.offer.approval.steps.map((step: { status: string }) => step.status)).toEqual([
      'approved',
      'approved',
    ]);
  });

  it('restarts approval when the pay changes, adding the out-of-band chain above the band', async () => {
    const before = (await approvalMails(team.hiringManager.email)).length;
    const changed = await admin.patch(`/api/v1/offers/${offerId}`, { terms: fullTime(260_000) });
    expect(changed.status).toBe(200);
    expect(changed.body.approvalRestarted).toBe(true);
    expect(changed.body.offer).toMatchObject({ status: 'pending_approval', approvalRound: 2 });
    expect(changed.body.offer.band.status).toBe('above');
    expect(changed.body.offer.approval.steps.map((step: { name: string }) => step.name)).toEqual([
      'Hiring manager',
      'Two engineers',
      'Finance',
    ]);
    expect(await approvalMails(team.hiringManager.email)).toHaveLength(before + 1);

    // A rejection sends it back to draft with the reason; a wording fix keeps the approvals given.
    const rejected = await team.hiringManager.client.post(`/api/v1/offers/${offerId}/approvals`, {
      decision: 'reject',
      comment: 'Above the band: come back with 185k.',
    });
    expect(rejected.body.offer.status).toBe('draft');
    expect(rejected.body.offer.approval.rejectedBy.comment).toContain('185k');
    await admin.patch(`/api/v1/offers/${offerId}`, { terms: fullTime(175_000) });
    const resubmitted = await admin.post(`/api/v1/offers/${offerId}/submit-for-approval`);
    expect(resubmitted.body.offer.approvalRound).toBe(3);
    await team.hiringManager.client.post(`/api/v1/offers/${offerId}/approvals`, { decision: 'approve' });
    const typo = await admin.patch(`/api/v1/offers/${offerId}`, {
      terms: { ...fullTime(175_000), benefits: ['Health insurnace', '25 days of paid time off'] },
    });
    expect(typo.body.approvalRestarted).toBe(false);
    expect(typo.body.offer.approval.current.stepIndex).toBe(1);
    const approved = await approveAll(offerId);
    expect(approved.status).toBe('approved');
  });

  it('renders the letter as a PDF with the name, the salary and the start date', async () => {
    const response = await admin.raw('GET', `/api/v1/offers/${offerId}/letter.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(response.rawPayload, { maxPages: 10, maxChars: 200_000, timeoutMs: 10_000 }))
      .text;
    expect(text).toContain('Dana Candidate');
    expect(text).toContain('$175,000');
    expect(text).toContain('March 6, 2027');

    // The CLI writes the same letter for the organisation named by its slug, and no one else's.
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'hb-offer-')), 'letter.pdf');
    const printed: string[] = [];
    const sink = { write: (chunk: string) => printed.push(chunk) } as unknown as NodeJS.WritableStream;
    await offerLetterCommand(env.services, { offerId, org: team.organisation.slug, out }, sink);
    const written = (
      await pdfText(await readFile(out), { maxPages: 10, maxChars: 200_000, timeoutMs: 10_000 })
    ).text;
    expect(written).toContain('Dana Candidate');
    expect(printed.join('')).toContain('Wrote');
    await expect(
      offerLetterCommand(env.services, { offerId, org: 'no-such-org', out }, sink),
    ).rejects.toThrow();
  });

  it('lets the candidate accept through the link: Hired, job closed, onboarding plan with dated goals', async () => {
    const token = await sendAndReadToken(offerId, team.application.email);
    const candidate = publicClient();
    const page = await candidate.get(`/api/v1/public/offers/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ candidateName: 'Dana Candidate', jobTitle: team.job.title });
    expect(page.body.letter).toContain('$175,000');
    // What the candidate reads and signs is frozen when sent: a later template edit leaves it as it was.
    const edited = await admin.put('/api/v1/offer-letter-templates/default_full_time', {
      name: 'Full-time offer',
      engagement: 'full_time',
      title: 'A rewritten letter',
      body: 'Dear {{candidate.firstName}}, this text was written after the offer went out.',
    });
    expect(edited.status).toBe(200);
    const reread = (await candidate.get(`/api/v1/public/offers/${token}`)).body;
    expect(reread.letter).toBe(page.body.letter);
    expect(reread.title).toBe(page.body.title);
    const pdf = await candidate.raw('GET', `/api/v1/public/offers/${token}/letter.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const wrongName = await candidate.json('POST', `/api/v1/public/offers/${token}/accept`, {
      typedName: 'Someone Else',
    });
    expect(wrongName.status).toBe(400);
    const accept = await candidate.raw('POST', `/api/v1/public/offers/${token}/accept`, {
      body: { typedName: '  dana   CANDIDATE ' },
      headers: { 'user-agent': 'Candidate Browser/1.0' },
      csrf: false,
    });
    expect(accept.statusCode).toBe(201);
    const twice = await candidate.json('POST', `/api/v1/public/offers/${token}/accept`, {
      typedName: 'Dana Candidate',
    });
    expect(twice.status).toBe(409);

    const offer = (await admin.get(`/api/v1/offers/${offerId}`)).body.offer;
    expect(offer.status).toBe('accepted');
    expect(offer.acceptance).toMatchObject({
      typedName: 'dana   CANDIDATE',
      userAgent: 'Candidate Browser/1.0',
    });
    expect(offer.acceptance.ip).toBeTruthy();
    const board = (await admin.get(`/api/v1/jobs/${team.job.id}/board?includeClosed=true`)).body;
    expect(board.cards.find((card: { id: string }) => card.id === team.application.id)).toMatchObject({
      stage: 'hired',
      status: 'hired',
    });
    // The template's headcount is 1: the job closes.
    expect((await admin.get(`/api/v1/jobs/${team.job.id}`)).body.job.status).toBe('closed');
    const timeline = (await admin.get(`/api/v1/candidates/${team.application.candidateId}/timeline`)).body;
    expect(JSON.stringify(timeline)).toContain('offer_accepted');
    expect(
      (await outboxTo(team.hiringManager.email)).some((mail) => mail.subject.includes('accepted the offer')),
    ).toBe(true);

    const mine = (await team.hiringManager.client.get('/api/v1/onboarding-plans?mine=true')).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ startDate: '2027-03-06', firstDay: '2027-03-08', buddyId: null });
    const plan = (await team.hiringManager.client.get(`/api/v1/onboarding-plans/${mine[0].id}`)).body.plan;
    expect(plan.phases.map((phase: { phase: string }) => phase.phase)).toEqual([
      'before_day_one',
      'week_one',
      'weeks_two_to_four',
      'weeks_five_to_twelve',
    ]);
    const items = plan.phases.flatMap((phase: { items: unknown[] }) => phase.items) as {
      id: string;
      key: string;
      kind: string;
      checkpoint: number | null;
      dueDate: string;
      ownerRole: string;
      ownerId: string | null;
      measure: string | null;
    }[];
    for (const item of items) expect(isBusinessDay(item.dueDate), `${item.key} ${item.dueDate}`).toBe(true);
    const goals = items.filter((item) => item.kind === 'goal');
    expect(new Set(goals.map((goal) => goal.checkpoint))).toEqual(new Set([30, 60, 90]));
    expect(goals.every((goal) => goal.measure)).toBe(true);
    // Day 30 after Monday 8 March 2027 is Wednesday 7 April.
    expect(items.find((item) => item.key === 'review_30')!.dueDate).toBe('2027-04-07');
    expect(
      items
        .filter((item) => item.ownerRole === 'manager')
        .every((item) => item.ownerId === team.hiringManager.id),
    ).toBe(true);

    // Naming the buddy hands them the buddy's items and the plan.
    expect((await team.alice.client.get(`/api/v1/onboarding-plans/${plan.id}`)).status).toBe(404);
    const named = await team.hiringManager.client.patch(`/api/v1/onboarding-plans/${plan.id}`, {
      buddyId: team.alice.id,
    });
    expect(named.body.plan.buddyId).toBe(team.alice.id);
    const aliceSees = (await team.alice.client.get('/api/v1/onboarding-plans?mine=true')).body.items;
    expect(aliceSees.map((entry: { id: string }) => entry.id)).toEqual([plan.id]);
    const buddyItem = items.find((item) => item.ownerRole === 'buddy')!;
    const done = await team.alice.client.post(`/api/v1/onboarding-items/${buddyItem.id}/done`);
    expect(done.body.item).toMatchObject({ ownerId: team.alice.id, doneBy: team.alice.id });
    const undone = await team.alice.client.post(`/api/v1/onboarding-items/${buddyItem.id}/undo`);
    expect(undone.body.item.doneAt).toBeNull();

    const review = await team.hiringManager.client.post(`/api/v1/onboarding-plans/${plan.id}/reviews`, {
      checkpoint: 30,
      rating: 3,
      notes: 'Shipped the first feature; reviews are thoughtful.',
    });
    expect(review.status).toBe(201);
    const badRating = await team.hiringManager.client.post(`/api/v1/onboarding-plans/${plan.id}/reviews`, {
      checkpoint: 45,
      rating: 5,
      notes: 'x',
    });
    expect(badRating.status).toBe(400);
    const reviewed = (await team.hiringManager.client.get(`/api/v1/onboarding-plans/${plan.id}`)).body.plan;
    expect(reviewed.reviews).toMatchObject([{ checkpoint: 30, rating: 3 }]);

    // The daily reminder e-mails the owners of items due tomorrow and overdue.
    const before = (await outboxTo(team.alice.email)).length;
    const result = await sendOnboardingReminders(env.services, new Date('2027-03-05T07:00:00Z'));
    expect(result.reminded).toBeGreaterThanOrEqual(2);
    const reminders = await outboxTo(team.alice.email);
    expect(reminders.length).toBe(before + 1);
    expect(await messageText(reminders[0]!.id)).toContain('Access to code, docs and environment checked');
  });
});

describe('the candidate’s link', () => {
  it('is refused once expired (410), and records a decline with its reason', async () => {
    await toOfferStage(late.id);
    const created = (await admin.post(`/api/v1/applications/${late.id}/offers`, { terms: fullTime(150_000) }))
      .body.offer;
    await admin.post(`/api/v1/offers/${created.id}/submit-for-approval`);
    await approveAll(created.id);
    const token = await sendAndReadToken(created.id, late.email);
    await env.services.db
      .update(offers)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(offers.id, created.id));
    const expired = await publicClient().get(`/api/v1/public/offers/${token}`);
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toContain('expired');
    const acceptLate = await publicClient().post(`/api/v1/public/offers/${token}/accept`, {
      typedName: 'Lee Late',
    });
    expect(acceptLate.status).toBe(410);
    expect((await admin.get(`/api/v1/offers/${created.id}`)).body.offer.status).toBe('expired');
    expect(
      (await admin.get('/api/v1/offers?status=expired')).body.items.map((item: { id: string }) => item.id),
    ).toContain(created.id);
    expect((await publicClient().get('/api/v1/public/offers/hbo_not-a-real-token-at-all')).status).toBe(404);

    await toOfferStage(other.id);
    const second = (await admin.post(`/api/v1/applications/${other.id}/offers`, { terms: fullTime(150_000) }))
      .body.offer;
    await admin.post(`/api/v1/offers/${second.id}/submit-for-approval`);
    await approveAll(second.id);
    const secondToken = await sendAndReadToken(second.id, other.email);
    const declined = await publicClient().post(`/api/v1/public/offers/${secondToken}/decline`, {
      reason: 'I accepted another offer closer to home.',
    });
    expect(declined.status).toBe(201);
    const offer = (await admin.get(`/api/v1/offers/${second.id}`)).body.offer;
    expect(offer).toMatchObject({
      status: 'declined',
      declinedReason: 'I accepted another offer closer to home.',
    });
    expect(
      (await publicClient().post(`/api/v1/public/offers/${secondToken}/decline`, { reason: 'again' })).status,
    ).toBe(409);
  });
});

describe('contract-to-hire and replacements', () => {
  it('creates an engagement at acceptance; ending it with a replacement reopens the job and lists the others', async () => {
    await toOfferStage(contractor.id);
    const created = await admin.post(`/api/v1/applications/${contractor.id}/offers`, {
      terms: {
        engagement: 'contract_to_hire',
        currency: 'USD',
        rate: { amount: 3_000, per: 'week' },
        hoursPerWeek: 40,
        startDate: '2027-03-01',
        conversionDate: '2027-06-01',
        intendedSalary: 160_000,
        location: { workplace: 'remote', description: null },
      },
    });
    expect(created.status).toBe(201);
    await admin.post(`/api/v1/offers/${created.body.offer.id}/submit-for-approval`);
    await approveAll(created.body.offer.id);
    const token = await sendAndReadToken(created.body.offer.id, contractor.email);
    expect(
      (await publicClient().post(`/api/v1/public/offers/${token}/accept`, { typedName: 'Cora Contractor' }))
        .status,
    ).toBe(201);
    const engagement = (await admin.get('/api/v1/engagements')).body.items.find(
      (item: { candidateId: string }) => item.candidateId === contractor.candidateId,
    );
    expect(engagement).toMatchObject({
      kind: 'contract_to_hire',
      startDate: '2027-03-01',
      endDate: '2027-05-31',
    });

    const tooShort = await team.hiringManager.client.post(`/api/v1/engagements/${engagement.id}/decision`, {
      decision: 'end',
      rationale: 'No.',
    });
    expect(tooShort.status).toBe(400);
    const ended = await team.hiringManager.client.post(`/api/v1/engagements/${engagement.id}/decision`, {
      decision: 'end',
      rationale: 'The pace of delivery did not match what the role needs, despite two check-ins.',
      requestReplacement: true,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ outcome: 'ended', jobReopened: true });
    expect((await admin.get(`/api/v1/jobs/${team.job.id}`)).body.job.status).toBe('open');
    const names = ended.body.replacements.map((entry: { candidateName: string }) => entry.candidateName);
    expect(names).toContain('Wes Waiting');
    expect(names).not.toContain('Cora Contractor');
    const listed = (
      await admin.get(`/api/v1/jobs/${team.job.id}/replacements?excluding=${contractor.candidateId}`)
    ).body.items;
    expect(listed.map((entry: { candidateId: string }) => entry.candidateId)).not.toContain(
      contractor.candidateId,
    );
    expect(listed.map((entry: { candidateId: string }) => entry.candidateId)).toContain(waiting.candidateId);
    const again = await team.hiringManager.client.post(`/api/v1/engagements/${engagement.id}/decision`, {
      decision: 'convert',
      rationale: 'Changed our minds after all, which is not allowed.',
    });
    expect(again.status).toBe(409);
  });
});
