import type { AuthContext } from '../accounts/accounts.service.ts';
import { findExercise } from '../assessments/exercises/index.ts';
import { approvalState, canDecide } from '../offers/approvals.ts';
import { toDecision } from '../offers/offers.store.ts';
import { daysInStage } from '../pipeline/stages.ts';
import type { Executor } from '../platform/db/client.ts';
import type { Today, TodaySection } from './today.contract.ts';
import {
  handInsAwaitingReview,
  interviewsToday,
  type JobScope,
  newApplicationsByJob,
  offersNamingApprover,
  onboardingItemsDue,
  scorecardsToWrite,
  stalledApplications,
} from './today.store.ts';
import {
  handInScopeOf,
  ITEMS_PER_SECTION,
  jobScopeOf,
  orderSections,
  scorecardOverdueBefore,
  todayWindow,
} from './today.ts';

const limit = ITEMS_PER_SECTION;
const person = (id: string, name: string) => ({ id, name });
type Names = { candidateId: string; candidateName: string; jobId: string; jobTitle: string };
/** The candidate and the job an item is about, as every section names them. */
const about = (row: Names) => ({
  candidate: person(row.candidateId, row.candidateName),
  job: { id: row.jobId, title: row.jobTitle },
});
const interview = (row: Names & { interviewId: string; title: string }) => ({
  interviewId: row.interviewId,
  title: row.title,
  ...about(row),
});

/**
 * The signed-in person's own to-dos across the hiring loop, most pressing first: offers waiting for their
 * approval, their scorecards, their interviews today, hand-ins to review, their onboarding items, and the
 * stalled and new candidates of the jobs they look after. Eight queries, whatever the amount of work.
 */
export async function todayFor(db: Executor, auth: AuthContext, timeZone: string, now = new Date()) {
  const window = todayWindow(now, timeZone);
  const userId = auth.user.id;
  const jobScope: JobScope =
    jobScopeOf(auth.user.role) === 'all' ? { kind: 'all' } : { kind: 'owned', userId };
  const handInScope = handInScopeOf(auth.user.role);
  const overdueBefore = scorecardOverdueBefore(now);

  const [offerRows, scorecardRows, interviewRows, handInRows, onboardingRows, stalledRows, newRows] =
    await Promise.all([
      offersNamingApprover(db, auth.orgId, userId),
      scorecardsToWrite(db, auth.orgId, userId, { now, overdueBefore, limit }),
      interviewsToday(db, auth.orgId, userId, { now, start: window.start, end: window.end, limit }),
      handInScope ? handInsAwaitingReview(db, auth.orgId, userId, { scope: handInScope, limit }) : [],
      onboardingItemsDue(db, auth.orgId, userId, { today: window.date, until: window.lookaheadUntil, limit }),
      stalledApplications(db, auth.orgId, jobScope, { now, limit }),
      newApplicationsByJob(db, auth.orgId, jobScope, now),
    ]);

  const approvals = offerRows.rows.flatMap((offer) => {
    const round = offerRows.decisions.filter(
      (row) => row.offerId === offer.id && row.round === offer.approvalRound,
    );
    const state = approvalState(offer.approvalChains, round.map(toDecision));
    if (!canDecide(userId, state) || !state.current) return [];
    const lastDecision = round.at(-1)?.decidedAt;
    return [
      {
        offerId: offer.id,
        ...about(offer),
        step: state.steps[state.current.position]?.name ?? '',
        waitingSince: (lastDecision ?? offer.updatedAt).toISOString(),
      },
    ];
  });
  approvals.sort((left, right) => left.waitingSince.localeCompare(right.waitingSince));

  const sections: TodaySection[] = [
    { kind: 'offer_approvals', count: approvals.length, items: approvals.slice(0, limit) },
    {
      kind: 'scorecards',
      count: scorecardRows[0]?.total ?? 0,
      overdue: scorecardRows[0]?.overdue ?? 0,
      items: scorecardRows.map((row) => ({
        ...interview(row),
        endedAt: row.endsAt.toISOString(),
        overdue: row.endsAt < overdueBefore,
        draft: row.draft,
      })),
    },
    {
      kind: 'interviews_today',
      count: interviewRows[0]?.total ?? 0,
      items: interviewRows.map((row) => ({
        ...interview(row),
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
      })),
    },
    {
      kind: 'exercise_reviews',
      count: handInRows[0]?.total ?? 0,
      items: handInRows.map((row) => ({
        submissionId: row.submissionId,
        applicationId: row.applicationId,
        exercise: { id: row.exerciseId, title: findExercise(row.exerciseId)?.title ?? 'Written exercise' },
        ...about(row),
        submittedAt: row.submittedAt.toISOString(),
      })),
    },
    {
      kind: 'onboarding_items',
      count: onboardingRows[0]?.total ?? 0,
      overdue: onboardingRows[0]?.overdue ?? 0,
      items: onboardingRows.map((row) => ({
        itemId: row.itemId,
        planId: row.planId,
        title: row.title,
        newHire: person(row.candidateId, row.candidateName),
        dueDate: row.dueDate,
        overdue: row.dueDate < window.date,
      })),
    },
    {
      kind: 'stalled_candidates',
      count: stalledRows[0]?.total ?? 0,
      items: stalledRows.map((row) => ({
        applicationId: row.applicationId,
        ...about(row),
        stage: row.stageName,
        daysInStage: daysInStage(row.stageEnteredAt, now),
        targetDays: row.targetDays,
      })),
    },
    {
      kind: 'new_applications',
      count: newRows.reduce((sum, row) => sum + row.count, 0),
      jobs: newRows.length,
      items: newRows
        .slice(0, limit)
        .map((row) => ({ job: { id: row.jobId, title: row.jobTitle }, count: row.count })),
    },
  ];
  return { date: window.date, timeZone, sections: orderSections(sections) } satisfies Today;
}
