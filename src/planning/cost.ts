import type { Seniority, TechnicalDirection } from '../roles/blueprint.ts';
import {
  type Channel,
  channelLabels,
  defaultAssumptions,
  findLocation,
  type PlanningAssumptions,
} from './assumptions.ts';
import { formatMoney, formatPercentRange, roundMoney } from './format.ts';

/**
 * What a backend hire really costs: salary bands, employer overhead, recruiting fees, ramp-up, the risk of
 * a bad hire, and junior-versus-senior over time. Pure functions; every figure comes from `assumptions`.
 */

export type MoneyRange = { low: number; expected: number; high: number };

const WEEKS_PER_YEAR = 52;
const WEEKS_PER_MONTH = WEEKS_PER_YEAR / 12;

// ─── Salary bands ────────────────────────────────────────────────────────────────────────────────────

export type SalaryBandOptions = {
  remote?: boolean;
  /** Multiplier on the national band, e.g. 1.25 for the San Francisco Bay Area. */
  locationFactor?: number;
  /** A key of the location table; wins over `locationFactor` and knows whether it already is a remote rate. */
  location?: string;
};

export type SalaryBand = {
  level: Seniority;
  currency: string;
  low: number;
  median: number;
  high: number;
  /** The multipliers applied to the national band, in order, for the "how we got here" line. */
  adjustments: { label: string; factor: number }[];
  /** The second published view (only senior has one), with the same adjustments. */
  otherSource: { median: number; source: string } | null;
  source: string;
};

export function salaryBand(
  level: Seniority,
  options: SalaryBandOptions = {},
  assumptions: PlanningAssumptions = defaultAssumptions,
): SalaryBand {
  const adjustments: { label: string; factor: number }[] = [];
  const location = options.location ? findLocation(options.location, assumptions) : null;
  if (options.location && !location) throw new RangeError(`Unknown location "${options.location}".`);
  const locationFactor = location?.factor ?? options.locationFactor ?? 1;
  if (locationFactor !== 1)
    adjustments.push({ label: location?.label ?? 'Location', factor: locationFactor });
  // A remote location factor is already a remote rate: applying the remote cut again would count it twice.
  if (options.remote && !location?.remoteAdjustmentIncluded) {
    adjustments.push({ label: 'Remote role', factor: 1 - assumptions.remoteAdjustment.reduction.expected });
  }
  const multiplier = adjustments.reduce((product, adjustment) => product * adjustment.factor, 1);
  const band = assumptions.salaryBands.levels[level];
  const other = assumptions.alternativeSalaryView;
  return {
    level,
    currency: assumptions.currency,
    low: roundMoney(band.low * multiplier),
    median: roundMoney(band.median * multiplier),
    high: roundMoney(band.high * multiplier),
    adjustments,
    otherSource:
      level === 'senior'
        ? { median: roundMoney(other.senior.median * multiplier), source: other.source }
        : null,
    source: assumptions.salaryBands.source,
  };
}

// ─── Total cost of employment ────────────────────────────────────────────────────────────────────────

export type TotalCostOfEmployment = {
  salary: number;
  overhead: MoneyRange;
  total: MoneyRange;
  source: string;
};

/** Salary plus benefits, payroll tax and overhead (20–30% by default), before fees and ramp-up. */
export function totalCostOfEmployment(
  salary: number,
  assumptions: PlanningAssumptions = defaultAssumptions,
): TotalCostOfEmployment {
  const share = assumptions.employerOverhead.share;
  const overhead = {
    low: roundMoney(salary * share.low),
    expected: roundMoney(salary * share.expected),
    high: roundMoney(salary * share.high),
  };
  return {
    salary,
    overhead,
    total: { low: salary + overhead.low, expected: salary + overhead.expected, high: salary + overhead.high },
    source: assumptions.employerOverhead.source,
  };
}

// ─── Recruiting cost per channel ─────────────────────────────────────────────────────────────────────

export type PayRate = { per: 'hour' | 'week' | 'month'; low: number; expected: number; high: number };

export type RecruitingCost = {
  channel: Channel;
  label: string;
  /** Paid once to get the person in. */
  oneOff: MoneyRange;
  /** For contractors and subscriptions: what you pay instead of a salary. */
  rate: PayRate | null;
  explanation: string;
  source: string;
};

function scaleRange(range: MoneyRange, factor: number): MoneyRange {
  return {
    low: roundMoney(range.low * factor),
    expected: roundMoney(range.expected * factor),
    high: roundMoney(range.high * factor),
  };
}

function flatRange(amount: number): MoneyRange {
  return { low: amount, expected: amount, high: amount };
}

/**
 * The cost of finding the person through `channel`. `salary` is the annual salary of a full-time hire; the
 * contractor channels ignore it and return their rate instead.
 */
export function recruitingCost(
  channel: Channel,
  salary: number,
  assumptions: PlanningAssumptions = defaultAssumptions,
): RecruitingCost {
  const fees = assumptions.fees;
  const money = (amount: number) => formatMoney(amount, assumptions.currency);
  const base = { channel, label: channelLabels[channel] };
  switch (channel) {
    case 'agency': {
      const share = fees.agency.shareOfFirstYearSalary;
      return {
        ...base,
        oneOff: scaleRange(share, salary),
        rate: null,
        explanation: `${formatPercentRange(share.low, share.high)} of a first-year salary of ${money(salary)}.`,
        source: fees.agency.source,
      };
    }
    case 'marketplace': {
      const share = fees.marketplace.shareOfAnnualSalary;
      return {
        ...base,
        oneOff: scaleRange(share, salary),
        rate: null,
        explanation: `${formatPercentRange(share.low, share.high)} of an annual salary of ${money(salary)}.`,
        source: fees.marketplace.source,
      };
    }
    case 'job_board': {
      const cost = fees.jobBoard.perPosting * fees.jobBoard.postingsPerHire;
      return {
        ...base,
        oneOff: flatRange(cost),
        rate: null,
        explanation: `${fees.jobBoard.postingsPerHire} posting from ${money(fees.jobBoard.perPosting)}; your team screens the applicants.`,
        source: fees.jobBoard.source,
      };
    }
    case 'referral':
      return {
        ...base,
        oneOff: { ...fees.referral.bonus },
        rate: null,
        explanation: `A referral bonus of about ${money(fees.referral.bonus.expected)} to the person who referred the hire.`,
        source: fees.referral.source,
      };
    case 'own_sourcing': {
      const { hours, internalHourlyCost } = fees.ownSourcing;
      return {
        ...base,
        oneOff: scaleRange(hours, internalHourlyCost),
        rate: null,
        explanation: `About ${hours.expected} hours of your team's time at ${money(internalHourlyCost)} an hour.`,
        source: fees.ownSourcing.source,
      };
    }
    case 'vetted_network': {
      const { weeklyRate, deposit } = fees.vettedNetwork;
      return {
        ...base,
        oneOff: flatRange(deposit),
        rate: { per: 'week', ...weeklyRate },
        explanation: `A ${money(deposit)} deposit, then ${money(weeklyRate.low)}–${money(weeklyRate.high)} a week.`,
        source: fees.vettedNetwork.source,
      };
    }
    case 'freelance_marketplace': {
      const { hourlyRate, clientFeeShare } = fees.freelanceMarketplace;
      const withFee = scaleRange(hourlyRate, 1 + clientFeeShare);
      return {
        ...base,
        oneOff: flatRange(0),
        rate: { per: 'hour', ...withFee },
        explanation: `${money(withFee.low)}–${money(withFee.high)} an hour, including a ${formatPercentRange(clientFeeShare, clientFeeShare)} platform fee.`,
        source: fees.freelanceMarketplace.source,
      };
    }
    case 'managed_subscription': {
      const { monthlyFee } = fees.managedSubscription;
      return {
        ...base,
        oneOff: flatRange(0),
        rate: { per: 'month', ...monthlyFee },
        explanation: `A fixed fee of about ${money(monthlyFee.expected)} a month; the provider manages delivery.`,
        source: fees.managedSubscription.source,
      };
    }
  }
}

/** A contractor or subscription rate as a yearly amount, to compare it with a salary. */
export function annualisePayRate(
  rate: Pick<PayRate, 'per'> & { amount: number },
  assumptions: PlanningAssumptions = defaultAssumptions,
): number {
  switch (rate.per) {
    case 'hour':
      return rate.amount * assumptions.fees.freelanceMarketplace.hoursPerWeek * WEEKS_PER_YEAR;
    case 'week':
      return rate.amount * WEEKS_PER_YEAR;
    case 'month':
      return rate.amount * 12;
  }
}

// ─── Ramp-up ─────────────────────────────────────────────────────────────────────────────────────────

type ProductivitySegment = {
  key: string;
  label: string;
  fromWeek: number;
  untilWeek: number;
  productivity: number;
};

/** The ramp-up phases for `level`, stretched or shortened by the level's pace. */
export function rampUpPhases(
  level: Seniority,
  assumptions: PlanningAssumptions = defaultAssumptions,
): ProductivitySegment[] {
  const pace = assumptions.rampUp.levelPace[level];
  let fromWeek = 0;
  return assumptions.rampUp.phases.map((phase) => {
    const segment = {
      key: phase.key,
      label: phase.label,
      fromWeek,
      untilWeek: phase.untilWeek * pace,
      productivity: phase.productivity,
    };
    fromWeek = segment.untilWeek;
    return segment;
  });
}

/** Average productivity (0–1) between two points in time, in weeks since the first day. */
export function averageProductivity(
  fromWeek: number,
  untilWeek: number,
  level: Seniority,
  assumptions: PlanningAssumptions = defaultAssumptions,
): number {
  if (untilWeek <= fromWeek) return 0;
  const phases = rampUpPhases(level, assumptions);
  const fullSpeedFrom = phases.at(-1)?.untilWeek ?? 0;
  const segments = [
    ...phases,
    { fromWeek: fullSpeedFrom, untilWeek: Number.POSITIVE_INFINITY, productivity: 1 },
  ];
  let delivered = 0;
  for (const segment of segments) {
    const overlap = Math.min(untilWeek, segment.untilWeek) - Math.max(fromWeek, segment.fromWeek);
    if (overlap > 0) delivered += overlap * segment.productivity;
  }
  return delivered / (untilWeek - fromWeek);
}

export type RampUpWeek = {
  week: number;
  productivity: number;
  salaryPaid: number;
  valueDelivered: number;
  lostOutput: number;
  cumulativeLostOutput: number;
};

export type RampUpCost = {
  salary: number;
  level: Seniority;
  /** Salary paid for output not yet delivered while the hire learns the codebase. */
  lostOutputCost: number;
  weeksToFullProductivity: number;
  reducedProductivityDays: number;
  phases: ProductivitySegment[];
  /** Week-by-week curve for a chart, running a few weeks past full speed. */
  weekly: RampUpWeek[];
  source: string;
};

const WEEKS_SHOWN_AFTER_FULL_SPEED = 4;

export function rampUpCost(
  salary: number,
  level: Seniority,
  assumptions: PlanningAssumptions = defaultAssumptions,
): RampUpCost {
  const phases = rampUpPhases(level, assumptions);
  const weeksToFull = phases.at(-1)?.untilWeek ?? 0;
  const weeklySalary = salary / WEEKS_PER_YEAR;
  const weekly: RampUpWeek[] = [];
  let cumulativeLostOutput = 0;
  const weeksShown = Math.ceil(weeksToFull) + WEEKS_SHOWN_AFTER_FULL_SPEED;
  for (let week = 1; week <= weeksShown; week += 1) {
    const productivity = averageProductivity(week - 1, week, level, assumptions);
    const lostOutput = weeklySalary * (1 - productivity);
    cumulativeLostOutput += lostOutput;
    weekly.push({
      week,
      productivity,
      salaryPaid: roundMoney(weeklySalary),
      valueDelivered: roundMoney(weeklySalary * productivity),
      lostOutput: roundMoney(lostOutput),
      cumulativeLostOutput: roundMoney(cumulativeLostOutput),
    });
  }
  return {
    salary,
    level,
    lostOutputCost: roundMoney(lostOutputWithin(weeksToFull, salary, level, assumptions)),
    weeksToFullProductivity: weeksToFull,
    reducedProductivityDays: Math.round(weeksToFull * 7),
    phases,
    weekly,
    source: assumptions.rampUp.source,
  };
}

/** Salary paid for undelivered output during the first `weeks` weeks. */
function lostOutputWithin(weeks: number, salary: number, level: Seniority, assumptions: PlanningAssumptions) {
  if (weeks <= 0) return 0;
  const weeklySalary = salary / WEEKS_PER_YEAR;
  return weeklySalary * weeks * (1 - averageProductivity(0, weeks, level, assumptions));
}

// ─── Bad hire ────────────────────────────────────────────────────────────────────────────────────────

export type BadHireCost = {
  salary: number;
  minimum: number;
  withRemediation: { low: number; high: number };
  source: string;
};

export function badHireCost(
  salary: number,
  assumptions: PlanningAssumptions = defaultAssumptions,
): BadHireCost {
  const { minimumMultiple, remediationMultiple } = assumptions.badHire;
  return {
    salary,
    minimum: roundMoney(salary * minimumMultiple),
    withRemediation: {
      low: roundMoney(salary * remediationMultiple.low),
      high: roundMoney(salary * remediationMultiple.high),
    },
    source: assumptions.badHire.source,
  };
}

/** Chance a hire through `channel` at `level` does not work out (editable per channel and level). */
export function badHireProbability(
  channel: Channel,
  level: Seniority,
  assumptions: PlanningAssumptions = defaultAssumptions,
): number {
  const exposure = assumptions.badHireExposure;
  const probability = exposure.probabilityByChannel[channel] * exposure.levelMultiplier[level];
  // Rounded so 0.1 × 0.9 reads 0.09, not 0.09000000000000001.
  return Math.min(1, Math.round(probability * 10_000) / 10_000);
}

// ─── Cost breakdown ──────────────────────────────────────────────────────────────────────────────────

export type CostBreakdownInput = {
  level: Seniority;
  /** Annual salary; defaults to the band median for the level, location and remote setting. */
  salary?: number;
  channel: Channel;
  remote?: boolean;
  locationFactor?: number;
  location?: string;
  /** The period to cost; 12 gives the first-year cost. */
  months?: number;
};

export type CostItemKey =
  | 'salary_productive'
  | 'ramp_up'
  | 'overhead'
  | 'recruiting_fee'
  | 'bad_hire_exposure';

export type CostItem = {
  key: CostItemKey;
  label: string;
  amount: number;
  /** `cash` is money paid out; `risk` is an expected cost (probability × cost), not a bill. */
  kind: 'cash' | 'risk';
  source: string;
};

export type CostBreakdown = {
  level: Seniority;
  channel: Channel;
  months: number;
  currency: string;
  /** What the person is paid per year: the salary, or the channel's rate annualised. */
  annualPay: number;
  payBasis: 'salary_input' | 'salary_band_median' | 'channel_rate';
  /**
   * Stack these for the bar chart: the pay is split into the part that buys full-speed work and the part
   * paid during ramp-up, so the bars add up without counting any dollar twice.
   */
  items: CostItem[];
  /** Cash over the period: pay + overhead + recruiting fee (the "total first-year cost" when months = 12). */
  total: number;
  /** Cash total at the low and high ends of the overhead and fee ranges. */
  totalRange: { low: number; high: number };
  totalWithRisk: number;
  badHire: { probability: number; cost: number; exposure: number };
};

export function costBreakdown(
  input: CostBreakdownInput,
  assumptions: PlanningAssumptions = defaultAssumptions,
): CostBreakdown {
  const months = input.months ?? 12;
  if (!(months > 0)) throw new RangeError('months must be greater than zero.');
  const periodShare = months / 12;
  const bandMedian = salaryBand(input.level, input, assumptions).median;
  const salary = input.salary ?? bandMedian;
  const recruiting = recruitingCost(input.channel, salary, assumptions);
  const isContractor = recruiting.rate !== null;
  const annualPay = recruiting.rate
    ? annualisePayRate({ per: recruiting.rate.per, amount: recruiting.rate.expected }, assumptions)
    : salary;
  const payBasis = isContractor
    ? 'channel_rate'
    : input.salary === undefined
      ? 'salary_band_median'
      : 'salary_input';

  const periodPay = roundMoney(annualPay * periodShare);
  const rampUp = Math.min(
    periodPay,
    roundMoney(
      lostOutputWithin(
        Math.min(
          months * WEEKS_PER_MONTH,
          rampUpCost(annualPay, input.level, assumptions).weeksToFullProductivity,
        ),
        annualPay,
        input.level,
        assumptions,
      ),
    ),
  );
  const overheadShare = assumptions.employerOverhead.share;
  // Contractors and subscriptions carry their own benefits and payroll costs inside the rate.
  const overhead = isContractor ? flatRange(0) : scaleRange(overheadShare, periodPay);

  const probability = badHireProbability(input.channel, input.level, assumptions);
  const badHire = isContractor
    ? roundMoney(annualPay * assumptions.badHireExposure.contractorCostMultiple)
    : badHireCost(annualPay, assumptions).minimum;
  const exposure = roundMoney(probability * badHire);

  const payWord = isContractor ? 'Contractor fees' : 'Salary';
  const items: CostItem[] = [
    {
      key: 'salary_productive',
      label: `${payWord} for full-speed work`,
      amount: periodPay - rampUp,
      kind: 'cash',
      source: isContractor ? recruiting.source : assumptions.salaryBands.source,
    },
    {
      key: 'ramp_up',
      label: `${payWord} paid while they ramp up`,
      amount: rampUp,
      kind: 'cash',
      source: assumptions.rampUp.source,
    },
    {
      key: 'overhead',
      label: isContractor
        ? 'Benefits, payroll tax and overhead (none: included in the rate)'
        : 'Benefits, payroll tax and overhead',
      amount: overhead.expected,
      kind: 'cash',
      source: assumptions.employerOverhead.source,
    },
    {
      key: 'recruiting_fee',
      label: `Recruiting cost (${recruiting.label})`,
      amount: recruiting.oneOff.expected,
      kind: 'cash',
      source: recruiting.source,
    },
    {
      key: 'bad_hire_exposure',
      label: 'Expected cost of a bad hire (chance × cost)',
      amount: exposure,
      kind: 'risk',
      source: assumptions.badHireExposure.source,
    },
  ];
  const total = periodPay + overhead.expected + recruiting.oneOff.expected;
  return {
    level: input.level,
    channel: input.channel,
    months,
    currency: assumptions.currency,
    annualPay,
    payBasis,
    items,
    total,
    totalRange: {
      low: periodPay + overhead.low + recruiting.oneOff.low,
      high: periodPay + overhead.high + recruiting.oneOff.high,
    },
    totalWithRisk: total + exposure,
    badHire: { probability, cost: badHire, exposure },
  };
}

// ─── Junior versus senior ────────────────────────────────────────────────────────────────────────────

export type JuniorVsSeniorInput = {
  juniorSalary?: number;
  seniorSalary?: number;
  months?: number;
  /** How much technical direction the team can give the junior; drives output and rewrite risk. */
  technicalDirection?: TechnicalDirection;
  remote?: boolean;
  locationFactor?: number;
  location?: string;
};

export type JuniorVsSeniorMonth = {
  month: number;
  junior: { cumulativeCost: number; cumulativeValue: number; cumulativeRewriteRisk: number };
  senior: { cumulativeCost: number; cumulativeValue: number };
};

export type JuniorVsSenior = {
  months: number;
  technicalDirection: TechnicalDirection;
  juniorSalary: number;
  seniorSalary: number;
  /** The "save $40k a year" figure: the difference in salary. */
  yearlySalarySaving: number;
  /** Month by month, for a line chart of cost against delivered value. */
  timeline: JuniorVsSeniorMonth[];
  totals: {
    junior: { cost: number; value: number; rewriteRisk: number; net: number };
    senior: { cost: number; value: number; net: number };
  };
  better: 'junior' | 'senior';
  conclusion: string;
  source: string;
};

const directionPhrases: Record<TechnicalDirection, string> = {
  none: 'no one to give technical direction',
  some: 'only some technical direction',
  strong: 'strong technical direction from the team',
};

/**
 * Cumulative cost (salary + overhead) against delivered value for a junior and a senior. Value is measured
 * in what a senior's full-speed month costs: a senior at full speed delivers their cost, a junior delivers
 * a share of it that depends on the direction they get, and unguided junior work builds up rewrite risk.
 */
export function juniorVsSenior(
  input: JuniorVsSeniorInput = {},
  assumptions: PlanningAssumptions = defaultAssumptions,
): JuniorVsSenior {
  const months = input.months ?? 24;
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError('months must be a whole number of at least 1.');
  const direction = input.technicalDirection ?? 'some';
  const bandOptions = {
    remote: input.remote,
    locationFactor: input.locationFactor,
    location: input.location,
  };
  const juniorSalary = input.juniorSalary ?? salaryBand('junior', bandOptions, assumptions).median;
  const seniorSalary = input.seniorSalary ?? salaryBand('senior', bandOptions, assumptions).median;
  const loadFactor = 1 + assumptions.employerOverhead.share.expected;
  const juniorMonthlyCost = (juniorSalary * loadFactor) / 12;
  const seniorMonthlyCost = (seniorSalary * loadFactor) / 12;
  const comparison = assumptions.juniorVsSenior;
  const juniorOutputShare = comparison.juniorOutputShare[direction];
  const monthlyRewriteRisk =
    (comparison.rewriteProbability[direction] * comparison.rewriteCost) / comparison.rewriteHorizonMonths;

  const timeline: JuniorVsSeniorMonth[] = [];
  let juniorCost = 0;
  let juniorValue = 0;
  let juniorRisk = 0;
  let seniorCost = 0;
  let seniorValue = 0;
  for (let month = 1; month <= months; month += 1) {
    const fromWeek = (month - 1) * WEEKS_PER_MONTH;
    const untilWeek = month * WEEKS_PER_MONTH;
    juniorCost += juniorMonthlyCost;
    seniorCost += seniorMonthlyCost;
    juniorValue +=
      averageProductivity(fromWeek, untilWeek, 'junior', assumptions) * juniorOutputShare * seniorMonthlyCost;
    seniorValue += averageProductivity(fromWeek, untilWeek, 'senior', assumptions) * seniorMonthlyCost;
    juniorRisk += monthlyRewriteRisk;
    timeline.push({
      month,
      junior: {
        cumulativeCost: roundMoney(juniorCost),
        cumulativeValue: roundMoney(juniorValue),
        cumulativeRewriteRisk: roundMoney(juniorRisk),
      },
      senior: { cumulativeCost: roundMoney(seniorCost), cumulativeValue: roundMoney(seniorValue) },
    });
  }

  const junior = {
    cost: roundMoney(juniorCost),
    value: roundMoney(juniorValue),
    rewriteRisk: roundMoney(juniorRisk),
    net: roundMoney(juniorValue - juniorCost - juniorRisk),
  };
  const senior = {
    cost: roundMoney(seniorCost),
    value: roundMoney(seniorValue),
    net: roundMoney(seniorValue - seniorCost),
  };
  const better = junior.net > senior.net ? 'junior' : 'senior';
  return {
    months,
    technicalDirection: direction,
    juniorSalary,
    seniorSalary,
    yearlySalarySaving: seniorSalary - juniorSalary,
    timeline,
    totals: { junior, senior },
    better,
    conclusion: juniorVsSeniorConclusion(months, direction, junior, senior, better, assumptions.currency),
    source: comparison.source,
  };
}

function juniorVsSeniorConclusion(
  months: number,
  direction: TechnicalDirection,
  junior: JuniorVsSenior['totals']['junior'],
  senior: JuniorVsSenior['totals']['senior'],
  better: 'junior' | 'senior',
  currency: string,
): string {
  const money = (amount: number) => formatMoney(amount, currency);
  const saving = senior.cost - junior.cost;
  const workGap = senior.value - junior.value;
  const margin = Math.abs(junior.net - senior.net);
  if (saving <= 0 || workGap < 0) {
    return `Over ${months} months the ${better} comes out ${money(margin)} ahead once delivered work, cost and rewrite risk are counted.`;
  }
  if (better === 'senior') {
    return `Over ${months} months the junior saves ${money(saving)} in pay and overhead, but with ${directionPhrases[direction]} the junior delivers ${money(workGap)} less work and carries an expected ${money(junior.rewriteRisk)} rewrite risk, so the senior comes out ${money(margin)} ahead.`;
  }
  return `Over ${months} months, with ${directionPhrases[direction]}, the junior saves ${money(saving)} in pay and overhead, more than the ${money(workGap)} of work and ${money(junior.rewriteRisk)} expected rewrite risk given up, so the junior comes out ${money(margin)} ahead.`;
}
