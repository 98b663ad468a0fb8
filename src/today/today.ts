import { DateTime } from 'luxon';
import type { UserRole } from '../accounts/accounts.tables.ts';
import { defaultScorecardDueHours } from '../interviews/scorecard.ts';

/**
 * Pure: the rules of the home page's "What needs you today" list — which day "today" is in the reader's time
 * zone, when a scorecard or an onboarding item counts as overdue, whose jobs a person hires for, and the order
 * the sections appear in. The service runs the queries; this decides what they mean.
 */

/** The sections in the order they are shown: what blocks someone else first, the routine last. */
export const todaySectionKinds = [
  'offer_approvals',
  'scorecards',
  'interviews_today',
  'exercise_reviews',
  'onboarding_items',
  'stalled_candidates',
  'new_applications',
] as const;
export type TodaySectionKind = (typeof todaySectionKinds)[number];

/** Each section shows its first few items; its count and a link lead to the rest. */
export const ITEMS_PER_SECTION = 3;

/** Onboarding items show up this many days before they are due (and stay while overdue). */
export const ONBOARDING_LOOKAHEAD_DAYS = 7;

export type TodayWindow = {
  /** Today in the reader's zone, YYYY-MM-DD. */
  date: string;
  /** Today's first and last instant in the reader's zone: [start, end). */
  start: Date;
  end: Date;
  /** The last due date that counts as "this week": today plus six days. */
  lookaheadUntil: string;
};

export function todayWindow(now: Date, timeZone: string): TodayWindow {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const start = local.startOf('day');
  return {
    date: start.toISODate()!,
    start: start.toJSDate(),
    end: start.plus({ days: 1 }).toJSDate(),
    lookaheadUntil: start.plus({ days: ONBOARDING_LOOKAHEAD_DAYS - 1 }).toISODate()!,
  };
}

/**
 * A scorecard is due a day after its interview ended (the rule of the reminder e-mail): one whose interview
 * ended before this instant is overdue.
 */
export function scorecardOverdueBefore(now: Date): Date {
  return new Date(now.getTime() - defaultScorecardDueHours * 3_600_000);
}

/**
 * Whose pipelines a person looks after: admins and recruiters run every open job's pipeline; hiring managers
 * and interviewers the open jobs they own (a job's owner is its hiring manager).
 */
export function jobScopeOf(role: UserRole): 'all' | 'owned' {
  return role === 'admin' || role === 'recruiter' ? 'all' : 'owned';
}

/**
 * Written exercises awaiting a first review are everyone's to do among those allowed to review (admins,
 * hiring managers, interviewers); an admin sees all of them, the others those of the jobs they own and of the
 * candidates they interview.
 */
export function handInScopeOf(role: UserRole): 'all' | 'mine' | null {
  if (role === 'admin') return 'all';
  if (role === 'hiring_manager' || role === 'interviewer') return 'mine';
  return null;
}

/** The sections with something in them, in the order they are shown. */
export function orderSections<T extends { kind: TodaySectionKind; count: number }>(sections: T[]): T[] {
  return sections
    .filter((section) => section.count > 0)
    .sort((left, right) => todaySectionKinds.indexOf(left.kind) - todaySectionKinds.indexOf(right.kind));
}
