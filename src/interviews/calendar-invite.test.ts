import ICAL from 'ical.js';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendarInvite,
  cancellationInvite,
  type InterviewInvite,
  interviewUid,
  inviteMailPart,
  rescheduleInvite,
} from './calendar-invite.ts';

const interview: InterviewInvite = {
  interviewId: '4f1c2b9e-0d6a-4b8e-9a51-2f3c7d8e9a10',
  host: 'hirebench.example.com',
  sequence: 0,
  stamp: new Date('2026-03-01T10:00:00Z'),
  start: new Date('2026-03-30T08:00:00Z'),
  end: new Date('2026-03-30T09:00:00Z'),
  summary: 'System design interview: Ada Lovelace',
  description: 'We will design a rate limiter together.',
  videoUrl: 'https://meet.example.com/abc-defg-hij',
  organizer: { name: 'Acme Hiring', email: 'hiring@acme.test' },
  candidate: { name: 'Ada Lovelace', email: 'ada@example.com' },
  interviewers: [
    { name: 'Grace Hopper', email: 'grace@acme.test' },
    { name: 'Shadow Interviewer', email: 'shadow@acme.test', optional: true },
  ],
};

/** Read an invite as a calendar client does: parse the VCALENDAR, take its one VEVENT. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    version: calendar.getFirstPropertyValue('version'),
    event,
    vevent,
    status: vevent.getFirstPropertyValue('status'),
    stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate(),
    url: vevent.getFirstPropertyValue('url'),
    organizer: {
      address: event.organizer,
      cn: vevent.getFirstProperty('organizer')?.getParameter('cn'),
    },
    attendees: event.attendees.map((attendee) => ({
      address: String(attendee.getFirstValue()).toLowerCase(),
      cn: attendee.getParameter('cn'),
      role: attendee.getParameter('role'),
      partstat: attendee.getParameter('partstat'),
      rsvp: attendee.getParameter('rsvp'),
    })),
  };
}

describe('calendar invite', () => {
  it('is a REQUEST with one event, in UTC, with every participant asked to reply', () => {
    const invite = buildCalendarInvite(interview, 'REQUEST');
    expect(invite).toMatchObject({
      method: 'REQUEST',
      uid: `${interview.interviewId}@hirebench.example.com`,
    });
    const parsed = parse(invite.ics);
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.version).toBe('2.0');
    expect(parsed.status).toBe('CONFIRMED');
    expect(parsed.event.uid).toBe(invite.uid);
    expect(parsed.event.sequence).toBe(0);
    expect(parsed.stamp).toEqual(interview.stamp);
    expect(parsed.event.startDate.toJSDate()).toEqual(interview.start);
    expect(parsed.event.endDate.toJSDate()).toEqual(interview.end);
    expect(parsed.event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(invite.ics).toContain('\r\nDTSTART:20260330T080000Z\r\n');
    expect(invite.ics).toContain('\r\nDTEND:20260330T090000Z\r\n');
    expect(parsed.event.summary).toBe(interview.summary);
    expect(parsed.event.description).toBe(
      'We will design a rate limiter together.\n\nJoin the video call: https://meet.example.com/abc-defg-hij',
    );
    expect(parsed.event.location).toBe('https://meet.example.com/abc-defg-hij');
    expect(parsed.url).toBe('https://meet.example.com/abc-defg-hij');
    expect(parsed.organizer).toEqual({ address: 'mailto:hiring@acme.test', cn: 'Acme Hiring' });
    expect(parsed.attendees).toEqual([
      {
        address: 'mailto:ada@example.com',
        cn: 'Ada Lovelace',
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
      {
        address: 'mailto:grace@acme.test',
        cn: 'Grace Hopper',
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
      {
        address: 'mailto:shadow@acme.test',
        cn: 'Shadow Interviewer',
        role: 'OPT-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
    ]);
  });

  it('keeps a room as the location and the video link as URL when there are both', () => {
    const parsed = parse(
      buildCalendarInvite({ ...interview, location: 'Room 4.12, Berlin office' }, 'REQUEST').ics,
    );
    expect(parsed.event.location).toBe('Room 4.12, Berlin office');
    expect(parsed.url).toBe('https://meet.example.com/abc-defg-hij');
  });

  it('has only a location for an on-site interview', () => {
    const { videoUrl: _unused, ...onSite } = interview;
    const parsed = parse(buildCalendarInvite({ ...onSite, location: 'Reception, 1 Main St' }, 'REQUEST').ics);
    expect(parsed.event.location).toBe('Reception, 1 Main St');
    expect(parsed.url).toBeNull();
    expect(parsed.event.description).toBe('We will design a rate limiter together.');
  });

  it('keeps the UID and raises SEQUENCE on every reschedule', () => {
    const first = buildCalendarInvite(interview, 'REQUEST');
    const moved = rescheduleInvite(interview, {
      start: new Date('2026-03-31T13:00:00Z'),
      end: new Date('2026-03-31T14:00:00Z'),
      stamp: new Date('2026-03-02T09:00:00Z'),
    });
    const second = buildCalendarInvite(moved, 'REQUEST');
    const movedAgain = rescheduleInvite(moved, {
      start: new Date('2026-04-01T15:30:00Z'),
      end: new Date('2026-04-01T16:30:00Z'),
      stamp: new Date('2026-03-03T09:00:00Z'),
      location: 'Room 2',
      videoUrl: undefined,
    });
    const third = buildCalendarInvite(movedAgain, 'REQUEST');

    const [a, b, c] = [first, second, third].map((invite) => parse(invite.ics));
    expect(new Set([a!.event.uid, b!.event.uid, c!.event.uid])).toEqual(new Set([first.uid]));
    expect([a!.event.sequence, b!.event.sequence, c!.event.sequence]).toEqual([0, 1, 2]);
    expect(b!.method).toBe('REQUEST');
    expect(b!.event.startDate.toJSDate()).toEqual(new Date('2026-03-31T13:00:00Z'));
    expect(b!.event.endDate.toJSDate()).toEqual(new Date('2026-03-31T14:00:00Z'));
    expect(b!.stamp).toEqual(new Date('2026-03-02T09:00:00Z'));
    expect(c!.event.startDate.toJSDate()).toEqual(new Date('2026-04-01T15:30:00Z'));
    expect(c!.event.location).toBe('Room 2');
    expect(c!.url).toBeNull();
    expect(interview.sequence).toBe(0);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher SEQUENCE', () => {
    const moved = rescheduleInvite(interview, {
      start: new Date('2026-03-31T13:00:00Z'),
      end: new Date('2026-03-31T14:00:00Z'),
      stamp: new Date('2026-03-02T09:00:00Z'),
    });
    const cancel = cancellationInvite(moved, new Date('2026-03-04T08:00:00Z'));
    expect(cancel).toMatchObject({ method: 'CANCEL', sequence: 2 });
    const parsed = parse(cancel.ics);
    expect(parsed.method).toBe('CANCEL');
    expect(parsed.status).toBe('CANCELLED');
    expect(parsed.event.uid).toBe(interviewUid(interview.interviewId, interview.host));
    expect(parsed.event.sequence).toBe(2);
    expect(parsed.stamp).toEqual(new Date('2026-03-04T08:00:00Z'));
    expect(parsed.event.startDate.toJSDate()).toEqual(new Date('2026-03-31T13:00:00Z'));
    expect(parsed.attendees.map((attendee) => attendee.address)).toEqual([
      'mailto:ada@example.com',
      'mailto:grace@acme.test',
      'mailto:shadow@acme.test',
    ]);
  });

  it('escapes commas, semicolons, backslashes and new lines in text, and they read back unchanged', () => {
    const summary = 'Interview; backend, round 2 \\ final';
    const description = 'Agenda:\n1. Intro, 5 min; 2. Design\r\nBring: laptop, charger\\adapter';
    const invite = buildCalendarInvite(
      { ...interview, summary, description, location: 'Room A; 3rd floor, east' },
      'REQUEST',
    );
    expect(invite.ics).toContain('SUMMARY:Interview\\; backend\\, round 2 \\\\ final\r\n');
    expect(invite.ics).toContain('LOCATION:Room A\\; 3rd floor\\, east\r\n');
    expect(invite.ics.replaceAll('\r\n ', '')).toContain(
      'DESCRIPTION:Agenda:\\n1. Intro\\, 5 min\\; 2. Design\\nBring: laptop\\, charger\\\\adapter\\n\\nJoin',
    );
    const parsed = parse(invite.ics);
    expect(parsed.event.summary).toBe(summary);
    expect(parsed.event.description).toBe(
      'Agenda:\n1. Intro, 5 min; 2. Design\nBring: laptop, charger\\adapter\n\nJoin the video call: https://meet.example.com/abc-defg-hij',
    );
    expect(parsed.event.location).toBe('Room A; 3rd floor, east');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const description = `Über die Rolle — ${'Résumé review, 面试 🎉 '.repeat(12)}`.trim();
    const summary = `Final interview with the platform team for the Staff Backend Engineer role (${'x'.repeat(40)})`;
    const invite = buildCalendarInvite({ ...interview, summary, description }, 'REQUEST');
    expect(invite.ics.endsWith('\r\n')).toBe(true);
    const lines = invite.ics.slice(0, -2).split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      expect(line).not.toMatch(/[\r\n]/);
    }
    const parsed = parse(invite.ics);
    expect(parsed.event.summary).toBe(summary);
    expect(parsed.event.description.startsWith(description)).toBe(true);
  });

  it('keeps a video link intact even with characters text escaping would touch', () => {
    const videoUrl = 'https://video.example.com/j/123;pwd=a,b?x=1';
    const parsed = parse(buildCalendarInvite({ ...interview, videoUrl }, 'REQUEST').ics);
    expect(parsed.url).toBe('https://video.example.com/j/123%3Bpwd=a%2Cb?x=1');
    expect(parsed.event.location).toBe(videoUrl);
  });

  it('turns names into safe CN parameters', () => {
    const parsed = parse(
      buildCalendarInvite(
        { ...interview, candidate: { name: 'Ada "The Countess"\nLovelace', email: 'ada@example.com' } },
        'REQUEST',
      ).ics,
    );
    expect(parsed.attendees[0]?.cn).toBe("Ada 'The Countess' Lovelace");
  });

  it('refuses what would make a broken invite', () => {
    expect(() => buildCalendarInvite({ ...interview, end: interview.start }, 'REQUEST')).toThrow(RangeError);
    expect(() => buildCalendarInvite({ ...interview, videoUrl: 'javascript:alert(1)' }, 'REQUEST')).toThrow(
      /https/,
    );
    expect(() =>
      buildCalendarInvite(
        { ...interview, candidate: { name: 'Ada', email: 'ada@example.com\r\nBCC:x' } },
        'REQUEST',
      ),
    ).toThrow(/e-mail/);
    expect(() => buildCalendarInvite({ ...interview, sequence: -1 }, 'REQUEST')).toThrow(/sequence/);
    expect(() => interviewUid('a b', 'hirebench.example.com')).toThrow(RangeError);
    expect(() => interviewUid('abc', 'host name')).toThrow(RangeError);
  });

  it('gives nodemailer what it needs to send a text/calendar invitation', async () => {
    const invite = buildCalendarInvite(interview, 'REQUEST');
    const part = inviteMailPart(invite);
    expect(part).toEqual({ icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: invite.ics } });
    expect(inviteMailPart(cancellationInvite(interview, interview.stamp)).icalEvent).toMatchObject({
      method: 'CANCEL',
      filename: 'cancel.ics',
    });

    const message: Mail.Options = {
      from: 'Acme Hiring <hiring@acme.test>',
      to: 'ada@example.com',
      subject: 'Interview invitation',
      text: 'See you then.',
      ...part,
    };
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const sent = await transport.sendMail(message);
    const raw = (sent.message as Buffer).toString('utf8');
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
  });
});
