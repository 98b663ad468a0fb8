import { and, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { organisations, users } from '../accounts/accounts.tables.ts';
import { firstName } from '../candidates/email-templates.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import type { Services } from '../platform/services.ts';
import {
  buildCalendarInvite,
  type CalendarInvite,
  cancellationInvite,
  type InterviewInvite,
  inviteMailPart,
} from './calendar-invite.ts';
import {
  getApplicationContext,
  getInterview,
  type InterviewRow,
  listParticipants,
  lockInterviewers,
  overlappingBookings,
} from './interviews.store.ts';
import { interviewParticipants, interviews } from './interviews.tables.ts';
import { ensurePlan } from './plans.service.ts';

/**
 * Scheduling: booking interviewers without double booking them, and the calendar invitations that go with
 * every change (REQUEST with a stable UID, SEQUENCE + 1 on each change, CANCEL when called off).
 */

export type Actor = { orgId: string; userId: string | null };

export type ScheduleInput = {
  applicationId: string;
  planKey: string;
  interviewerIds: string[];
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  location?: string | null | undefined;
  videoUrl?: string | null | undefined;
  schedulingLinkId?: string | null;
};

export type RescheduleInput = {
  startsAt?: Date | undefined;
  durationMinutes?: number | undefined;
  timeZone?: string | undefined;
  location?: string | null | undefined;
  videoUrl?: string | null | undefined;
  interviewerIds?: string[] | undefined;
};

const MINUTE = 60_000;

/**
 * Locks the interviewers and refuses when any of them is already in an overlapping interview. Must run
 * inside the transaction that then writes the booking (see `lockInterviewers`).
 */
export async function assertInterviewersFree(
  tx: Executor,
  orgId: string,
  interviewerIds: string[],
  range: { start: Date; end: Date },
  exceptInterviewId?: string,
) {
  const ids = [...new Set(interviewerIds)];
  const people = await lockInterviewers(tx, orgId, ids);
  if (people.length !== ids.length || people.some((person) => !person.active)) {
    throw invalid('interviewerIds', 'Every interviewer must be an active member of your organisation.');
  }
  const clashes = await overlappingBookings(tx, orgId, ids, range, exceptInterviewId);
  if (clashes.length > 0) {
    const names = [...new Set(clashes.map((clash) => people.find((p) => p.id === clash.userId)!.name))];
    throw new AppError(
      'conflict',
      `${names.join(', ')} ${names.length === 1 ? 'already has' : 'already have'} an interview at that time.`,
      clashes.map((clash) => ({
        path: 'interviewerIds',
        message: `${people.find((p) => p.id === clash.userId)!.name} is booked ${clash.startsAt.toISOString()}–${clash.endsAt.toISOString()}.`,
      })),
    );
  }
  return people;
}

function checkTimes(startsAt: Date, durationMinutes: number) {
  if (Number.isNaN(startsAt.getTime())) throw invalid('startsAt', 'Give a valid start time.');
  return { start: startsAt, end: new Date(startsAt.getTime() + durationMinutes * MINUTE) };
}

/** Books an interview in the caller's transaction and queues the invitations. */
export async function scheduleInterviewTx(
  tx: Executor,
  services: Services,
  actor: Actor,
  input: ScheduleInput,
) {
  const context = await getApplicationContext(tx, actor.orgId, input.applicationId);
  if (!context) throw notFound('application');
  const { application, candidate, job } = context;
  if (application.status !== 'active') {
    throw conflict(`This application is ${application.status}; reopen it before scheduling interviews.`);
  }
  if (!candidate.email) {
    throw new AppError(
      'unprocessable',
      'Add an e-mail address to the candidate first: the invitation goes there.',
    );
  }
  const plan = (await ensurePlan(tx, actor.orgId, job)).plan;
  const planned = plan.interviews.find((interview) => interview.key === input.planKey);
  if (!planned) {
    throw invalid(
      'planKey',
      `The job's interview plan has no interview "${input.planKey}". Choose one of: ${plan.interviews.map((i) => i.key).join(', ')}.`,
    );
  }
  const range = checkTimes(input.startsAt, input.durationMinutes);
  await assertInterviewersFree(tx, actor.orgId, input.interviewerIds, range);

  const [interview] = await tx
    .insert(interviews)
    .values({
      orgId: actor.orgId,
      applicationId: application.id,
      candidateId: candidate.id,
      jobId: job.id,
      planKey: planned.key,
      kind: planned.stage,
      title: planned.title,
      startsAt: range.start,
      endsAt: range.end,
      timeZone: input.timeZone,
      location: input.location ?? null,
      videoUrl: input.videoUrl ?? null,
      schedulingLinkId: input.schedulingLinkId ?? null,
      createdBy: actor.userId,
    })
    .returning();
  await tx.insert(interviewParticipants).values(
    [...new Set(input.interviewerIds)].map((userId) => ({
      orgId: actor.orgId,
      interviewId: interview!.id,
      userId,
    })),
  );
  await sendInvites(tx, services, actor, interview!, { kind: 'new' });
  await recordEvents(tx, [
    {
      orgId: actor.orgId,
      candidateId: candidate.id,
      applicationId: application.id,
      jobId: job.id,
      type: 'interview_scheduled',
      actorUserId: actor.userId,
      data: { interviewId: interview!.id, title: planned.title, startsAt: range.start.toISOString() },
    },
  ]);
  return interview!;
}

export function scheduleInterview(services: Services, actor: Actor, input: ScheduleInput) {
  return services.db.transaction((tx) => scheduleInterviewTx(tx, services, actor, input));
}

export async function rescheduleInterview(
  services: Services,
  actor: Actor,
  interviewId: string,
  change: RescheduleInput,
) {
  return services.db.transaction(async (tx) => {
    const current = await getInterview(tx, actor.orgId, interviewId, { lock: true });
    if (!current) throw notFound('interview');
    if (current.status !== 'scheduled') throw conflict(`This interview is ${current.status}.`);
    const duration =
      change.durationMinutes ?? Math.round((current.endsAt.getTime() - current.startsAt.getTime()) / MINUTE);
    const range = checkTimes(change.startsAt ?? current.startsAt, duration);
    const before = await listParticipants(tx, actor.orgId, [current.id]);
    const interviewerIds = change.interviewerIds ?? before.map((person) => person.userId);
    await assertInterviewersFree(tx, actor.orgId, interviewerIds, range, current.id);

    // Everyone removed from the panel gets the invitation withdrawn before the new version goes out.
    const removed = before.filter((person) => !interviewerIds.includes(person.userId));
    if (removed.length > 0) {
      await sendInvites(tx, services, actor, current, {
        kind: 'cancel',
        onlyUserIds: removed.map((p) => p.userId),
        candidate: false,
      });
    }
    const [updated] = await tx
      .update(interviews)
      .set({
        startsAt: range.start,
        endsAt: range.end,
        ...(change.timeZone ? { timeZone: change.timeZone } : {}),
        ...(change.location !== undefined ? { location: change.location } : {}),
        ...(change.videoUrl !== undefined ? { videoUrl: change.videoUrl } : {}),
        // One SEQUENCE step covers the withdrawal sent to removed people and the new REQUEST.
        icalSequence: current.icalSequence + 1,
        updatedAt: new Date(),
      })
      .where(eq(interviews.id, current.id))
      .returning();
    if (change.interviewerIds) {
      await tx.delete(interviewParticipants).where(eq(interviewParticipants.interviewId, current.id));
      await tx.insert(interviewParticipants).values(
        [...new Set(interviewerIds)].map((userId) => ({
          orgId: actor.orgId,
          interviewId: current.id,
          userId,
        })),
      );
    }
    await sendInvites(tx, services, actor, updated!, { kind: 'changed' });
    await recordEvents(tx, [
      {
        orgId: actor.orgId,
        candidateId: current.candidateId,
        applicationId: current.applicationId,
        jobId: current.jobId,
        type: 'interview_rescheduled',
        actorUserId: actor.userId,
        data: {
          interviewId: current.id,
          title: current.title,
          from: current.startsAt.toISOString(),
          startsAt: range.start.toISOString(),
        },
      },
    ]);
    return updated!;
  });
}

export async function cancelInterview(services: Services, actor: Actor, interviewId: string, reason: string) {
  return services.db.transaction(async (tx) => {
    const current = await getInterview(tx, actor.orgId, interviewId, { lock: true });
    if (!current) throw notFound('interview');
    if (current.status !== 'scheduled') throw conflict(`This interview is already ${current.status}.`);
    await sendInvites(tx, services, actor, current, { kind: 'cancel', reason });
    const [updated] = await tx
      .update(interviews)
      .set({
        status: 'cancelled',
        icalSequence: current.icalSequence + 1,
        cancelledAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(interviews.id, current.id))
      .returning();
    await recordEvents(tx, [
      {
        orgId: actor.orgId,
        candidateId: current.candidateId,
        applicationId: current.applicationId,
        jobId: current.jobId,
        type: 'interview_cancelled',
        actorUserId: actor.userId,
        data: { interviewId: current.id, title: current.title, reason },
      },
    ]);
    return updated!;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Invitations

type InviteMail =
  | { kind: 'new' | 'changed' }
  | { kind: 'cancel'; reason?: string; onlyUserIds?: string[]; candidate?: boolean };

/** The mailbox part of MAIL_FROM, the organiser of invitations nobody in particular sent. */
function mailFromAddress(from: string) {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

export function formatWhen(start: Date, end: Date, timeZone: string) {
  const local = DateTime.fromJSDate(start, { zone: timeZone });
  const until = DateTime.fromJSDate(end, { zone: timeZone });
  return `${local.toFormat('cccc d LLLL yyyy, HH:mm')}–${until.toFormat('HH:mm')} (${timeZone}, UTC${local.toFormat('ZZ')})`;
}

async function sendInvites(
  tx: Executor,
  services: Services,
  actor: Actor,
  interview: InterviewRow,
  mail: InviteMail,
) {
  const context = (await getApplicationContext(tx, actor.orgId, interview.applicationId))!;
  const { candidate, job } = context;
  const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, actor.orgId));
  const panel = await listParticipants(tx, actor.orgId, [interview.id]);
  const organiserId = interview.createdBy ?? actor.userId;
  const [organiser] = organiserId ? await usersByIds(tx, actor.orgId, [organiserId]) : [];
  // Replies go to the organiser: the person who scheduled it, or the organisation's sender address.
  const organizer = organiser
    ? { name: organiser.name, email: organiser.email }
    : { name: organisation!.name, email: mailFromAddress(services.config.MAIL_FROM) };

  const invite: InterviewInvite = {
    interviewId: interview.id,
    host: new URL(services.config.PUBLIC_URL).hostname,
    sequence: interview.icalSequence,
    stamp: new Date(),
    start: interview.startsAt,
    end: interview.endsAt,
    summary: `${interview.title}: ${candidate.name} / ${organisation!.name}`,
    description: `${interview.title} for the ${job.title} role at ${organisation!.name}.`,
    ...(interview.location ? { location: interview.location } : {}),
    ...(interview.videoUrl ? { videoUrl: interview.videoUrl } : {}),
    organizer,
    candidate: { name: candidate.name, email: candidate.email! },
    interviewers: panel.map((person) => ({ name: person.name, email: person.email })),
  };
  let calendar: CalendarInvite;
  try {
    calendar =
      mail.kind === 'cancel'
        ? cancellationInvite(invite, invite.stamp)
        : buildCalendarInvite(invite, 'REQUEST');
  } catch (error) {
    throw new AppError('validation_failed', error instanceof Error ? error.message : String(error));
  }
  const { icalEvent } = inviteMailPart(calendar);
  const place = interview.videoUrl ?? interview.location ?? 'to be confirmed';
  const verb = { new: 'Invitation', changed: 'Updated invitation', cancel: 'Cancelled' }[mail.kind];

  if (mail.kind !== 'cancel' || mail.candidate !== false) {
    const zone = candidate.timeZone ?? interview.timeZone;
    const when = formatWhen(interview.startsAt, interview.endsAt, zone);
    await services.mailer.send(tx, {
      orgId: actor.orgId,
      to: [candidate.email!],
      candidateId: candidate.id,
      icalEvent,
      ...renderEmail({
        subject: `${verb}: ${interview.title} with ${organisation!.name}`,
        heading:
          mail.kind === 'cancel' ? `${interview.title} is cancelled` : `${interview.title} for ${job.title}`,
        paragraphs:
          mail.kind === 'cancel'
            ? [
                `Hi ${firstName(candidate.name)},`,
                `The ${interview.title.toLowerCase()} planned for ${when} is cancelled. We will be in touch about what happens next.`,
              ]
            : [
                `Hi ${firstName(candidate.name)},`,
                mail.kind === 'changed'
                  ? `Your ${interview.title.toLowerCase()} has moved: it is now on ${when}.`
                  : `You are invited to a ${interview.title.toLowerCase()} on ${when}.`,
                `Where: ${place}. You will meet ${panel.map((person) => person.name).join(', ')}.`,
                'The calendar invitation is attached; accept it to add it to your calendar.',
              ],
      }),
    });
  }
  const recipients =
    mail.kind === 'cancel' && mail.onlyUserIds ? await usersByIds(tx, actor.orgId, mail.onlyUserIds) : panel;
  for (const person of recipients) {
    const when = formatWhen(interview.startsAt, interview.endsAt, interview.timeZone);
    await services.mailer.send(tx, {
      orgId: actor.orgId,
      to: [person.email],
      icalEvent,
      ...renderEmail({
        subject: `${verb}: ${interview.title} with ${candidate.name}`,
        heading: `${interview.title}: ${candidate.name}`,
        paragraphs:
          mail.kind === 'cancel'
            ? [
                `The ${interview.title.toLowerCase()} with ${candidate.name} (${job.title}) on ${when} is cancelled for you.`,
              ]
            : [
                `${mail.kind === 'changed' ? 'Moved to' : 'On'} ${when}, ${place}.`,
                `Candidate: ${candidate.name}, for ${job.title}. Your interview kit has the focus areas, suggested questions and your scorecard; write your scorecard within a day, before you read anyone else's.`,
              ],
        ...(mail.kind === 'cancel'
          ? {}
          : {
              action: {
                label: 'Open the interview kit',
                url: `${services.config.PUBLIC_URL}/interviews/${interview.id}`,
              },
            }),
      }),
    });
  }
}

function usersByIds(tx: Executor, orgId: string, ids: string[]) {
  return tx
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, ids)));
}
