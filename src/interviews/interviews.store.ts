import { and, asc, eq, gt, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.tables.ts';
import { applications, candidates } from '../candidates/candidates.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import { jobs } from '../roles/roles.tables.ts';
import { interviewParticipants, interviewPlans, interviews, scorecards } from './interviews.tables.ts';

export type InterviewRow = typeof interviews.$inferSelect;
export type ParticipantRow = typeof interviewParticipants.$inferSelect;
export type ScorecardRow = typeof scorecards.$inferSelect;
export type PlanRow = typeof interviewPlans.$inferSelect;

export async function getPlanRow(db: Executor, orgId: string, jobId: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(interviewPlans)
    .where(and(eq(interviewPlans.orgId, orgId), eq(interviewPlans.jobId, jobId)));
  return row;
}

/** An application with its candidate and job, or undefined when it is not this organisation's. */
export async function getApplicationContext(db: Executor, orgId: string, applicationId: string) {
  const [row] = await db
    .select({ application: applications, candidate: candidates, job: jobs })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(applications.orgId, orgId), eq(applications.id, applicationId)));
  return row;
}

export async function getInterview(
  db: Executor,
  orgId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<InterviewRow | undefined> {
  const query = db
    .select()
    .from(interviews)
    .where(and(eq(interviews.orgId, orgId), eq(interviews.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export function listParticipants(db: Executor, orgId: string, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      interviewId: interviewParticipants.interviewId,
      userId: interviewParticipants.userId,
      role: interviewParticipants.role,
      name: users.name,
      email: users.email,
    })
    .from(interviewParticipants)
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .where(
      and(eq(interviewParticipants.orgId, orgId), inArray(interviewParticipants.interviewId, interviewIds)),
    )
    .orderBy(asc(users.name));
}

/**
 * Locks the interviewers' user rows, always in id order so two bookings over the same people cannot
 * deadlock. Every write that books an interviewer takes these locks first, so a second booking of the same
 * person waits here until the first commits, then sees it in its overlap check (READ COMMITTED re-reads).
 */
export function lockInterviewers(db: Executor, orgId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(and(eq(users.orgId, orgId), inArray(users.id, userIds)))
    .orderBy(asc(users.id))
    .for('no key update');
}

/** Interviews (not cancelled) of these people that overlap [start, end), except one being rescheduled. */
export function overlappingBookings(
  db: Executor,
  orgId: string,
  userIds: string[],
  range: { start: Date; end: Date },
  exceptInterviewId?: string,
) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      userId: interviewParticipants.userId,
      interviewId: interviews.id,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
    })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .where(
      and(
        eq(interviewParticipants.orgId, orgId),
        inArray(interviewParticipants.userId, userIds),
        ne(interviews.status, 'cancelled'),
        lt(interviews.startsAt, range.end),
        gt(interviews.endsAt, range.start),
        exceptInterviewId ? ne(interviews.id, exceptInterviewId) : sql`true`,
      ),
    );
}

export function scorecardsOfApplication(db: Executor, orgId: string, applicationId: string) {
  return db
    .select({ scorecard: scorecards, interview: interviews, authorName: users.name })
    .from(scorecards)
    .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
    .innerJoin(users, eq(users.id, scorecards.authorId))
    .where(and(eq(scorecards.orgId, orgId), eq(scorecards.applicationId, applicationId)))
    .orderBy(asc(interviews.startsAt), asc(users.name));
}

export async function hasSubmittedFor(
  db: Executor,
  orgId: string,
  applicationId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(
      and(
        eq(scorecards.orgId, orgId),
        eq(scorecards.applicationId, applicationId),
        eq(scorecards.authorId, userId),
        isNotNull(scorecards.submittedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}
