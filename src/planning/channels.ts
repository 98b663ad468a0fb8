import type { EngagementModel, Seniority } from '../roles/blueprint.ts';
import {
  type Channel,
  type ChannelOptionKey,
  type ChannelOptionProfile,
  channelOptionKeys,
  defaultAssumptions,
  type PlanningAssumptions,
} from './assumptions.ts';
import { type MoneyRange, recruitingCost, salaryBand } from './cost.ts';
import { daysBetween } from './dates.ts';
import { formatDays, formatMoney, formatMonths, formatPercentRange } from './format.ts';

/**
 * Which channel to hire through. Deterministic, explainable scoring: every rule adds or removes points
 * and says why in plain words, so the ranking can be read back to the user rule by rule.
 */

export type SourcingCapacity = 'none' | 'some' | 'strong';

export type ChannelRecommendationInput = {
  /** The work has a clear, limited scope (a defined task or project). */
  scopeBounded: boolean;
  /** How long the work lasts; null means open-ended (a permanent role). */
  durationMonths: number | null;
  /** The date the work is blocked on; null when nothing is waiting. */
  neededBy: Date | null;
  today: Date;
  budget: { amount: number; period: 'total' | 'month' } | null;
  /** How much sourcing and screening the team can do itself. */
  ownSourcingCapacity: SourcingCapacity;
  seniority: Seniority;
  engagement?: EngagementModel;
};

export type ScoreFactor = {
  factor: 'deadline' | 'work_shape' | 'engagement' | 'sourcing' | 'seniority' | 'budget';
  points: number;
  reason: string;
};

export type ChannelRecommendation = {
  key: ChannelOptionKey;
  channel: Channel;
  engagement: EngagementModel;
  label: string;
  score: number;
  /** False when a hard limit rules it out: too slow for the deadline, the wrong engagement, over budget. */
  fits: boolean;
  timeToStartDays: { min: number; max: number };
  costStructure: string;
  managementOverhead: 'low' | 'medium' | 'high';
  bestFor: string;
  reasons: string[];
  factors: ScoreFactor[];
  estimatedCost: { monthly: MoneyRange; oneOff: MoneyRange; horizonMonths: number };
  source: string;
};

export const channelOptionLabels: Record<ChannelOptionKey, string> = {
  freelance_marketplace: 'Freelance marketplace',
  vetted_network: 'Vetted talent network',
  job_board: 'Job board (full-time hire)',
  managed_subscription: 'Managed developer subscription',
  agency_direct_hire: 'Staffing agency — direct hire',
  agency_contract: 'Staffing agency — contract',
  agency_contract_to_hire: 'Staffing agency — contract-to-hire',
  referral: 'Referrals and your own network',
};

/** How each option reads inside a sentence: "… a job-board hire usually starts in 5–12 weeks". */
const personPhrases: Record<ChannelOptionKey, string> = {
  freelance_marketplace: 'a freelancer from a marketplace',
  vetted_network: 'an engineer from a vetted network',
  job_board: 'a job-board hire',
  managed_subscription: 'a managed subscription',
  agency_direct_hire: 'an agency direct hire',
  agency_contract: 'an agency contractor',
  agency_contract_to_hire: 'an agency contract-to-hire',
  referral: 'a referral hire',
};

const engagementPhrases: Record<EngagementModel, string> = {
  full_time: 'a full-time employee',
  contract: 'a contractor',
  contract_to_hire: 'a contract-to-hire',
  freelance: 'a freelancer',
  managed: 'a managed engineer',
};

type WorkShape = 'short_task' | 'project' | 'ongoing_limited' | 'permanent';

/** Bounded work up to this long counts as a short task. */
const SHORT_TASK_MONTHS = 3;

function workShape(input: Pick<ChannelRecommendationInput, 'scopeBounded' | 'durationMonths'>): WorkShape {
  const { scopeBounded, durationMonths } = input;
  if (scopeBounded)
    return durationMonths !== null && durationMonths <= SHORT_TASK_MONTHS ? 'short_task' : 'project';
  return durationMonths === null ? 'permanent' : 'ongoing_limited';
}

// Scoring weights: judgement, kept in one table so a reviewer can read and tune them.
const shapePoints: Record<WorkShape, Record<ChannelOptionKey, number>> = {
  short_task: {
    freelance_marketplace: 25,
    vetted_network: 15,
    job_board: -25,
    managed_subscription: 10,
    agency_direct_hire: -25,
    agency_contract: 10,
    agency_contract_to_hire: -15,
    referral: -10,
  },
  project: {
    freelance_marketplace: 5,
    vetted_network: 15,
    job_board: -10,
    managed_subscription: 15,
    agency_direct_hire: -10,
    agency_contract: 20,
    agency_contract_to_hire: 5,
    referral: 0,
  },
  ongoing_limited: {
    freelance_marketplace: -10,
    vetted_network: 10,
    job_board: -5,
    managed_subscription: 20,
    agency_direct_hire: -5,
    agency_contract: 15,
    agency_contract_to_hire: 15,
    referral: 5,
  },
  permanent: {
    freelance_marketplace: -25,
    vetted_network: -10,
    job_board: 25,
    managed_subscription: -10,
    agency_direct_hire: 20,
    agency_contract: -10,
    agency_contract_to_hire: 10,
    referral: 25,
  },
};

type Rule = [points: number, reason: string];
/** `rulesOut` marks a rule that makes the option unworkable, not merely weaker. */
type SourcingRule = [points: number, reason: string, rulesOut?: boolean];

const sourcingRules: Record<ChannelOptionKey, Record<SourcingCapacity, SourcingRule>> = {
  job_board: {
    none: [-30, 'A job board brings applicants, but you said no one can source and screen them.'],
    some: [0, 'A job board needs someone to screen the applicants; you have some capacity for that.'],
    strong: [15, 'You can source and screen well, which is what a job-board search runs on.'],
  },
  referral: {
    none: [
      -30,
      'Referrals need someone to work your network, and you said you have no capacity to source.',
      true,
    ],
    some: [5, 'Ask your network: a referred candidate comes vouched for by someone you trust.'],
    strong: [20, 'A strong network of your own is the cheapest source of trusted candidates.'],
  },
  agency_direct_hire: agencySourcingRules(),
  agency_contract: agencySourcingRules(),
  agency_contract_to_hire: agencySourcingRules(),
  vetted_network: {
    none: [15, 'Candidates are vetted before you see them, so you need little sourcing of your own.'],
    some: [5, 'Candidates are vetted before you see them, which saves your team time.'],
    strong: [0, 'Pre-vetting saves some sourcing you could also do yourself.'],
  },
  managed_subscription: {
    none: [
      15,
      'A coordinator picks and manages the engineer, so you need no sourcing or management capacity.',
    ],
    some: [5, 'A coordinator picks and manages the engineer, which saves your team time.'],
    strong: [0, 'A coordinator picks the engineer, which you could also do yourself.'],
  },
  freelance_marketplace: {
    none: [
      -10,
      'On an open marketplace you screen and manage the freelancer yourself, and you said you have no capacity for that.',
    ],
    some: [0, 'On an open marketplace you screen and manage the freelancer yourself.'],
    strong: [5, 'You can screen freelancers well, which an open marketplace relies on.'],
  },
};

function agencySourcingRules(): Record<SourcingCapacity, Rule> {
  return {
    none: [20, 'The agency does the sourcing and first screening for you.'],
    some: [5, 'The agency adds sourcing and screening capacity you only partly have.'],
    strong: [-5, 'You can source well yourself, so an agency fee buys less.'],
  };
}

function seniorityRule(
  key: ChannelOptionKey,
  seniority: Seniority,
  assumptions: PlanningAssumptions,
): Rule | null {
  const isAgency =
    key === 'agency_direct_hire' || key === 'agency_contract' || key === 'agency_contract_to_hire';
  if (seniority === 'senior') {
    if (key === 'vetted_network')
      return [15, 'Vetted networks specialise in senior engineers for high-stakes work.'];
    if (key === 'freelance_marketplace')
      return [-5, 'Senior, high-stakes work is hard to judge from an open marketplace profile.'];
    if (isAgency) return [5, 'An agency screens senior candidates before you see them.'];
  }
  if (seniority === 'junior') {
    if (key === 'vetted_network')
      return [-10, 'Vetted networks charge premium senior rates that a junior role rarely needs.'];
    if (key === 'job_board') return [10, 'Junior roles draw plenty of applicants from a job-board posting.'];
    if (key === 'agency_direct_hire') {
      const fee = assumptions.fees.agency.shareOfFirstYearSalary;
      return [
        -5,
        `A ${formatPercentRange(fee.low, fee.high)} agency fee buys less on a junior role you can fill from a posting.`,
      ];
    }
  }
  return null;
}

function deadlineRule(
  key: ChannelOptionKey,
  profile: ChannelOptionProfile,
  daysAvailable: number | null,
): [number, string, boolean] {
  const start = `${personPhrases[key]} usually starts ${profile.timeToStart.description}`;
  if (daysAvailable === null)
    return [0, 'Nothing is blocked yet, so time to start does not limit this choice.', true];
  const blocked =
    daysAvailable <= 0
      ? 'Your work is already blocked'
      : `Your work is blocked in ${formatDays(daysAvailable)}`;
  if (profile.timeToStart.max <= daysAvailable) return [30, `${blocked}; ${start}, in time.`, true];
  if (profile.timeToStart.min <= daysAvailable)
    return [10, `${blocked}; ${start}, so it may just be in time.`, true];
  // The later it would start, the lower it ranks among the options that miss the date.
  const weeksLate = Math.ceil((profile.timeToStart.min - Math.max(daysAvailable, 0)) / 7);
  return [-30 - Math.min(weeksLate, 6) * 5, `${blocked}; ${start}.`, false];
}

function shapeReason(
  shape: WorkShape,
  durationMonths: number | null,
  points: number,
  profile: ChannelOptionProfile,
) {
  const work =
    shape === 'short_task'
      ? `A bounded task of about ${formatMonths(durationMonths ?? 0)}`
      : shape === 'project'
        ? durationMonths === null
          ? 'A bounded project of unknown length'
          : `A bounded project of about ${formatMonths(durationMonths)}`
        : shape === 'ongoing_limited'
          ? `Ongoing work for about ${formatMonths(durationMonths ?? 0)}`
          : 'A permanent, open-ended role';
  const match =
    points > 0
      ? 'suits this channel'
      : points < 0
        ? 'is a poor match for this channel'
        : 'is a fair match for this channel';
  const bestFor = profile.bestFor.charAt(0).toLowerCase() + profile.bestFor.slice(1);
  return `${work} ${match}, which is best for ${bestFor}.`;
}

const WEEKS_PER_MONTH = 52 / 12;

function isDirectHire(key: ChannelOptionKey): boolean {
  return key === 'job_board' || key === 'agency_direct_hire' || key === 'referral';
}

/** A rough monthly run rate and one-off cost for the option, from the national band for the level. */
export function estimateOptionCost(
  key: ChannelOptionKey,
  seniority: Seniority,
  durationMonths: number | null,
  assumptions: PlanningAssumptions = defaultAssumptions,
): { monthly: MoneyRange; oneOff: MoneyRange; horizonMonths: number } {
  const profile = assumptions.channelOptions[key];
  const band = salaryBand(seniority, {}, assumptions);
  const monthlyBand = { low: band.low / 12, expected: band.median / 12, high: band.high / 12 };
  // A permanent hire is a commitment of at least a year, whatever the length of the work.
  const horizonMonths = isDirectHire(key) ? Math.max(durationMonths ?? 12, 12) : (durationMonths ?? 12);
  const fees = assumptions.fees;
  const zero = { low: 0, expected: 0, high: 0 };
  const round = (range: MoneyRange): MoneyRange => ({
    low: Math.round(range.low),
    expected: Math.round(range.expected),
    high: Math.round(range.high),
  });
  if (key === 'freelance_marketplace') {
    const { hourlyRate, hoursPerWeek, clientFeeShare } = fees.freelanceMarketplace;
    const perMonth = hoursPerWeek * WEEKS_PER_MONTH * (1 + clientFeeShare);
    return {
      monthly: round({
        low: hourlyRate.low * perMonth,
        expected: hourlyRate.expected * perMonth,
        high: hourlyRate.high * perMonth,
      }),
      oneOff: zero,
      horizonMonths,
    };
  }
  if (key === 'vetted_network') {
    const { weeklyRate, deposit } = fees.vettedNetwork;
    return {
      monthly: round({
        low: weeklyRate.low * WEEKS_PER_MONTH,
        expected: weeklyRate.expected * WEEKS_PER_MONTH,
        high: weeklyRate.high * WEEKS_PER_MONTH,
      }),
      oneOff: { low: deposit, expected: deposit, high: deposit },
      horizonMonths,
    };
  }
  if (key === 'managed_subscription') {
    return { monthly: { ...fees.managedSubscription.monthlyFee }, oneOff: zero, horizonMonths };
  }
  if (key === 'agency_contract' || key === 'agency_contract_to_hire') {
    const markup = fees.agencyContract.markupOnPay;
    return {
      monthly: round({
        low: monthlyBand.low * (1 + markup.low),
        expected: monthlyBand.expected * (1 + markup.expected),
        high: monthlyBand.high * (1 + markup.high),
      }),
      oneOff: zero,
      horizonMonths,
    };
  }
  const overhead = assumptions.employerOverhead.share;
  return {
    monthly: round({
      low: monthlyBand.low * (1 + overhead.low),
      expected: monthlyBand.expected * (1 + overhead.expected),
      high: monthlyBand.high * (1 + overhead.high),
    }),
    oneOff: recruitingCost(profile.channel, band.median, assumptions).oneOff,
    horizonMonths,
  };
}

function budgetRule(
  key: ChannelOptionKey,
  budget: NonNullable<ChannelRecommendationInput['budget']>,
  cost: ReturnType<typeof estimateOptionCost>,
  currency: string,
): [number, string, boolean] {
  const money = (amount: number) => formatMoney(amount, currency);
  const who = personPhrases[key];
  const [low, expected, high, yourBudget, usual] =
    budget.period === 'month'
      ? [
          cost.monthly.low,
          cost.monthly.expected,
          cost.monthly.high,
          `${money(budget.amount)} a month`,
          `${who} usually costs ${money(cost.monthly.low)}–${money(cost.monthly.high)} a month`,
        ]
      : [
          cost.monthly.low * cost.horizonMonths + cost.oneOff.low,
          cost.monthly.expected * cost.horizonMonths + cost.oneOff.expected,
          cost.monthly.high * cost.horizonMonths + cost.oneOff.high,
          `${money(budget.amount)} in total`,
          `${who} usually costs ${money(cost.monthly.low * cost.horizonMonths + cost.oneOff.low)}–${money(
            cost.monthly.high * cost.horizonMonths + cost.oneOff.high,
          )} over ${formatMonths(cost.horizonMonths)}`,
        ];
  if (low > budget.amount) return [-30, `Your budget is ${yourBudget}; ${usual}.`, false];
  if (expected > budget.amount) return [-10, `Your budget of ${yourBudget} is tight: ${usual}.`, true];
  if (high > budget.amount) return [5, `Your budget of ${yourBudget} covers the usual cost; ${usual}.`, true];
  return [10, `Your budget of ${yourBudget} comfortably covers it; ${usual}.`, true];
}

/**
 * Ranks the channels for this search, best first. Options that break a hard limit (`fits: false`) always
 * rank below the ones that fit; ties keep a fixed order, so the same input always gives the same list.
 */
export function recommendChannels(
  input: ChannelRecommendationInput,
  assumptions: PlanningAssumptions = defaultAssumptions,
): ChannelRecommendation[] {
  const daysAvailable = input.neededBy === null ? null : daysBetween(input.today, input.neededBy);
  const shape = workShape(input);
  const recommendations = channelOptionKeys.map((key) => {
    const profile = assumptions.channelOptions[key];
    const factors: ScoreFactor[] = [];
    let fits = true;

    const [deadlinePoints, deadlineReason, inTime] = deadlineRule(key, profile, daysAvailable);
    factors.push({ factor: 'deadline', points: deadlinePoints, reason: deadlineReason });
    fits &&= inTime;

    const shapeScore = shapePoints[shape][key];
    factors.push({
      factor: 'work_shape',
      points: shapeScore,
      reason: shapeReason(shape, input.durationMonths, shapeScore, profile),
    });

    if (input.engagement) {
      const wanted = engagementPhrases[input.engagement];
      if (profile.engagements.includes(input.engagement)) {
        factors.push({ factor: 'engagement', points: 20, reason: `It gives you ${wanted}, as you asked.` });
      } else {
        const offered = profile.engagements.map((engagement) => engagementPhrases[engagement]).join(' or ');
        factors.push({
          factor: 'engagement',
          points: -40,
          reason: `You asked for ${wanted}; this channel gives you ${offered}.`,
        });
        fits = false;
      }
    }

    const [sourcingScore, sourcingReason, rulesOut] = sourcingRules[key][input.ownSourcingCapacity];
    factors.push({ factor: 'sourcing', points: sourcingScore, reason: sourcingReason });
    if (rulesOut) fits = false;

    const seniority = seniorityRule(key, input.seniority, assumptions);
    if (seniority) factors.push({ factor: 'seniority', points: seniority[0], reason: seniority[1] });

    const estimatedCost = estimateOptionCost(key, input.seniority, input.durationMonths, assumptions);
    if (input.budget) {
      const [budgetPoints, budgetReason, affordable] = budgetRule(
        key,
        input.budget,
        estimatedCost,
        assumptions.currency,
      );
      factors.push({ factor: 'budget', points: budgetPoints, reason: budgetReason });
      fits &&= affordable;
    }

    const recommendation: ChannelRecommendation = {
      key,
      channel: profile.channel,
      engagement:
        input.engagement && profile.engagements.includes(input.engagement)
          ? input.engagement
          : profile.engagements[0]!,
      label: channelOptionLabels[key],
      score: factors.reduce((sum, factor) => sum + factor.points, 0),
      fits,
      timeToStartDays: { min: profile.timeToStart.min, max: profile.timeToStart.max },
      costStructure: profile.costStructure,
      managementOverhead: profile.managementOverhead,
      bestFor: profile.bestFor,
      // The strongest reasons first, so a short list still explains the ranking.
      reasons: [...factors]
        .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
        .map((factor) => factor.reason),
      factors,
      estimatedCost,
      source: profile.source,
    };
    return recommendation;
  });
  const order = new Map(channelOptionKeys.map((key, index) => [key, index]));
  return recommendations.sort(
    (a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || order.get(a.key)! - order.get(b.key)!,
  );
}
