import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { addApplicant, hiringTeam, hoursFromNow } from './test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
// biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
let plan: any;

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env);
  plan = (await team.admin.client.get(`/api/v1/jobs/${team.job.id}/interview-plan`)).body.plan;
});
afterAll(() => env.close());

/** Every message sent to `email` since the last call, with its calendar part read as a calendar client does. */
async function mailTo(email: string) {
  await env.services.queue.drain();
  const items = (await team.admin.client.get('/api/v1/outbox?limit=100')).body.items as {
    id: string;
    to: string[];
  }[];
  const mine = items.filter((item) => item.to.includes(email));
  const messages = [];
  for (const item of mine) {
    const message = (await team.admin.client.get(`/api/v1/outbox/${item.id}`)).body.message;
    let invite = null;
    if (message.icalEvent) {
      const calendar = new ICAL.Component(ICAL.parse(message.icalEvent.content));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      invite = {
        method: calendar.getFirstPropertyValue('method'),
        uid: event.uid,
        sequence: event.sequence,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        attendees: event.attendees.map((attendee) =>
          String(attendee.getFirstValue()).replace(/^mailto:/i, ''),
        ),
      };
    }
    messages.push({ ...message, invite });
  }
  return messages;
}

function schedule(
  client: ApiClient,
  applicationId: string,
  body: { interviewerIds: string[]; startsAt: string; planKey?: string; durationMinutes?: number },
) {
  return client.post(`/api/v1/applications/${applicationId}/interviews`, {
    planKey: 'screen',
    timeZone: 'Europe/London',
    videoUrl: 'https://meet.example.com/abc',
    durationMinutes: 60,
    ...body,
  });
}

describe('interview plan', () => {
  it('is generated from the blueprint on first read and saved with optimistic versioning', async () => {
    expect(plan.version).toBe(1);
    expect(plan.plan.interviews.map((entry: { key: string }) => entry.key)).toEqual(
      expect.arrayContaining(['screen', 'practical-review', 'system-design', 'behavioural']),
    );
    const edited = structuredClone(plan.plan);
    edited.interviews[0].durationMinutes = 45;
    const saved = await team.hiringManager.client.put(`/api/v1/jobs/${team.job.id}/interview-plan`, {
      version: 1,
      plan: edited,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.plan).toMatchObject({ version: 2, updatedBy: team.hiringManager.id });
    const stale = await team.admin.client.put(`/api/v1/jobs/${team.job.id}/interview-plan`, {
      version: 1,
      plan: edited,
    });
    expect(stale.status).toBe(409);
    const broken = structuredClone(edited);
    broken.interviews[0].focus = ['no-such-attribute'];
    const invalid = await team.admin.client.put(`/api/v1/jobs/${team.job.id}/interview-plan`, {
      version: 2,
      plan: broken,
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('Unknown attribute');
    const asInterviewer = await team.alice.client.put(`/api/v1/jobs/${team.job.id}/interview-plan`, {
      version: 2,
      plan: edited,
    });
    expect(asInterviewer.status).toBe(403);
    plan = (await team.alice.client.get(`/api/v1/jobs/${team.job.id}/interview-plan`)).body.plan;
    expect(plan.version).toBe(2);
  });
});

describe('scheduling', () => {
  it('books the panel and e-mails each person an iCalendar REQUEST; rescheduling bumps SEQUENCE; cancelling sends CANCEL', async () => {
    const startsAt = hoursFromNow(48);
    const created = await schedule(team.recruiter.client, team.application.id, {
      interviewerIds: [team.alice.id, team.bob.id],
      startsAt,
      planKey: 'screen',
    });
    expect(created.status).toBe(201);
    const interview = created.body.interview;
    expect(interview).toMatchObject({
      title: 'Screening call',
      status: 'scheduled',
      sequence: 0,
      startsAt,
      durationMinutes: 60,
      myScorecard: null,
    });
    expect(interview.interviewers.map((person: { name: string }) => person.name).sort()).toEqual([
      'Alice Interviewer',
      'Bob Interviewer',
    ]);

    const [toCandidate] = await mailTo(team.application.email);
    expect(toCandidate.invite).toMatchObject({ method: 'REQUEST', sequence: 0, start: startsAt });
    expect(toCandidate.invite.uid).toBe(`${interview.id}@hirebench.test`);
    expect(toCandidate.invite.attendees).toEqual(
      expect.arrayContaining([team.application.email, team.alice.email, team.bob.email]),
    );
    const [toAlice] = await mailTo(team.alice.email);
    expect(toAlice.invite).toMatchObject({ method: 'REQUEST', uid: toCandidate.invite.uid });
    expect(toAlice.text).toContain(`/interviews/${interview.id}`);

    const later = hoursFromNow(50);
    const moved = await team.recruiter.client.patch(`/api/v1/interviews/${interview.id}`, {
      startsAt: later,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.interview).toMatchObject({ startsAt: later, sequence: 1 });
    const aliceMail = await mailTo(team.alice.email);
    const update = aliceMail.find((message) => message.invite?.sequence === 1)!;
    expect(update.invite).toMatchObject({ method: 'REQUEST', uid: toCandidate.invite.uid, start: later });

    const cancelled = await team.recruiter.client.post(`/api/v1/interviews/${interview.id}/cancel`, {
      reason: 'Candidate asked to move to next week',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.interview).toMatchObject({ status: 'cancelled', sequence: 2 });
    const candidateMail = await mailTo(team.application.email);
    const cancel = candidateMail.find((message) => message.invite?.method === 'CANCEL')!;
    expect(cancel.invite).toMatchObject({ uid: toCandidate.invite.uid, sequence: 2 });

    const timeline = (
      await team.admin.client.get(`/api/v1/candidates/${team.application.candidateId}/timeline`)
    ).body;
    expect(JSON.stringify(timeline)).toContain('interview_cancelled');
  });

  it('refuses to double-book an interviewer, also when the requests race', async () => {
    const startsAt = hoursFromNow(72);
    const first = await schedule(team.admin.client, team.application.id, {
      interviewerIds: [team.carol.id],
      startsAt,
    });
    expect(first.status).toBe(201);
    const overlapping = await schedule(team.admin.client, team.application.id, {
      interviewerIds: [team.bob.id, team.carol.id],
      startsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
    });
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.error.message).toContain('Carol Interviewer');
    // Back to back is fine: intervals are half-open.
    const adjacent = await schedule(team.admin.client, team.application.id, {
      interviewerIds: [team.carol.id],
      startsAt: new Date(Date.parse(startsAt) + 60 * 60_000).toISOString(),
    });
    expect(adjacent.status).toBe(201);

    // Eight requests for the same two people at overlapping times, in parallel: exactly one wins.
    const raceStart = Date.parse(hoursFromNow(96));
    const others = await Promise.all(
      Array.from({ length: 4 }, (_, index) => addApplicant(team.admin.client, team.job.id, `Racer ${index}`)),
    );
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        schedule(team.admin.client, others[index % others.length]!.id, {
          // Alternate the order of the interviewers so a naive lock order would deadlock.
          interviewerIds: index % 2 === 0 ? [team.alice.id, team.bob.id] : [team.bob.id, team.alice.id],
          startsAt: new Date(raceStart + index * 5 * 60_000).toISOString(),
        }),
      ),
    );
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const aliceWeek = await team.alice.client.get(
      `/api/v1/interviews?from=${encodeURIComponent(new Date(raceStart - 3_600_000).toISOString())}&to=${encodeURIComponent(new Date(raceStart + 3 * 3_600_000).toISOString())}`,
    );
    expect(aliceWeek.body.items).toHaveLength(1);
  });

  it("lists my interviews, or a job's for the hiring team, and hides the team calendar from interviewers", async () => {
    const mine = await team.carol.client.get('/api/v1/interviews');
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.body.items.every((item: { myScorecard: string | null }) => item.myScorecard === 'none')).toBe(
      true,
    );
    const byJob = await team.recruiter.client.get(`/api/v1/interviews?scope=all&jobId=${team.job.id}`);
    expect(byJob.body.items.length).toBeGreaterThan(mine.body.items.length);
    expect((await team.carol.client.get('/api/v1/interviews?scope=all')).status).toBe(403);
    const other = await team.bob.client.get(`/api/v1/interviews/${mine.body.items[0].id}`);
    expect(other.status).toBe(404);
  });

  it('validates the request', async () => {
    const unknownKey = await schedule(team.admin.client, team.application.id, {
      interviewerIds: [team.alice.id],
      startsAt: hoursFromNow(200),
      planKey: 'no-such-interview',
    });
    expect(unknownKey.status).toBe(400);
    const stranger = await schedule(team.admin.client, team.application.id, {
      interviewerIds: ['00000000-0000-4000-8000-000000000000'],
      startsAt: hoursFromNow(200),
    });
    expect(stranger.status).toBe(400);
    const asInterviewer = await schedule(team.alice.client, team.application.id, {
      interviewerIds: [team.alice.id],
      startsAt: hoursFromNow(200),
    });
    expect(asInterviewer.status).toBe(403);
  });
});

describe('scorecards: hidden until you submit your own', () => {
  // biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
  let screen: any;
  // biome-ignore lint/suspicious/noExplicitAny: read loosely and asserted on.
  let design: any;
  let applicationId: string;

  const complete = (
    focus: { id: string }[],
    rating: 1 | 2 | 3 | 4,
    recommendation: string,
    secret: string,
  ) => ({
    ratings: Object.fromEntries(focus.map((attribute) => [attribute.id, rating])),
    notes: Object.fromEntries(focus.map((attribute) => [attribute.id, `${secret} on ${attribute.id}`])),
    redFlags: rating === 1 ? ['dismisses-testing'] : [],
    recommendation,
    summary: secret,
  });

  beforeAll(async () => {
    const applicant = await addApplicant(team.admin.client, team.job.id, 'Evan Panel');
    applicationId = applicant.id;
    // Interviews held in the past: scorecards are written after the interview.
    screen = (
      await schedule(team.admin.client, applicationId, {
        interviewerIds: [team.alice.id, team.recruiter.id],
        startsAt: hoursFromNow(-30),
        planKey: 'screen',
      })
    ).body.interview;
    design = (
      await schedule(team.admin.client, applicationId, {
        interviewerIds: [team.bob.id],
        startsAt: hoursFromNow(-27),
        planKey: 'system-design',
      })
    ).body.interview;
    expect(screen?.id && design?.id).toBeTruthy();
  });

  const listAs = (client: ApiClient) => client.get(`/api/v1/applications/${applicationId}/scorecards`);

  it('autosaves a partial draft that nobody else can read, not even admins', async () => {
    const draft = await team.alice.client.put(`/api/v1/interviews/${screen.id}/scorecard`, {
      notes: { communication: 'ALICE-DRAFT-SECRET' },
      ratings: { communication: 3 },
    });
    expect(draft.status).toBe(200);
    expect(draft.body.scorecard).toMatchObject({ status: 'draft', ratings: { communication: 3 } });
    expect(draft.body.focus.map((attribute: { id: string }) => attribute.id)).toContain('communication');
    expect(draft.body.focus[0].anchors).toHaveLength(4);

    for (const client of [
      team.admin.client,
      team.hiringManager.client,
      team.bob.client,
      team.recruiter.client,
    ]) {
      const list = await listAs(client);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain('ALICE-DRAFT-SECRET');
      expect(list.body.items).toEqual([]);
      expect(list.body.hidden).toEqual([
        expect.objectContaining({
          author: { id: team.alice.id, name: 'Alice Interviewer' },
          submitted: false,
          reason: 'draft_of_other',
        }),
      ]);
    }
    const own = await listAs(team.alice.client);
    expect(own.body.items).toHaveLength(1);
    expect(JSON.stringify(own.body)).toContain('ALICE-DRAFT-SECRET');
  });

  it('refuses an incomplete submission and scorecards from people not on the panel', async () => {
    const incomplete = await team.alice.client.post(`/api/v1/interviews/${screen.id}/scorecard`, {
      ratings: { communication: 4 },
      notes: {},
    });
    expect(incomplete.status).toBe(400);
    const messages = JSON.stringify(incomplete.body.error.details);
    expect(messages).toContain('needs a line of evidence');
    expect(messages).toContain('recommendation');
    const outsider = await team.carol.client.put(`/api/v1/interviews/${screen.id}/scorecard`, {});
    expect(outsider.status).toBe(404);
    const adminNotOnPanel = await team.admin.client.put(`/api/v1/interviews/${screen.id}/scorecard`, {});
    expect(adminNotOnPanel.status).toBe(403);
  });

  it("shows submitted scorecards to admins and the job's hiring manager, and to panelists only after they submit", async () => {
    const screenFocus = (await team.alice.client.get(`/api/v1/interviews/${screen.id}/scorecard`)).body.focus;
    const submitted = await team.alice.client.post(
      `/api/v1/interviews/${screen.id}/scorecard`,
      complete(screenFocus, 3, 'yes', 'ALICE-SUBMITTED'),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.scorecard).toMatchObject({
      status: 'submitted',
      recommendation: 'yes',
      revision: 0,
    });

    // Admin and the job's hiring manager: every submitted scorecard.
    for (const client of [team.admin.client, team.hiringManager.client]) {
      const list = await listAs(client);
      expect(list.body.items.map((card: { author: { id: string } }) => card.author.id)).toEqual([
        team.alice.id,
      ]);
      expect(JSON.stringify(list.body)).toContain('ALICE-SUBMITTED');
    }
    // Bob (panelist, not yet submitted), the recruiter (on the panel, draft-less) and Carol (not on it): nothing.
    for (const client of [team.bob.client, team.recruiter.client, team.carol.client]) {
      const list = await listAs(client);
      expect(list.body.items).toEqual([]);
      expect(JSON.stringify(list.body)).not.toContain('ALICE-SUBMITTED');
      expect(JSON.stringify(list.body)).not.toContain('"yes"');
      expect(list.body.hidden).toEqual([
        expect.objectContaining({ submitted: true, reason: 'submit_yours_first' }),
      ]);
      expect(list.body.youHaveSubmitted).toBe(false);
    }
    // Nor through the debrief: a recruiter sees only what the rule lets them see.
    const recruiterDebrief = await team.recruiter.client.get(`/api/v1/applications/${applicationId}/debrief`);
    expect(recruiterDebrief.status).toBe(200);
    expect(JSON.stringify(recruiterDebrief.body)).not.toContain('ALICE-SUBMITTED');
    expect(recruiterDebrief.body.hiddenSubmitted).toBe(1);

    // Bob drafts: Alice (submitted) still cannot read a draft.
    await team.bob.client.put(`/api/v1/interviews/${design.id}/scorecard`, { summary: 'BOB-DRAFT' });
    expect(JSON.stringify((await listAs(team.alice.client)).body)).not.toContain('BOB-DRAFT');

    // Bob submits and can now read Alice's; Alice can read Bob's.
    const designFocus = (await team.bob.client.get(`/api/v1/interviews/${design.id}/scorecard`)).body.focus;
    const bobs = await team.bob.client.post(
      `/api/v1/interviews/${design.id}/scorecard`,
      complete(designFocus, 2, 'no', 'BOB-SUBMITTED'),
    );
    expect(bobs.status).toBe(200);
    const bobView = await listAs(team.bob.client);
    expect(bobView.body.youHaveSubmitted).toBe(true);
    expect(JSON.stringify(bobView.body)).toContain('ALICE-SUBMITTED');
    expect(JSON.stringify((await listAs(team.alice.client)).body)).toContain('BOB-SUBMITTED');
    // Carol never interviewed this candidate: still nothing.
    expect((await listAs(team.carol.client)).body.items).toEqual([]);
  });

  it('keeps the previous version when a submitted scorecard is edited', async () => {
    const focus = (await team.alice.client.get(`/api/v1/interviews/${screen.id}/scorecard`)).body.focus;
    const edited = await team.alice.client.put(
      `/api/v1/interviews/${screen.id}/scorecard`,
      complete(focus, 4, 'strong_yes', 'ALICE-EDITED'),
    );
    expect(edited.status).toBe(200);
    expect(edited.body.scorecard).toMatchObject({
      status: 'submitted',
      revision: 1,
      recommendation: 'strong_yes',
    });
    expect(edited.body.revisions).toEqual([
      expect.objectContaining({ revision: 0, data: expect.objectContaining({ summary: 'ALICE-SUBMITTED' }) }),
    ]);
    const partial = await team.alice.client.put(`/api/v1/interviews/${screen.id}/scorecard`, {
      summary: 'x',
    });
    expect(partial.status).toBe(400);
  });

  it('refuses a scorecard before the interview has happened', async () => {
    const upcoming = (
      await schedule(team.admin.client, applicationId, {
        interviewerIds: [team.carol.id],
        startsAt: hoursFromNow(300),
        planKey: 'behavioural',
      })
    ).body.interview;
    const focus = (await team.carol.client.get(`/api/v1/interviews/${upcoming.id}/scorecard`)).body.focus;
    const early = await team.carol.client.post(
      `/api/v1/interviews/${upcoming.id}/scorecard`,
      complete(focus, 3, 'yes', 'EARLY'),
    );
    expect(early.status).toBe(409);
    // Notes during preparation are fine.
    expect(
      (await team.carol.client.put(`/api/v1/interviews/${upcoming.id}/scorecard`, { summary: 'prep' }))
        .status,
    ).toBe(200);
  });

  it('gives the interviewer a kit for the interview', async () => {
    const kit = await team.bob.client.get(`/api/v1/interviews/${design.id}/kit`);
    expect(kit.status).toBe(200);
    const body = kit.body.kit;
    expect(body.candidate).toMatchObject({ name: 'Evan Panel', headline: 'Backend engineer' });
    expect(body.candidate.skills.map((skill: { skill: string }) => skill.skill)).toContain('postgresql');
    expect(body.mustHaves.length).toBeGreaterThan(0);
    expect(body.focus.map((attribute: { id: string }) => attribute.id)).toEqual(
      expect.arrayContaining(['architecture', 'scale', 'trade-offs']),
    );
    expect(body.focus[0].anchors).toHaveLength(4);
    expect(body.questions.length).toBeGreaterThan(0);
    expect(body.questions[0]).toHaveProperty('strongAnswer');
    expect(body.systemDesignPrompts.length).toBeGreaterThan(0);
    expect(body.redFlags.length).toBeGreaterThanOrEqual(5);
    expect(body.notes).toMatchObject({ author: { id: team.bob.id }, status: 'submitted' });
    expect((await team.carol.client.get(`/api/v1/interviews/${design.id}/kit`)).status).toBe(404);
  });

  it('builds the debrief for the hiring manager and records the decision on the timeline', async () => {
    const debrief = await team.hiringManager.client.get(`/api/v1/applications/${applicationId}/debrief`);
    expect(debrief.status).toBe(200);
    const body = debrief.body;
    expect(body.hiddenSubmitted).toBe(0);
    expect(body.debrief.matrix.interviewers.map((person: { id: string }) => person.id).sort()).toEqual(
      [team.alice.id, team.bob.id].sort(),
    );
    expect(body.debrief.tally).toMatchObject({ total: 2, strong_yes: 1, no: 1 });
    expect(body.debrief.coverage.length).toBeGreaterThan(0);
    expect(body.debrief.redFlags).toEqual([]);
    expect(body.decision).toBeNull();
    const preview = await team.hiringManager.client.get(
      `/api/v1/applications/${applicationId}/debrief?proposed=hire`,
    );
    expect(preview.body.debrief.warnings.map((warning: { id: string }) => warning.id)).toBeInstanceOf(Array);

    const otherManager = await team.recruiter.client.post(`/api/v1/applications/${applicationId}/decision`, {
      decision: 'hire',
      rationale: 'Recruiters do not decide.',
    });
    expect(otherManager.status).toBe(403);
    const decided = await team.hiringManager.client.post(`/api/v1/applications/${applicationId}/decision`, {
      decision: 'hire',
      rationale: 'Strong system design evidence; the screen concerns were addressed in the design interview.',
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decision).toMatchObject({
      decision: 'hire',
      decidedBy: { id: team.hiringManager.id },
    });
    const after = await team.admin.client.get(`/api/v1/applications/${applicationId}/debrief`);
    expect(after.body.decision).toMatchObject({ decision: 'hire' });
    const candidateId = (await team.admin.client.get(`/api/v1/interviews/${screen.id}`)).body.interview
      .candidate.id;
    const timeline = await team.admin.client.get(`/api/v1/candidates/${candidateId}/timeline`);
    const text = JSON.stringify(timeline.body);
    expect(text).toContain('hiring_decision');
    expect(text).toContain('scorecard_submitted');
    // The timeline records who submitted, never what they recommended.
    expect(text).not.toContain('ALICE-EDITED');
  });
});
