import { and, eq, gte, isNotNull, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../accounts/accounts.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import { defineJob } from '../platform/jobs/queue.ts';
import { type DailyJob, dailyJob } from '../platform/jobs/schedule.ts';
import { renderEmail } from '../platform/mail/templates.ts';
import type { Services } from '../platform/services.ts';
import { calibrate } from './calibration.ts';
import { interviewParticipants, interviews, scorecards } from './interviews.tables.ts';
import { defaultScorecardDueHours, overdueScorecards } from './scorecard.ts';

const DAY = 86_400_000;

/** Calibration over the organisation's submitted scorecards and interview load in [from, to). */
export async function organisationCalibration(db: Executor, orgId: string, range: { from: Date; to: Date }) {
  const [cards, load, people] = await Promise.all([
    db
      .select({
        authorId: scorecards.authorId,
        candidateId: interviews.candidateId,
        data: scorecards.data,
        recommendation: scorecards.recommendation,
      })
      .from(scorecards)
      .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
      .where(
        and(
          eq(scorecards.orgId, orgId),
          isNotNull(scorecards.submittedAt),
          gte(interviews.startsAt, range.from),
          lt(interviews.startsAt, range.to),
        ),
      ),
    db
      .select({ interviewerId: interviewParticipants.userId, startsAt: interviews.startsAt })
      .from(interviewParticipants)
      .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
      .where(
        and(
          eq(interviewParticipants.orgId, orgId),
          ne(interviews.status, 'cancelled'),
          gte(interviews.startsAt, range.from),
          lt(interviews.startsAt, range.to),
        ),
      ),
    db.select({ id: users.id, name: users.name }).from(users).where(eq(users.orgId, orgId)),
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  return calibrate(
    cards.map((card) => ({
      authorId: card.authorId,
      candidateId: card.candidateId,
      ratings: card.data.ratings,
      recommendation: card.recommendation,
    })),
    load,
  ).map((entry) => ({ ...entry, name: names.get(entry.interviewerId) ?? 'Former member' }));
}

// ---------------------------------------------------------------------------------------------------------
// Overdue scorecard reminders

export const SCORECARD_REMINDER_JOB = 'interviews.scorecard_reminders';
export const SCORECARD_REMINDER_HOUR_UTC = 8;
/** Reminders stop after a week: by then the interview is no longer fresh enough to score well. */
const REMINDER_WINDOW_DAYS = 7;

/** One e-mail per interviewer listing their scorecards missing more than a day after the interview. */
export async function sendScorecardReminders(
  services: Pick<Services, 'db' | 'mailer' | 'config'>,
  now = new Date(),
) {
  const rows = await services.db
    .select({
      orgId: interviews.orgId,
      interviewId: interviews.id,
      title: interviews.title,
      endedAt: interviews.endsAt,
      interviewerId: interviewParticipants.userId,
      name: users.name,
      email: users.email,
      active: users.active,
      submittedAt: scorecards.submittedAt,
    })
    .from(interviews)
    .innerJoin(interviewParticipants, eq(interviewParticipants.interviewId, interviews.id))
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .leftJoin(
      scorecards,
      and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorId, interviewParticipants.userId)),
    )
    .where(
      and(
        ne(interviews.status, 'cancelled'),
        lt(interviews.endsAt, new Date(now.getTime() - defaultScorecardDueHours * 3_600_000)),
        gte(interviews.endsAt, new Date(now.getTime() - REMINDER_WINDOW_DAYS * DAY)),
      ),
    );
  const overdue = overdueScorecards(
    rows.filter((row) => row.active),
    { now },
  );
  const byPerson = new Map<string, typeof overdue>();
  for (const row of overdue)
    byPerson.set(row.interviewerId, [...(byPerson.get(row.interviewerId) ?? []), row]);
  let sent = 0;
  for (const items of byPerson.values()) {
    const first = items[0]!;
    await services.db.transaction((tx) =>
      services.mailer.send(tx, {
        orgId: first.orgId,
        to: [first.email],
        ...renderEmail({
          subject: `${items.length === 1 ? 'A scorecard is' : `${items.length} scorecards are`} waiting for you`,
          heading: 'Your scorecards are overdue',
          paragraphs: [
            `Hi ${first.name.split(/\s+/)[0]},`,
            `Write these while you still remember the answers; the panel cannot decide until you do: ${items
              .map(
                (item) =>
                  `${item.title} (${Math.floor(item.hoursSinceEnd / 24)} day${item.hoursSinceEnd >= 48 ? 's' : ''} ago)`,
              )
              .join(', ')}.`,
          ],
          action: { label: 'Open your interviews', url: `${services.config.PUBLIC_URL}/interviews` },
        }),
      }),
    );
    sent++;
  }
  return { reminded: sent, overdue: overdue.length };
}

export function scorecardReminderJob(services: Pick<Services, 'db' | 'mailer' | 'config'>) {
  return defineJob({
    type: SCORECARD_REMINDER_JOB,
    payload: z.object({}),
    maxAttempts: 3,
    run: () => sendScorecardReminders(services),
  });
}

/** The daily jobs of this capability, for `registerDailyJobs` / `scheduleDailyJobs` at boot. */
export function interviewsDailyJobs(services: Services): DailyJob<Record<string, never>>[] {
  return [dailyJob(scorecardReminderJob(services), { hourUtc: SCORECARD_REMINDER_HOUR_UTC, payload: {} })];
}
