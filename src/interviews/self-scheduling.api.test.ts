import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, uniqueIp } from '../../test/support/api-client.ts';
import { createTestApp } from '../../test/support/test-services.ts';
import { addApplicant, hiringTeam } from './test-fixtures.ts';

let env: Awaited<ReturnType<typeof createTestApp>>;
let team: Awaited<ReturnType<typeof hiringTeam>>;
let visitor: ApiClient;

beforeAll(async () => {
  env = await createTestApp();
  team = await hiringTeam(env, 'Self Scheduling Co');
  visitor = new ApiClient(env.app, { ip: uniqueIp() });
  // Alice in Berlin and Bob in London publish the same hours: 09:00–12:00 Berlin time, every weekday.
  for (let weekday = 1; weekday <= 5; weekday++) {
    expect(
      (
        await team.alice.client.post('/api/v1/account/availability', {
          kind: 'weekly',
          weekday,
          startTime: '09:00',
          endTime: '12:00',
          timeZone: 'Europe/Berlin',
        })
      ).status,
    ).toBe(201);
    await team.bob.client.post('/api/v1/account/availability', {
      kind: 'weekly',
      weekday,
      startTime: '08:00',
      endTime: '11:00',
      timeZone: 'Europe/London',
    });
  }
});
afterAll(() => env.close());

async function latestLinkTo(email: string): Promise<string> {
  await env.services.queue.drain();
  const items = (await team.admin.client.get('/api/v1/outbox?limit=100')).body.items as {
    id: string;
    to: string[];
    subject: string;
  }[];
  const message = items.find((item) => item.to.includes(email) && item.subject.startsWith('Pick a time'))!;
  const text = (await team.admin.client.get(`/api/v1/outbox/${message.id}`)).body.message.text as string;
  return /\/schedule\/(\S+)/.exec(text)![1]!;
}

async function sendLink(applicationId: string, extra: Record<string, unknown> = {}) {
  const response = await team.recruiter.client.post(
    `/api/v1/applications/${applicationId}/scheduling-links`,
    {
      planKey: 'screen',
      interviewerIds: [team.alice.id, team.bob.id],
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
      videoUrl: 'https://meet.example.com/screen',
      ...extra,
    },
  );
  expect(response.status).toBe(201);
  return response.body;
}

type Slot = { start: string; end: string; localStartIso: string; localStart: string; offsetLabel: string };
const slotsOf = (body: { days: { slots: Slot[] }[] }) => body.days.flatMap((day) => day.slots);

describe('availability windows', () => {
  it('lists and removes only your own', async () => {
    const mine = (await team.alice.client.get('/api/v1/account/availability')).body.items;
    expect(mine).toHaveLength(5);
    expect(mine[0]).toMatchObject({
      kind: 'weekly',
      weekday: 1,
      startTime: '09:00',
      timeZone: 'Europe/Berlin',
    });
    expect((await team.bob.client.delete(`/api/v1/account/availability/${mine[0].id}`)).status).toBe(404);
    const once = await team.carol.client.post('/api/v1/account/availability', {
      kind: 'once',
      startsAt: '2030-01-07T09:00:00+01:00',
      endsAt: '2030-01-07T08:00:00+01:00',
      timeZone: 'Europe/Berlin',
    });
    expect(once.status).toBe(400);
    const badZone = await team.carol.client.post('/api/v1/account/availability', {
      kind: 'weekly',
      weekday: 1,
      startTime: '09:00',
      endTime: '17:00',
      timeZone: 'Mars/Olympus',
    });
    expect(badZone.status).toBe(400);
  });
});

describe('candidate self-scheduling', () => {
  it('shows free slots in the candidate’s own time zone, books one and sends everyone the invitation', async () => {
    const sent = await sendLink(team.application.id);
    expect(sent.url).toMatch(/^http:\/\/hirebench\.test\/schedule\/hbs_/);
    const token = await latestLinkTo(team.application.email);
    expect(sent.url.endsWith(token)).toBe(true);

    const inNewYork = await visitor.get(`/api/v1/public/scheduling/${token}?tz=America/New_York`);
    expect(inNewYork.status).toBe(200);
    expect(inNewYork.body).toMatchObject({
      title: 'Screening call',
      durationMinutes: 60,
      timeZone: 'America/New_York',
    });
    const slots = slotsOf(inNewYork.body);
    expect(slots.length).toBeGreaterThan(5);
    for (const slot of slots) {
      // The same instant, written in New York time with the offset in force on that day.
      expect(DateTime.fromISO(slot.localStartIso).toMillis()).toBe(Date.parse(slot.start));
      const newYork = DateTime.fromISO(slot.start, { zone: 'America/New_York' });
      expect(slot.localStart).toBe(newYork.toFormat('HH:mm'));
      expect(slot.offsetLabel).toBe(`UTC${newYork.toFormat('Z')}`);
      // And inside the interviewers' hours, on Berlin's clock whatever the season.
      const berlin = DateTime.fromISO(slot.start, { zone: 'Europe/Berlin' });
      expect(berlin.hour * 60 + berlin.minute).toBeGreaterThanOrEqual(9 * 60);
      expect(berlin.hour * 60 + berlin.minute).toBeLessThanOrEqual(11 * 60);
      expect(berlin.weekday).toBeLessThanOrEqual(5);
    }
    // Asked in Kolkata, the same slots: only the wall-clock changes.
    const inKolkata = await visitor.get(`/api/v1/public/scheduling/${token}?tz=Asia/Kolkata`);
    expect(slotsOf(inKolkata.body).map((slot) => slot.start)).toEqual(slots.map((slot) => slot.start));
    expect(slotsOf(inKolkata.body)[0]!.offsetLabel).toBe('UTC+5:30');
    expect((await visitor.get(`/api/v1/public/scheduling/${token}?tz=Nowhere/Land`)).status).toBe(400);

    // Alice gets booked at the first slot by the hiring team: it disappears for the candidate.
    const first = slots[0]!;
    const taken = await team.admin.client.post(`/api/v1/applications/${team.application.id}/interviews`, {
      planKey: 'behavioural',
      interviewerIds: [team.alice.id],
      startsAt: first.start,
      durationMinutes: 60,
      timeZone: 'Europe/Berlin',
    });
    expect(taken.status).toBe(201);
    const after = slotsOf((await visitor.get(`/api/v1/public/scheduling/${token}?tz=America/New_York`)).body);
    expect(after.map((slot) => slot.start)).not.toContain(first.start);
    const stale = await visitor.post(`/api/v1/public/scheduling/${token}`, {
      start: first.start,
      timeZone: 'America/New_York',
    });
    expect(stale.status).toBe(409);

    const pick = after[0]!;
    const booked = await visitor.post(`/api/v1/public/scheduling/${token}`, {
      start: pick.start,
      timeZone: 'America/New_York',
    });
    expect(booked.status).toBe(201);
    expect(booked.body.interview).toMatchObject({ title: 'Screening call', startsAt: pick.start });

    await env.services.queue.drain();
    const outbox = (await team.admin.client.get('/api/v1/outbox?limit=100')).body.items as {
      id: string;
      to: string[];
      subject: string;
    }[];
    const invitations = outbox.filter((item) => item.subject.startsWith('Invitation: Screening call'));
    expect(invitations.flatMap((item) => item.to).sort()).toEqual(
      [team.application.email, team.alice.email, team.bob.email].sort(),
    );
    // The candidate's e-mail speaks New York time.
    const toCandidate = invitations.find((item) => item.to.includes(team.application.email))!;
    const message = (await team.admin.client.get(`/api/v1/outbox/${toCandidate.id}`)).body.message;
    expect(message.text).toContain('America/New_York');
    expect(message.icalEvent.content).toContain('METHOD:REQUEST');

    const interviews = (await team.alice.client.get('/api/v1/interviews')).body.items;
    expect(interviews.map((item: { startsAt: string }) => item.startsAt)).toContain(pick.start);
    // Single use.
    expect((await visitor.get(`/api/v1/public/scheduling/${token}`)).status).toBe(409);
    expect(
      (await visitor.post(`/api/v1/public/scheduling/${token}`, { start: after[1]!.start, timeZone: 'UTC' }))
        .status,
    ).toBe(409);
  });

  it('lets only one of two candidates racing for the same slot have it', async () => {
    const first = await addApplicant(team.admin.client, team.job.id, 'Racer One');
    const second = await addApplicant(team.admin.client, team.job.id, 'Racer Two');
    await sendLink(first.id);
    const tokenOne = await latestLinkTo(first.email);
    await sendLink(second.id);
    const tokenTwo = await latestLinkTo(second.email);
    const slot = slotsOf((await visitor.get(`/api/v1/public/scheduling/${tokenOne}`)).body)[0]!;
    const results = await Promise.all(
      [tokenOne, tokenTwo].map((token) =>
        new ApiClient(env.app, { ip: uniqueIp() }).post(`/api/v1/public/scheduling/${token}`, {
          start: slot.start,
          timeZone: 'UTC',
        }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
  });

  it('answers 404 for unknown links and refuses links for people outside the organisation', async () => {
    expect((await visitor.get('/api/v1/public/scheduling/hbs_not-a-real-token')).status).toBe(404);
    const stranger = await team.recruiter.client.post(
      `/api/v1/applications/${team.application.id}/scheduling-links`,
      {
        planKey: 'screen',
        interviewerIds: ['00000000-0000-4000-8000-000000000000'],
        timeZone: 'UTC',
      },
    );
    expect(stranger.status).toBe(400);
    expect(
      (
        await team.alice.client.post(`/api/v1/applications/${team.application.id}/scheduling-links`, {
          planKey: 'screen',
          interviewerIds: [team.alice.id],
          timeZone: 'UTC',
        })
      ).status,
    ).toBe(403);
  });
});
