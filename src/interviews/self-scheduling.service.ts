import { and, asc, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { organisations } from '../accounts/accounts.tables.ts';
import { candidates } from '../candidates/candidates.tables.ts';
import { firstName } from '../candidates/email-templates.ts';
import { recordEvents } from '../pipeline/pipeline.store.ts';
import type { Executor } from '../platform/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../platform/errors.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import { hashSecret, newSecret } from '../platform/security/secrets.ts';
import type { Services } from '../platform/services.ts';
import {
  type AvailabilityWindow,
  type BusyInterval,
  findSlot,
  freeSlots,
  presentSlots,
  type SlotQuery,
  type Weekday,
} from './availability.ts';
import { getApplicationContext, lockInterviewers } from './interviews.store.ts';
import {
  availabilityWindows,
  interviewParticipants,
  interviews,
  schedulingLinks,
} from './interviews.tables.ts';
import { ensurePlan } from './plans.service.ts';
import { formatWhen, scheduleInterviewTx } from './scheduling.service.ts';

/** How self-scheduling offers slots: on the half hour, at least four hours ahead, up to three weeks out. */
export const slotRules = { stepMinutes: 30, minimumNoticeMinutes: 240, horizonDays: 21, bufferMinutes: 0 };
const DAY = 86_400_000;

export type WindowRow = typeof availabilityWindows.$inferSelect;
export type LinkRow = typeof schedulingLinks.$inferSelect;

export type WindowInput =
  | { kind: 'weekly'; weekday: number; startTime: string; endTime: string; timeZone: string }
  | { kind: 'once'; startsAt: Date; endsAt: Date; timeZone: string };

// ---------------------------------------------------------------------------------------------------------
// Availability windows of the signed-in user

export function listWindows(db: Executor, auth: AuthContext) {
  return db
    .select()
    .from(availabilityWindows)
    .where(and(eq(availabilityWindows.orgId, auth.orgId), eq(availabilityWindows.userId, auth.user.id)))
    .orderBy(
      asc(availabilityWindows.weekday),
      asc(availabilityWindows.startTime),
      asc(availabilityWindows.startsAt),
    );
}

export async function addWindow(db: Executor, auth: AuthContext, input: WindowInput) {
  const values =
    input.kind === 'weekly'
      ? { weekday: input.weekday, startTime: input.startTime, endTime: input.endTime }
      : { startsAt: input.startsAt, endsAt: input.endsAt };
  if (input.kind === 'once' && input.endsAt <= input.startsAt) {
    throw invalid('endsAt', 'The window must end after it starts.');
  }
  const [row] = await db
    .insert(availabilityWindows)
    .values({
      orgId: auth.orgId,
      userId: auth.user.id,
      kind: input.kind,
      timeZone: input.timeZone,
      ...values,
    })
    .returning();
  return row!;
}

export async function deleteWindow(db: Executor, auth: AuthContext, id: string) {
  const deleted = await db
    .delete(availabilityWindows)
    .where(
      and(
        eq(availabilityWindows.orgId, auth.orgId),
        eq(availabilityWindows.userId, auth.user.id),
        eq(availabilityWindows.id, id),
      ),
    )
    .returning({ id: availabilityWindows.id });
  if (deleted.length === 0) throw notFound('availability window');
}

const toWindow = (row: WindowRow): AvailabilityWindow =>
  row.kind === 'weekly'
    ? {
        kind: 'weekly',
        interviewerId: row.userId,
        weekday: row.weekday as Weekday,
        startTime: row.startTime!,
        endTime: row.endTime!,
        timeZone: row.timeZone,
      }
    : { kind: 'once', interviewerId: row.userId, start: row.startsAt!, end: row.endsAt! };

/** The slot query for a link: the pool's published windows minus everything they are booked for. */
async function slotQuery(db: Executor, link: LinkRow, now: Date): Promise<SlotQuery> {
  const ids = link.interviewerIds;
  const horizonEnd = new Date(now.getTime() + slotRules.horizonDays * DAY);
  const [windows, booked] = await Promise.all([
    db
      .select()
      .from(availabilityWindows)
      .where(and(eq(availabilityWindows.orgId, link.orgId), inArray(availabilityWindows.userId, ids))),
    db
      .select({
        userId: interviewParticipants.userId,
        interviewId: interviews.id,
        start: interviews.startsAt,
        end: interviews.endsAt,
      })
      .from(interviewParticipants)
      .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
      .where(
        and(
          eq(interviewParticipants.orgId, link.orgId),
          inArray(interviewParticipants.userId, ids),
          ne(interviews.status, 'cancelled'),
          lt(interviews.startsAt, horizonEnd),
          gt(interviews.endsAt, now),
        ),
      ),
  ]);
  const busy: BusyInterval[] = booked.map((row) => ({
    interviewerId: row.userId,
    interviewId: row.interviewId,
    start: row.start,
    end: row.end,
  }));
  return {
    interviewerIds: ids,
    windows: windows.map(toWindow),
    busy,
    durationMinutes: link.durationMinutes,
    mode: link.mode,
    now,
    ...slotRules,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Links

export type LinkInput = {
  planKey: string;
  interviewerIds: string[];
  durationMinutes?: number | undefined;
  mode: 'all' | 'any';
  timeZone: string;
  location?: string | null | undefined;
  videoUrl?: string | null | undefined;
  expiresInDays: number;
};

export async function createSchedulingLink(
  services: Services,
  auth: AuthContext,
  applicationId: string,
  input: LinkInput,
) {
  const token = newSecret('hbs_');
  return services.db.transaction(async (tx) => {
    const context = await getApplicationContext(tx, auth.orgId, applicationId);
    if (!context) throw notFound('application');
    const { application, candidate, job } = context;
    if (application.status !== 'active') throw conflict(`This application is ${application.status}.`);
    if (!candidate.email) {
      throw new AppError(
        'unprocessable',
        'Add an e-mail address to the candidate first: the link goes there.',
      );
    }
    const plan = (await ensurePlan(tx, auth.orgId, job)).plan;
    const planned = plan.interviews.find((entry) => entry.key === input.planKey);
    if (!planned) throw invalid('planKey', `The job's interview plan has no interview "${input.planKey}".`);
    const ids = [...new Set(input.interviewerIds)];
    const people = await lockInterviewers(tx, auth.orgId, ids);
    if (people.length !== ids.length || people.some((person) => !person.active)) {
      throw invalid('interviewerIds', 'Every interviewer must be an active member of your organisation.');
    }
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY);
    const [link] = await tx
      .insert(schedulingLinks)
      .values({
        orgId: auth.orgId,
        applicationId,
        tokenHash: hashSecret(token),
        planKey: planned.key,
        durationMinutes: input.durationMinutes ?? planned.durationMinutes,
        interviewerIds: ids,
        mode: input.mode,
        timeZone: input.timeZone,
        location: input.location ?? null,
        videoUrl: input.videoUrl ?? null,
        expiresAt,
        createdBy: auth.user.id,
      })
      .returning();
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, auth.orgId));
    const url = `${services.config.PUBLIC_URL}/schedule/${token}`;
    const message = await services.mailer.send(tx, {
      orgId: auth.orgId,
      to: [candidate.email],
      candidateId: candidate.id,
      ...renderEmail({
        subject: `Pick a time for your ${planned.title.toLowerCase()} with ${organisation!.name}`,
        heading: `${planned.title} for ${job.title}`,
        paragraphs: [
          `Hi ${firstName(candidate.name)},`,
          `Please choose a time for a ${link!.durationMinutes}-minute ${planned.title.toLowerCase()} that suits you. Times are shown in your own time zone, and the calendar invitation follows as soon as you pick one.`,
          `The link is for you only and works until ${formatWhen(expiresAt, expiresAt, input.timeZone).split('–')[0]}.`,
        ],
        action: { label: 'Choose a time', url },
      }),
    });
    await recordEvents(tx, [
      {
        orgId: auth.orgId,
        candidateId: candidate.id,
        applicationId,
        jobId: job.id,
        type: 'scheduling_link_sent',
        actorUserId: auth.user.id,
        data: { linkId: link!.id, messageId: message.id, title: planned.title },
      },
    ]);
    return { link: link!, url };
  });
}

async function linkByToken(db: Executor, token: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(schedulingLinks)
    .where(eq(schedulingLinks.tokenHash, hashSecret(token)));
  const [link] = options.lock ? await query.for('update') : await query;
  if (!link) throw notFound('scheduling link');
  if (link.usedAt)
    throw conflict(
      'This link has already been used to book the interview; check your e-mail for the invitation.',
    );
  if (link.expiresAt.getTime() <= Date.now()) {
    throw new AppError('not_found', 'This scheduling link has expired. Ask the recruiter for a new one.');
  }
  return link;
}

async function publicContext(db: Executor, link: LinkRow) {
  const context = (await getApplicationContext(db, link.orgId, link.applicationId))!;
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, link.orgId));
  const plan = (await ensurePlan(db, link.orgId, context.job)).plan;
  const planned = plan.interviews.find((entry) => entry.key === link.planKey);
  return { ...context, organisation: organisation!, title: planned?.title ?? 'Interview' };
}

/** What the candidate sees: the free slots, in the time zone they ask for. */
export async function publicSlots(services: Services, token: string, timeZone: string, now = new Date()) {
  const link = await linkByToken(services.db, token);
  const context = await publicContext(services.db, link);
  const slots = freeSlots(await slotQuery(services.db, link, now));
  return {
    organisation: context.organisation.name,
    job: context.job.title,
    candidateFirstName: firstName(context.candidate.name),
    title: context.title,
    durationMinutes: link.durationMinutes,
    expiresAt: link.expiresAt,
    timeZone,
    days: presentSlots(slots, timeZone),
  };
}

/** Books the slot the candidate picked, through the same no-double-booking path as the hiring team. */
export async function bookPublicSlot(
  services: Services,
  token: string,
  input: { start: Date; timeZone: string },
  now = new Date(),
) {
  return services.db.transaction(async (tx) => {
    const link = await linkByToken(tx, token, { lock: true });
    // Lock the pool before reading their bookings, so the slot check below cannot go stale.
    await lockInterviewers(tx, link.orgId, link.interviewerIds);
    const slot = findSlot(await slotQuery(tx, link, now), input.start);
    if (!slot) {
      throw conflict('That time is no longer free. Please pick another one.');
    }
    const context = (await getApplicationContext(tx, link.orgId, link.applicationId))!;
    if (!context.candidate.timeZone) {
      // Their invitation e-mail then speaks their time.
      await tx
        .update(candidates)
        .set({ timeZone: input.timeZone })
        .where(eq(candidates.id, context.candidate.id));
    }
    const interview = await scheduleInterviewTx(
      tx,
      services,
      { orgId: link.orgId, userId: link.createdBy },
      {
        applicationId: link.applicationId,
        planKey: link.planKey,
        interviewerIds: link.mode === 'all' ? link.interviewerIds : [slot.interviewerIds[0]!],
        startsAt: slot.start,
        durationMinutes: link.durationMinutes,
        timeZone: link.timeZone,
        location: link.location,
        videoUrl: link.videoUrl,
        schedulingLinkId: link.id,
      },
    );
    await tx
      .update(schedulingLinks)
      .set({ usedAt: new Date(), interviewId: interview.id })
      .where(eq(schedulingLinks.id, link.id));
    return { interview, timeZone: input.timeZone };
  });
}
