import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { AuthContext } from '../accounts/accounts.service.ts';
import { candidates } from '../candidates/candidates.tables.ts';
import type { Executor } from '../platform/db/client.ts';
import { forbidden } from '../platform/errors.ts';
import { jobs } from '../roles/roles.tables.ts';
import type { InterviewView } from './interviews.presenters.ts';
import { type InterviewRow, listParticipants } from './interviews.store.ts';
import { interviewParticipants, interviews, scorecards } from './interviews.tables.ts';

export type InterviewFilter = {
  scope: 'mine' | 'all';
  jobId?: string | undefined;
  candidateId?: string | undefined;
  applicationId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  status?: InterviewRow['status'] | undefined;
  limit: number;
};

/** Names, panel and the caller's own scorecard state for a page of interviews, in a fixed number of queries. */
export async function interviewViews(
  db: Executor,
  auth: AuthContext,
  rows: InterviewRow[],
): Promise<InterviewView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [panel, people, roles, mine] = await Promise.all([
    listParticipants(db, auth.orgId, ids),
    db
      .select({ id: candidates.id, name: candidates.name })
      .from(candidates)
      .where(
        and(
          eq(candidates.orgId, auth.orgId),
          inArray(candidates.id, [...new Set(rows.map((r) => r.candidateId))]),
        ),
      ),
    db
      .select({ id: jobs.id, title: jobs.title })
      .from(jobs)
      .where(and(eq(jobs.orgId, auth.orgId), inArray(jobs.id, [...new Set(rows.map((r) => r.jobId))]))),
    db
      .select({ interviewId: scorecards.interviewId, submittedAt: scorecards.submittedAt })
      .from(scorecards)
      .where(
        and(
          eq(scorecards.orgId, auth.orgId),
          eq(scorecards.authorId, auth.user.id),
          inArray(scorecards.interviewId, ids),
        ),
      ),
  ]);
  return rows.map((interview) => {
    const interviewers = panel.filter((person) => person.interviewId === interview.id);
    const onPanel = interviewers.some((person) => person.userId === auth.user.id);
    const own = mine.find((card) => card.interviewId === interview.id);
    return {
      interview,
      candidate: people.find((person) => person.id === interview.candidateId) ?? {
        id: interview.candidateId,
        name: '',
      },
      job: roles.find((job) => job.id === interview.jobId) ?? { id: interview.jobId, title: '' },
      interviewers: interviewers.map((person) => ({
        id: person.userId,
        name: person.name,
        role: person.role,
      })),
      myScorecard: !onPanel ? null : !own ? 'none' : own.submittedAt ? 'submitted' : 'draft',
    };
  });
}

export async function listInterviews(db: Executor, auth: AuthContext, filter: InterviewFilter) {
  // Interviewers see the interviews they are on; the calendar of the whole team is for the hiring team.
  if (filter.scope === 'all' && auth.user.role === 'interviewer') {
    throw forbidden('Interviewers see the interviews they are on (scope=mine).');
  }
  const conditions: SQL[] = [eq(interviews.orgId, auth.orgId)];
  if (filter.jobId) conditions.push(eq(interviews.jobId, filter.jobId));
  if (filter.candidateId) conditions.push(eq(interviews.candidateId, filter.candidateId));
  if (filter.applicationId) conditions.push(eq(interviews.applicationId, filter.applicationId));
  if (filter.from) conditions.push(gte(interviews.endsAt, filter.from));
  if (filter.to) conditions.push(lt(interviews.startsAt, filter.to));
  if (filter.status) conditions.push(eq(interviews.status, filter.status));
  const base = db.select({ interview: interviews }).from(interviews);
  const query =
    filter.scope === 'mine'
      ? base
          .innerJoin(
            interviewParticipants,
            and(
              eq(interviewParticipants.interviewId, interviews.id),
              eq(interviewParticipants.userId, auth.user.id),
            ),
          )
          .where(and(...conditions))
      : base.where(and(...conditions));
  const rows = await query.orderBy(asc(interviews.startsAt)).limit(filter.limit);
  return interviewViews(
    db,
    auth,
    rows.map((row) => row.interview),
  );
}
