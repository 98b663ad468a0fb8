import { z } from 'zod';
import { addCalendarDays, calendarDaysBetween, previousBusinessDay } from '../onboarding/business-days.ts';
import { defaultAssumptions, type PlanningAssumptions } from '../planning/assumptions.ts';
import { annualisePayRate, totalCostOfEmployment } from '../planning/cost.ts';
import { type Blueprint, type EngagementModel, workplaceTypes } from '../roles/blueprint.ts';
import { formatAmount, formatPay, type PayPeriod, plural, roundCents } from './format.ts';

/**
 * What an offer puts in front of the candidate, by engagement model (PRODUCT.md §3, §6), what it costs in
 * the first year (through the planner's cost model), and how it sits against the blueprint's salary range.
 * Pure: no I/O, no clock.
 */

export const offerEngagements = ['full_time', 'contract', 'contract_to_hire', 'paid_trial'] as const;
export type OfferEngagement = (typeof offerEngagements)[number];

export const offerEngagementLabels: Record<OfferEngagement, string> = {
  full_time: 'Full-time employment',
  contract: 'Contract',
  contract_to_hire: 'Contract-to-hire',
  paid_trial: 'Paid trial',
};

/** The offer a blueprint's engagement model leads to; freelance and managed work is offered as a contract. */
export function offerEngagementFor(engagement: EngagementModel): OfferEngagement {
  if (engagement === 'full_time' || engagement === 'contract_to_hire') return engagement;
  return 'contract';
}

const WEEKS_PER_YEAR = 52;
/** The working week used to turn an hourly range into a yearly one when the offer names no hours. */
export const STANDARD_HOURS_PER_WEEK = 40;
/** A day rate covers an eight-hour day. */
const HOURS_PER_DAY = 8;

// ─── Schemas ─────────────────────────────────────────────────────────────────────────────────────────

const isoDate = z.iso.date('Use a date as YYYY-MM-DD.');
const currency = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.');
const money = z.number().min(0).max(100_000_000);
const positiveMoney = money.positive();
const text = (max: number) => z.string().trim().min(2).max(max);

export const vestingSchema = z
  .object({
    years: z.number().int().min(1).max(10).default(4),
    cliffMonths: z.number().int().min(0).max(60).default(12),
    frequency: z.enum(['monthly', 'quarterly', 'yearly']).default('monthly'),
  })
  .refine((vesting) => vesting.cliffMonths <= vesting.years * 12, {
    message: 'The cliff cannot be longer than the vesting period.',
    path: ['cliffMonths'],
  });
export type Vesting = z.infer<typeof vestingSchema>;

const defaultVesting: Vesting = { years: 4, cliffMonths: 12, frequency: 'monthly' };

const grantFields = {
  amount: z.number().positive(),
  /** A number of shares or units, or a percentage of the company. */
  unit: z.enum(['shares', 'percent']).default('shares'),
  /** What the whole grant is worth today, if the company states it; shown, never counted as cash. */
  estimatedValue: money.nullable().default(null),
  vesting: vestingSchema.default(defaultVesting),
};
const percentOfCompany = (grant: { amount: number; unit: string }) =>
  grant.unit !== 'percent' || grant.amount <= 100;
const percentMessage = { message: 'A percentage of the company cannot exceed 100.', path: ['amount'] };

export const equitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('options'), ...grantFields }).refine(percentOfCompany, percentMessage),
  z.object({ type: z.literal('rsu'), ...grantFields }).refine(percentOfCompany, percentMessage),
]);
export type Equity = z.infer<typeof equitySchema>;

export const bonusSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  /** A yearly target as a share of base salary, e.g. 10 for 10%. */
  z.object({ type: z.literal('target_percent'), percent: z.number().positive().max(200) }),
  z.object({ type: z.literal('fixed'), amount: positiveMoney }),
]);
export type Bonus = z.infer<typeof bonusSchema>;

export const offerLocationSchema = z.object({
  workplace: z.enum(workplaceTypes),
  /** "Berlin", "US or Canada", "London office two days a week". */
  description: z.string().trim().max(160).nullable().default(null),
});
export type OfferLocation = z.infer<typeof offerLocationSchema>;

const common = {
  currency,
  startDate: isoDate,
  location: offerLocationSchema,
};

const contractFields = {
  rate: z.object({ amount: positiveMoney, per: z.enum(['hour', 'week']) }),
  hoursPerWeek: z.number().positive().max(80),
  /** Either side may end the contract with this much notice. */
  noticeWeeks: z.number().min(0).max(26).default(2),
};

export const fullTimeTermsSchema = z.object({
  engagement: z.literal('full_time'),
  ...common,
  /** Base salary a year. */
  baseSalary: positiveMoney,
  equity: equitySchema.default({ type: 'none' }),
  bonus: bonusSchema.default({ type: 'none' }),
  signingBonus: money.default(0),
  benefits: z.array(text(200)).max(30).default([]),
});

export const contractTermsSchema = z.object({
  engagement: z.literal('contract'),
  ...common,
  ...contractFields,
  durationWeeks: z.number().int().min(1).max(260),
});

/** The contract runs from the start date to the conversion date, so it has no separate duration to disagree. */
export const contractToHireTermsSchema = z
  .object({
    engagement: z.literal('contract_to_hire'),
    ...common,
    ...contractFields,
    conversionDate: isoDate,
    /** Base salary a year after conversion. */
    intendedSalary: positiveMoney,
    intendedEquity: equitySchema.default({ type: 'none' }),
  })
  .refine((terms) => terms.conversionDate > terms.startDate, {
    message: 'The conversion date must be after the start date.',
    path: ['conversionDate'],
  });

export const paidTrialTermsSchema = z.object({
  engagement: z.literal('paid_trial'),
  ...common,
  lengthWeeks: z.number().int().min(1).max(12).default(2),
  rate: z.object({ amount: positiveMoney, per: z.enum(['hour', 'day', 'week']) }),
  hoursPerWeek: z.number().positive().max(80).default(STANDARD_HOURS_PER_WEEK),
  /** Written down before the trial starts, so both sides judge the same thing at the end. */
  successCriteria: z.array(text(300)).min(1, 'Write down at least one success criterion.').max(12),
});

export const offerTermsSchema = z.discriminatedUnion('engagement', [
  fullTimeTermsSchema,
  contractTermsSchema,
  contractToHireTermsSchema,
  paidTrialTermsSchema,
]);

export type OfferTerms = z.infer<typeof offerTermsSchema>;
export type OfferTermsInput = z.input<typeof offerTermsSchema>;
export type FullTimeTerms = z.infer<typeof fullTimeTermsSchema>;
export type ContractTerms = z.infer<typeof contractTermsSchema>;
export type ContractToHireTerms = z.infer<typeof contractToHireTermsSchema>;
export type PaidTrialTerms = z.infer<typeof paidTrialTermsSchema>;

// ─── Derived figures ─────────────────────────────────────────────────────────────────────────────────

type Rate = { amount: number; per: 'hour' | 'day' | 'week' };

/** What a rate pays in one week at the given hours. */
export function weeklyPay(rate: Rate, hoursPerWeek: number): number {
  switch (rate.per) {
    case 'hour':
      return rate.amount * hoursPerWeek;
    case 'day':
      return rate.amount * (hoursPerWeek / HOURS_PER_DAY);
    case 'week':
      return rate.amount;
  }
}

/** Weeks of contract work before a contract-to-hire converts (rounded up: a part week is paid). */
export function contractWeeks(terms: ContractToHireTerms): number {
  return Math.ceil(calendarDaysBetween(terms.startDate, terms.conversionDate) / 7);
}

/**
 * The last working day of a time-limited engagement: the calendar day before the same weekday N weeks
 * later, pulled back to a weekday, so a two-week trial from Monday 2 March ends on Friday 13 March.
 * Full-time work has no end.
 */
export function engagementEndDate(terms: OfferTerms): string | null {
  switch (terms.engagement) {
    case 'full_time':
      return null;
    case 'contract':
      return previousBusinessDay(addCalendarDays(terms.startDate, terms.durationWeeks * 7 - 1));
    case 'contract_to_hire':
      return previousBusinessDay(addCalendarDays(terms.conversionDate, -1));
    case 'paid_trial':
      return previousBusinessDay(addCalendarDays(terms.startDate, terms.lengthWeeks * 7 - 1));
  }
}

/** The yearly target bonus in money (0 without one). */
export function targetBonus(bonus: Bonus, baseSalary: number): number {
  switch (bonus.type) {
    case 'none':
      return 0;
    case 'target_percent':
      return roundCents((baseSalary * bonus.percent) / 100);
    case 'fixed':
      return bonus.amount;
  }
}

// ─── First-year cost ─────────────────────────────────────────────────────────────────────────────────

export type OfferCostItemKey =
  | 'base_salary'
  | 'employer_overhead'
  | 'bonus'
  | 'signing_bonus'
  | 'contract_fees'
  | 'salary_after_conversion'
  | 'trial_fees'
  | 'equity';

export type OfferCostItem = {
  key: OfferCostItemKey;
  label: string;
  amount: number;
  /** `non_cash` (equity) is shown beside the total, never added to it. */
  kind: 'cash' | 'non_cash';
  source: string | null;
};

export type OfferCost = {
  engagement: OfferEngagement;
  currency: string;
  /** Weeks costed: the first year (52), or the whole engagement when it is shorter. */
  weeks: number;
  /** "First year", "12-week contract", "2-week trial". */
  period: string;
  /** The pay as a yearly figure, to compare a rate with a salary; for contract-to-hire, the contract rate. */
  annualisedPay: number;
  items: OfferCostItem[];
  /** Cash paid over the period: the total cost of employment for the first year. */
  total: number;
  /** The total at the low and high ends of the planner's overhead range (equal for contractors). */
  totalRange: { low: number; high: number };
  notes: string[];
};

const CONTRACTOR_NOTE =
  'No employer overhead is added: a contractor’s rate already covers their own benefits, taxes and equipment.';

/**
 * The total cost of employment for the offer's first year, with a breakdown. Full-time pay goes through the
 * planner's `totalCostOfEmployment` (salary + benefits, payroll tax and overhead); contractors and trials are
 * costed at their rate for the weeks they work within the year.
 */
export function offerCost(
  terms: OfferTerms,
  assumptions: PlanningAssumptions = defaultAssumptions,
): OfferCost {
  switch (terms.engagement) {
    case 'full_time':
      return fullTimeCost(terms, assumptions);
    case 'contract': {
      const weekly = weeklyPay(terms.rate, terms.hoursPerWeek);
      const weeks = Math.min(terms.durationWeeks, WEEKS_PER_YEAR);
      const fees = roundCents(weekly * weeks);
      return {
        engagement: terms.engagement,
        currency: terms.currency,
        weeks,
        period: terms.durationWeeks >= WEEKS_PER_YEAR ? 'First year' : `${terms.durationWeeks}-week contract`,
        annualisedPay: roundCents(annualisePayRate({ per: 'week', amount: weekly }, assumptions)),
        items: [
          {
            key: 'contract_fees',
            label: `Contract fees: ${plural(weeks, 'week')} at ${formatPay(weekly, terms.currency, 'week')}`,
            amount: fees,
            kind: 'cash',
            source: null,
          },
        ],
        total: fees,
        totalRange: { low: fees, high: fees },
        notes:
          terms.durationWeeks > WEEKS_PER_YEAR
            ? [CONTRACTOR_NOTE, `Only the first 52 of ${terms.durationWeeks} weeks are counted.`]
            : [CONTRACTOR_NOTE],
      };
    }
    case 'contract_to_hire':
      return contractToHireCost(terms, assumptions);
    case 'paid_trial': {
      const weekly = weeklyPay(terms.rate, terms.hoursPerWeek);
      const fees = roundCents(weekly * terms.lengthWeeks);
      return {
        engagement: terms.engagement,
        currency: terms.currency,
        weeks: terms.lengthWeeks,
        period: `${terms.lengthWeeks}-week trial`,
        annualisedPay: roundCents(annualisePayRate({ per: 'week', amount: weekly }, assumptions)),
        items: [
          {
            key: 'trial_fees',
            label: `Trial pay: ${plural(terms.lengthWeeks, 'week')} at ${formatPay(weekly, terms.currency, 'week')}`,
            amount: fees,
            kind: 'cash',
            source: null,
          },
        ],
        total: fees,
        totalRange: { low: fees, high: fees },
        notes: [
          CONTRACTOR_NOTE,
          'Only the trial is costed; hiring the person afterwards is a new offer with its own cost.',
        ],
      };
    }
  }
}

function equityItem(equity: Equity, currency: string): OfferCostItem[] {
  if (equity.type === 'none' || equity.estimatedValue === null) return [];
  return [
    {
      key: 'equity',
      label: `Equity, not cash: a year’s share of a grant valued at ${formatAmount(equity.estimatedValue, currency)}`,
      amount: roundCents(equity.estimatedValue / equity.vesting.years),
      kind: 'non_cash',
      source: null,
    },
  ];
}

function fullTimeCost(terms: FullTimeTerms, assumptions: PlanningAssumptions): OfferCost {
  const employment = totalCostOfEmployment(terms.baseSalary, assumptions);
  const bonus = targetBonus(terms.bonus, terms.baseSalary);
  const extras = bonus + terms.signingBonus;
  const items: OfferCostItem[] = [
    {
      key: 'base_salary',
      label: 'Base salary',
      amount: terms.baseSalary,
      kind: 'cash',
      source: null,
    },
    {
      key: 'employer_overhead',
      label: 'Benefits, payroll tax and overhead',
      amount: employment.overhead.expected,
      kind: 'cash',
      source: employment.source,
    },
  ];
  if (bonus > 0)
    items.push({ key: 'bonus', label: 'Target bonus', amount: bonus, kind: 'cash', source: null });
  if (terms.signingBonus > 0) {
    items.push({
      key: 'signing_bonus',
      label: 'Signing bonus (paid once)',
      amount: terms.signingBonus,
      kind: 'cash',
      source: null,
    });
  }
  items.push(...equityItem(terms.equity, terms.currency));
  const notes = [
    'Overhead is the planner’s share on base salary; bonuses are counted at target, as paid.',
    ...(terms.currency === assumptions.currency
      ? []
      : [
          `The overhead share comes from ${assumptions.currency} market data and is applied to a ${terms.currency} salary as is.`,
        ]),
  ];
  return {
    engagement: 'full_time',
    currency: terms.currency,
    weeks: WEEKS_PER_YEAR,
    period: 'First year',
    annualisedPay: terms.baseSalary,
    items,
    total: employment.total.expected + extras,
    totalRange: { low: employment.total.low + extras, high: employment.total.high + extras },
    notes,
  };
}

function contractToHireCost(terms: ContractToHireTerms, assumptions: PlanningAssumptions): OfferCost {
  const weekly = weeklyPay(terms.rate, terms.hoursPerWeek);
  const contract = Math.min(contractWeeks(terms), WEEKS_PER_YEAR);
  const fees = roundCents(weekly * contract);
  const salaryWeeks = WEEKS_PER_YEAR - contract;
  const salaryPart = roundCents((terms.intendedSalary * salaryWeeks) / WEEKS_PER_YEAR);
  const employment = totalCostOfEmployment(salaryPart, assumptions);
  const items: OfferCostItem[] = [
    {
      key: 'contract_fees',
      label: `Contract fees: ${plural(contract, 'week')} at ${formatPay(weekly, terms.currency, 'week')}`,
      amount: fees,
      kind: 'cash',
      source: null,
    },
  ];
  if (salaryWeeks > 0) {
    items.push(
      {
        key: 'salary_after_conversion',
        label: `Salary after conversion: ${plural(salaryWeeks, 'week')} of ${formatPay(terms.intendedSalary, terms.currency, 'year')}`,
        amount: salaryPart,
        kind: 'cash',
        source: null,
      },
      {
        key: 'employer_overhead',
        label: 'Benefits, payroll tax and overhead after conversion',
        amount: employment.overhead.expected,
        kind: 'cash',
        source: employment.source,
      },
    );
  }
  items.push(...equityItem(terms.intendedEquity, terms.currency));
  return {
    engagement: 'contract_to_hire',
    currency: terms.currency,
    weeks: WEEKS_PER_YEAR,
    period: 'First year',
    annualisedPay: roundCents(annualisePayRate({ per: 'week', amount: weekly }, assumptions)),
    items,
    total: fees + employment.total.expected,
    totalRange: { low: fees + employment.total.low, high: fees + employment.total.high },
    notes: [
      'Contract weeks carry no employer overhead (the rate covers it); weeks after conversion do.',
      'Assumes the conversion goes ahead on the planned date.',
    ],
  };
}

// ─── Band check ──────────────────────────────────────────────────────────────────────────────────────

export type BandPosition = 'below' | 'within' | 'above';
export type ComparedPay = 'base_salary' | 'contract_rate' | 'intended_salary' | 'trial_rate';

export type BandCheck =
  | { status: 'no_range'; message: string }
  | {
      status: 'not_comparable';
      reason: 'currency';
      offeredCurrency: string;
      rangeCurrency: string;
      message: string;
    }
  | {
      status: BandPosition;
      compared: ComparedPay;
      currency: string;
      /** The range's own period: every figure below is in it. */
      period: Exclude<PayPeriod, 'day'>;
      offered: number;
      range: { min: number; max: number };
      /** Offered minus the nearest end of the range: negative below, positive above, 0 within. */
      difference: number;
      /** The difference as a share of that end of the range (-0.1 = 10% below the minimum). */
      differenceShare: number;
      message: string;
    };

type SalaryRange = NonNullable<Blueprint['salary']>;

/** How many of `period` make a year at the given working hours. */
function periodsPerYear(period: PayPeriod, hoursPerWeek: number): number {
  switch (period) {
    case 'year':
      return 1;
    case 'month':
      return 12;
    case 'week':
      return WEEKS_PER_YEAR;
    case 'day':
      return (WEEKS_PER_YEAR * hoursPerWeek) / HOURS_PER_DAY;
    case 'hour':
      return WEEKS_PER_YEAR * hoursPerWeek;
  }
}

/**
 * The pay to hold against the range, as a yearly amount. For contract-to-hire the range's period says which
 * pay it describes: a yearly or monthly range is a salary (the intended salary is checked), an hourly or
 * weekly one is a rate (the contract rate is checked).
 */
function comparablePay(terms: OfferTerms, range: SalaryRange): { compared: ComparedPay; yearly: number } {
  switch (terms.engagement) {
    case 'full_time':
      return { compared: 'base_salary', yearly: terms.baseSalary };
    case 'contract':
      return {
        compared: 'contract_rate',
        yearly: weeklyPay(terms.rate, terms.hoursPerWeek) * WEEKS_PER_YEAR,
      };
    case 'contract_to_hire':
      return range.period === 'year' || range.period === 'month'
        ? { compared: 'intended_salary', yearly: terms.intendedSalary }
        : { compared: 'contract_rate', yearly: weeklyPay(terms.rate, terms.hoursPerWeek) * WEEKS_PER_YEAR };
    case 'paid_trial':
      return { compared: 'trial_rate', yearly: weeklyPay(terms.rate, terms.hoursPerWeek) * WEEKS_PER_YEAR };
  }
}

const comparedWords: Record<ComparedPay, string> = {
  base_salary: 'base salary',
  contract_rate: 'contract rate',
  intended_salary: 'intended salary after conversion',
  trial_rate: 'trial rate',
};

/**
 * Where the offer sits against the blueprint's salary range: below, within or above, with the difference in
 * the range's own period (an hourly range is compared per hour at the offer's hours). Money in two
 * currencies is not converted: it is reported as not comparable, and approvals treat it as outside the band.
 */
export function bandCheck(terms: OfferTerms, blueprint: Pick<Blueprint, 'salary'>): BandCheck {
  const range = blueprint.salary;
  if (!range) {
    return {
      status: 'no_range',
      message: 'The role has no salary range, so there is no band to check the offer against.',
    };
  }
  if (range.currency !== terms.currency) {
    return {
      status: 'not_comparable',
      reason: 'currency',
      offeredCurrency: terms.currency,
      rangeCurrency: range.currency,
      message: `The offer is in ${terms.currency} but the role’s range is in ${range.currency}; they cannot be compared without an exchange rate.`,
    };
  }
  const { compared, yearly } = comparablePay(terms, range);
  const hours = 'hoursPerWeek' in terms ? terms.hoursPerWeek : STANDARD_HOURS_PER_WEEK;
  const offered = roundCents(yearly / periodsPerYear(range.period, hours));
  const status: BandPosition = offered < range.min ? 'below' : offered > range.max ? 'above' : 'within';
  const nearest = status === 'below' ? range.min : range.max;
  const difference = status === 'within' ? 0 : roundCents(offered - nearest);
  const money = (amount: number) => formatAmount(amount, range.currency);
  const rangeText = `${money(range.min)}–${formatPay(range.max, range.currency, range.period)}`;
  const offeredText = formatPay(offered, range.currency, range.period);
  const what = comparedWords[compared];
  const message =
    status === 'within'
      ? `The ${what} of ${offeredText} is within the role’s range of ${rangeText}.`
      : `The ${what} of ${offeredText} is ${money(Math.abs(difference))} ${status} the role’s range of ${rangeText}.`;
  return {
    status,
    compared,
    currency: range.currency,
    period: range.period,
    offered,
    range: { min: range.min, max: range.max },
    difference,
    differenceShare: nearest === 0 ? 0 : Math.round((difference / nearest) * 10_000) / 10_000,
    message,
  };
}

/** Outside the band for approval purposes: below, above, or in another currency (cannot be verified). */
export function isOutsideBand(check: BandCheck): boolean {
  return check.status === 'below' || check.status === 'above' || check.status === 'not_comparable';
}
