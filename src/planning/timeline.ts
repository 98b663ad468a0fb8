import type { Seniority } from '../roles/blueprint.ts';
import { type Channel, channelLabels, defaultAssumptions, type PlanningAssumptions } from './assumptions.ts';
import {
  addBusinessDays,
  addDays,
  daysBetween,
  isInFourthQuarter,
  nextWeekday,
  toIsoDate,
  utcDay,
} from './dates.ts';
import { formatPercent } from './format.ts';

/**
 * When the new engineer could start: dated milestones from opening the search to the first day, with an
 * earliest–latest window for each. Calendar days; every date is a UTC calendar day written YYYY-MM-DD.
 */

export const timelineMilestoneKeys = [
  'sourcing_starts',
  'first_technical_screen',
  'final_interview',
  'offer',
  'offer_accepted',
  'start_date',
] as const;
export type TimelineMilestoneKey = (typeof timelineMilestoneKeys)[number];

const milestoneLabels: Record<TimelineMilestoneKey, string> = {
  sourcing_starts: 'Sourcing starts',
  first_technical_screen: 'First technical screen',
  final_interview: 'Final interview',
  offer: 'Offer made',
  offer_accepted: 'Offer accepted',
  start_date: 'First working day',
};

export type TimelineMilestone = {
  key: TimelineMilestoneKey;
  label: string;
  /** The expected date. */
  date: string;
  rangeEarliest: string;
  rangeLatest: string;
  /** Calendar days from `today` to the expected date. */
  dayOffset: number;
};

export type HiringTimelineInput = {
  today: Date;
  seniority: Seniority;
  channel: Channel;
  /** Weeks between the accepted offer and the first day; defaults to the assumed notice period. */
  noticePeriodWeeks?: number;
  assumptions?: PlanningAssumptions;
};

export type HiringTimeline = {
  today: string;
  seniority: Seniority;
  channel: Channel;
  milestones: TimelineMilestone[];
  /** Calendar days from today to the expected first day. */
  totalDays: number;
  totalDaysRange: { min: number; max: number };
  /** Calendar days from today to the accepted offer (the usual "time to hire"). */
  timeToHireDays: { min: number; expected: number; max: number };
  noticePeriodWeeks: number;
  /** Freelance, vetted and managed engagements start when the provider says; no notice period is added. */
  noticePeriodApplied: boolean;
  q4Effect: { applied: boolean; multiplier: number; note: string | null };
  notes: string[];
  sources: string[];
};

/** Even a quick process needs about a week from the first screen to an accepted offer. */
const MINIMUM_EVALUATION_DAYS = 7;

/** Interviews, offers and first days happen on weekdays; an acceptance can arrive any day. */
const weekdayMilestones = new Set<TimelineMilestoneKey>([
  'first_technical_screen',
  'final_interview',
  'offer',
  'start_date',
]);

type Scenario = 'min' | 'expected' | 'max';
const scenarios: Scenario[] = ['min', 'expected', 'max'];

type Span = { min: number; expected: number; max: number; unit: 'calendar_days' | 'business_days' };

function advance(from: Date, days: number, unit: Span['unit']): Date {
  return unit === 'business_days' ? addBusinessDays(from, days) : addDays(from, days);
}

export function hiringTimeline(input: HiringTimelineInput): HiringTimeline {
  const assumptions = input.assumptions ?? defaultAssumptions;
  const today = utcDay(input.today);
  const noticePeriodWeeks = input.noticePeriodWeeks ?? assumptions.noticePeriod.defaultWeeks;
  if (!(noticePeriodWeeks >= 0)) throw new RangeError('noticePeriodWeeks must be zero or more.');
  const timing = assumptions.channelTiming[input.channel];
  const notes: string[] = [];
  const sources = [timing.source];

  // Each scenario yields the date of every milestone; the expected one is the plan, min and max the window.
  const datesByScenario = new Map<Scenario, Record<TimelineMilestoneKey, Date>>();
  let q4Effect: HiringTimeline['q4Effect'] = { applied: false, multiplier: 1, note: null };

  if (timing.kind === 'hire') {
    const q4 = assumptions.q4Effect;
    const multiplier = isInFourthQuarter(today) ? q4.timeToHireMultiplier : 1;
    if (multiplier !== 1) {
      q4Effect = {
        applied: true,
        multiplier,
        note: `Searches started in October–December close faster, and at lower salaries, than those started in January (one dataset: ${formatPercent(q4.observedReduction)} faster). This plan shortens the search by ${formatPercent(1 - multiplier)}${1 - multiplier < q4.observedReduction ? ', a cautious share of that' : ''}.`,
      };
      sources.push(q4.source);
    }
    const byLevel = assumptions.timeToHire.byLevel[input.seniority];
    const baseline = assumptions.sourcing.baseline;
    const shares = assumptions.timeToHire.stageShares;
    sources.push(assumptions.timeToHire.source, assumptions.sourcing.source);
    for (const scenario of scenarios) {
      // The benchmark covers a job-board search; the channel swaps in its own sourcing time.
      const evaluationDays =
        Math.max(byLevel[scenario] - baseline[scenario], MINIMUM_EVALUATION_DAYS) * multiplier;
      const firstScreen = advance(today, timing.sourcing[scenario] * multiplier, timing.sourcing.unit);
      const finalInterview = evaluationDays * shares.screenToFinal;
      const offer = finalInterview + evaluationDays * shares.finalToOffer;
      const offerAccepted = offer + evaluationDays * shares.offerToAccepted;
      const accepted = addDays(firstScreen, offerAccepted);
      datesByScenario.set(scenario, {
        sourcing_starts: today,
        first_technical_screen: firstScreen,
        final_interview: addDays(firstScreen, finalInterview),
        offer: addDays(firstScreen, offer),
        offer_accepted: accepted,
        start_date: addDays(accepted, noticePeriodWeeks * 7),
      });
    }
    if (timing.sourcing.unit === 'business_days') {
      notes.push(
        `${channelLabels[input.channel]}: first qualified candidates in ${timing.sourcing.min}–${timing.sourcing.max} business days, in place of the usual sourcing time.`,
      );
    }
  } else {
    const shares = assumptions.engagementMilestoneShares;
    sources.push(shares.source);
    for (const scenario of scenarios) {
      const start = advance(today, timing.timeToStart[scenario], timing.timeToStart.unit);
      const span = daysBetween(today, start);
      datesByScenario.set(scenario, {
        sourcing_starts: today,
        first_technical_screen: addDays(today, span * shares.firstTechnicalScreen),
        final_interview: addDays(today, span * shares.finalInterview),
        offer: addDays(today, span * shares.offer),
        offer_accepted: addDays(today, span * shares.offerAccepted),
        start_date: start,
      });
    }
    notes.push(
      `${channelLabels[input.channel]}: the time to start already includes the person's availability, so no notice period is added.`,
    );
    if (input.channel === 'managed_subscription') {
      notes.push(
        "The provider's coordinator picks and screens the engineer; the interview milestones collapse into a day or two.",
      );
    }
    if (isInFourthQuarter(today)) {
      notes.push(
        'The Q4 effect applies to full hiring searches, not to freelance, vetted or managed engagements.',
      );
    }
  }

  let movedOffWeekend = false;
  for (const [scenario, dates] of datesByScenario) {
    const { dates: settled, moved } = settleDates(dates);
    datesByScenario.set(scenario, settled);
    if (scenario === 'expected') movedOffWeekend = moved;
  }
  if (movedOffWeekend)
    notes.push('Interviews, offers and first days that fell on a weekend are moved to the Monday after.');

  const expected = datesByScenario.get('expected')!;
  const earliest = datesByScenario.get('min')!;
  const latest = datesByScenario.get('max')!;
  const milestones = timelineMilestoneKeys.map((key): TimelineMilestone => {
    const dates = [earliest[key], expected[key], latest[key]].map((date) => date.getTime());
    return {
      key,
      label: milestoneLabels[key],
      date: toIsoDate(expected[key]),
      // Guard the window: rounding can make a "min" scenario land a day after the expected one.
      rangeEarliest: toIsoDate(new Date(Math.min(...dates))),
      rangeLatest: toIsoDate(new Date(Math.max(...dates))),
      dayOffset: daysBetween(today, expected[key]),
    };
  });
  const startDays = [earliest, expected, latest].map((dates) => daysBetween(today, dates.start_date));
  const acceptedDays = [earliest, expected, latest].map((dates) => daysBetween(today, dates.offer_accepted));
  return {
    today: toIsoDate(today),
    seniority: input.seniority,
    channel: input.channel,
    milestones,
    totalDays: daysBetween(today, expected.start_date),
    totalDaysRange: { min: Math.min(...startDays), max: Math.max(...startDays) },
    timeToHireDays: {
      min: Math.min(...acceptedDays),
      expected: daysBetween(today, expected.offer_accepted),
      max: Math.max(...acceptedDays),
    },
    noticePeriodWeeks,
    noticePeriodApplied: timing.kind === 'hire',
    q4Effect,
    notes,
    sources: [...new Set(sources)],
  };
}

/** Moves weekday-only milestones off weekends and keeps every milestone on or after the one before it. */
function settleDates(dates: Record<TimelineMilestoneKey, Date>) {
  const settled = { ...dates };
  let moved = false;
  let previous: Date | null = null;
  for (const key of timelineMilestoneKeys) {
    let date = dates[key];
    if (weekdayMilestones.has(key)) {
      const weekday = nextWeekday(date);
      moved ||= weekday.getTime() !== date.getTime();
      date = weekday;
    }
    if (previous && date < previous) date = previous;
    settled[key] = date;
    previous = date;
  }
  return { dates: settled, moved };
}
