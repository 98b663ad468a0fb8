import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueIp } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { sendScorecardReminders } from './calibration.service.ts';
import { hiringTeam, hoursFromNow } from './test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'References Co');
});
afterAll(() => env.close());

async function outbox() {
  await env.services.queue.drain();
  return (await team.admin.client.get('/api/v1/outbox?limit=100')).body.items as {
    id: string;
    to: string[];
    subject: string;
  }[];
}

const answers = {
  deadlinesMet: 'Always, and when a date slipped she said so two weeks ahead.',
  technicalDisagreements: 'Argued for Postgres over Mongo with a benchmark, then committed when overruled.',
  problemsFlaggedEarly: 'Raised the migration risk in the first planning meeting.',
  wouldWorkAgain: 'yes',
  wouldWorkAgainWhy: 'Calm in incidents.',
  comments: '',
};

describe('references', () => {
  it('e-mails the referee a link to structured questions and records the answers on the candidate', async () => {
    const created = await team.recruiter.client.post(
      `/api/v1/candidates/${team.application.candidateId}/references`,
      {
        refereeName: 'Rafael Referee',
        refereeEmail: 'Rafael@Example.org',
        relationship: 'Her manager at Acme',
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.reference).toMatchObject({ status: 'requested', refereeEmail: 'rafael@example.org' });

    const message = (await outbox()).find((item) => item.to.includes('rafael@example.org'))!;
    const text = (await team.admin.client.get(`/api/v1/outbox/${message.id}`)).body.message.text as string;
    const token = /\/reference\/(\S+)/.exec(text)![1]!;

    const referee = new ApiClient(env.app, { ip: uniqueIp() });
    const form = await referee.get(`/api/v1/public/references/${token}`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ candidateName: 'Dana Candidate', refereeName: 'Rafael Referee' });
    expect(form.body.questions.map((question: { key: string }) => question.key)).toEqual([
      'deadlinesMet',
      'technicalDisagreements',
      'problemsFlaggedEarly',
      'wouldWorkAgain',
      'wouldWorkAgainWhy',
      'comments',
    ]);
    expect(form.body.questions[0].question).toContain('Dana Candidate');
    // Nothing else about the candidate leaks to the referee.
    expect(JSON.stringify(form.body)).not.toContain(team.application.email);

    const incomplete = await referee.post(`/api/v1/public/references/${token}`, {
      ...answers,
      deadlinesMet: '',
    });
    expect(incomplete.status).toBe(400);
    expect((await referee.post(`/api/v1/public/references/${token}`, answers)).status).toBe(201);
    expect((await referee.post(`/api/v1/public/references/${token}`, answers)).status).toBe(409);

    const listed = await team.hiringManager.client.get(
      `/api/v1/candidates/${team.application.candidateId}/references`,
    );
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        status: 'received',
        answers: expect.objectContaining({ wouldWorkAgain: 'yes' }),
      }),
    ]);
    expect(
      (await team.alice.client.get(`/api/v1/candidates/${team.application.candidateId}/references`)).status,
    ).toBe(403);
    expect((await referee.get('/api/v1/public/references/hbr_unknown-token-value')).status).toBe(404);
  });
});

describe('calibration and overdue scorecards', () => {
  it('compares each interviewer with the panel and reminds those whose scorecards are overdue', async () => {
    const schedule = (planKey: string, interviewerIds: string[], hours: number) =>
      team.admin.client.post(`/api/v1/applications/${team.application.id}/interviews`, {
        planKey,
        interviewerIds,
        startsAt: hoursFromNow(hours),
        durationMinutes: 60,
        timeZone: 'UTC',
      });
    const screen = (await schedule('screen', [team.alice.id], -80)).body.interview;
    const behavioural = (await schedule('behavioural', [team.bob.id], -78)).body.interview;
    const design = (await schedule('system-design', [team.carol.id], -76)).body.interview;
    for (const [client, interview, rating] of [
      [team.alice.client, screen, 4],
      [team.bob.client, behavioural, 2],
    ] as const) {
      const focus = (await client.get(`/api/v1/interviews/${interview.id}/scorecard`)).body.focus as {
        id: string;
      }[];
      const submitted = await client.post(`/api/v1/interviews/${interview.id}/scorecard`, {
        ratings: Object.fromEntries(focus.map((attribute) => [attribute.id, rating])),
        notes: Object.fromEntries(focus.map((attribute) => [attribute.id, 'evidence'])),
        recommendation: rating >= 3 ? 'strong_yes' : 'no',
      });
      expect(submitted.status).toBe(200);
    }

    const calibration = await team.hiringManager.client.get('/api/v1/interviewers/calibration');
    expect(calibration.status).toBe(200);
    const byName = Object.fromEntries(
      calibration.body.items.map((item: { name: string }) => [item.name, item]),
    );
    expect(byName['Alice Interviewer']).toMatchObject({
      scorecards: 1,
      averageRating: 4,
      tendency: 'softer',
    });
    expect(byName['Bob Interviewer']).toMatchObject({ scorecards: 1, averageRating: 2, tendency: 'harsher' });
    expect(byName['Carol Interviewer']).toMatchObject({ scorecards: 0, tendency: 'unknown' });
    expect(byName['Carol Interviewer'].loadByWeek.length).toBe(1);
    expect((await team.alice.client.get('/api/v1/interviewers/calibration')).status).toBe(403);

    // Carol has not written hers, three days on: one reminder for her, none for the others.
    expect(design.id).toBeTruthy();
    const result = await sendScorecardReminders(env.services);
    expect(result.reminded).toBe(1);
    const reminders = (await outbox()).filter((item) => item.subject.includes('waiting for you'));
    expect(reminders.map((item) => item.to)).toEqual([[team.carol.email]]);
  });
});
