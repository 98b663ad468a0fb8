import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

/**
 * Pure: the iCalendar (RFC 5545) invitation for an interview, as an iTIP (RFC 5546) REQUEST or CANCEL.
 * ical-generator writes the text (escaping, CRLF, folding at 75 octets); this module decides what goes in.
 */

export type InviteParticipant = { name: string; email: string };

/** Shadowing interviewers are optional participants; everyone else is required. */
export type InviteInterviewer = InviteParticipant & { optional?: boolean };

export type InterviewInvite = {
  interviewId: string;
  /** The host part of the UID (e.g. the public hostname); with the interview id it never changes. */
  host: string;
  /** 0 when first sent; +1 on every reschedule and on cancelling (RFC 5546 §2.1.4). */
  sequence: number;
  /** When this version of the invite was created (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  /** A room or an address. */
  location?: string;
  /** A video call link (http or https). */
  videoUrl?: string;
  organizer: InviteParticipant;
  candidate: InviteParticipant;
  interviewers: InviteInterviewer[];
};

export type InviteMethod = 'REQUEST' | 'CANCEL';

export type CalendarInvite = { method: InviteMethod; uid: string; sequence: number; ics: string };

export type InviteChange = {
  start: Date;
  end: Date;
  stamp: Date;
  location?: string | undefined;
  videoUrl?: string | undefined;
};

/** What nodemailer's `sendMail` takes to send the invite as a `text/calendar; method=…` alternative. */
export type InviteMailPart = {
  icalEvent: { method: InviteMethod; filename: string; content: string };
};

const prodId = { company: 'Hirebench', product: 'Interviews', language: 'EN' };
const emailPattern = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\]+\.[^\s@"(),:;<>[\]\\]+$/;
const hostPattern = /^[A-Za-z0-9.-]+$/;

export function interviewUid(interviewId: string, host: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(interviewId)) throw new RangeError(`Unusable interview id "${interviewId}".`);
  if (!hostPattern.test(host)) throw new RangeError(`Unusable UID host "${host}".`);
  return `${interviewId}@${host.toLowerCase()}`;
}

export function buildCalendarInvite(interview: InterviewInvite, method: InviteMethod): CalendarInvite {
  const uid = interviewUid(interview.interviewId, interview.host);
  if (!Number.isInteger(interview.sequence) || interview.sequence < 0) {
    throw new RangeError('sequence must be a whole number of at least 0.');
  }
  for (const date of [interview.stamp, interview.start, interview.end]) {
    if (Number.isNaN(date.getTime())) throw new RangeError('The invite has an invalid date.');
  }
  if (interview.end <= interview.start) throw new RangeError('An interview must end after it starts.');

  const videoUrl = interview.videoUrl === undefined ? undefined : videoLink(interview.videoUrl);
  const location = interview.location?.trim() || videoUrl;
  const description = [interview.description?.trim(), videoUrl && `Join the video call: ${videoUrl}`]
    .filter(Boolean)
    .join('\n\n');

  const calendar = ical({
    prodId,
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  calendar.createEvent({
    id: uid,
    sequence: interview.sequence,
    stamp: interview.stamp,
    start: interview.start,
    end: interview.end,
    summary: interview.summary,
    ...(description ? { description } : {}),
    // Outlook ignores URL, so without a room the link is the location: every client shows that one.
    ...(location ? { location } : {}),
    ...(videoUrl ? { url: uriValue(videoUrl) } : {}),
    organizer: { name: paramText(interview.organizer.name), email: address(interview.organizer.email) },
    attendees: [
      { ...interview.candidate, optional: false },
      ...interview.interviewers.map((interviewer) => ({ optional: false, ...interviewer })),
    ].map((person) => ({
      name: paramText(person.name),
      email: address(person.email),
      role: person.optional ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
    status: method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
  });
  // Every content line ends in CRLF (RFC 5545 §3.1), the last one too; ical-generator leaves it off.
  const ics = calendar.toString().replace(/(?:\r\n)?$/, '\r\n');
  return { method, uid, sequence: interview.sequence, ics };
}

/** The next version after a change of time or place: same UID, SEQUENCE + 1, sent as a new REQUEST. */
export function rescheduleInvite(previous: InterviewInvite, change: InviteChange): InterviewInvite {
  const next: InterviewInvite = {
    ...previous,
    sequence: previous.sequence + 1,
    stamp: change.stamp,
    start: change.start,
    end: change.end,
  };
  if ('location' in change) assignOptional(next, 'location', change.location);
  if ('videoUrl' in change) assignOptional(next, 'videoUrl', change.videoUrl);
  return next;
}

/** METHOD:CANCEL for the last version sent: cancelling is a change, so SEQUENCE goes up too. */
export function cancellationInvite(previous: InterviewInvite, stamp: Date): CalendarInvite {
  return buildCalendarInvite({ ...previous, sequence: previous.sequence + 1, stamp }, 'CANCEL');
}

export function inviteMailPart(invite: CalendarInvite): InviteMailPart {
  return {
    icalEvent: {
      method: invite.method,
      filename: invite.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
      content: invite.ics,
    },
  };
}

function assignOptional(target: InterviewInvite, key: 'location' | 'videoUrl', value: string | undefined) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function address(email: string): string {
  const trimmed = email.trim();
  if (!emailPattern.test(trimmed)) throw new RangeError(`"${email}" is not an e-mail address.`);
  return trimmed;
}

/** CN is a quoted parameter: it cannot hold a double quote or a line break, and has no escape for them. */
function paramText(name: string): string {
  const cleaned = name
    .replace(/\p{Cc}+/gu, ' ')
    .replaceAll('"', "'")
    .trim();
  if (!cleaned) throw new RangeError('Every participant needs a name.');
  return cleaned;
}

function videoLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new RangeError(`"${url}" is not a link.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RangeError('A video link must start with https:// or http://.');
  }
  return parsed.href;
}

/**
 * URL is a URI value, which RFC 5545 does not backslash-escape, but ical-generator escapes it like text;
 * percent-encoding the two characters it would touch keeps the link intact in every client.
 */
function uriValue(link: string): string {
  return link.replaceAll(',', '%2C').replaceAll(';', '%3B');
}
