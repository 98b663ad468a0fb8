import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../planning/assumptions.ts';
import { totalCostOfEmployment } from '../planning/cost.ts';
import {
  bandCheck,
  contractWeeks,
  engagementEndDate,
  isOutsideBand,
  offerCost,
  offerEngagementFor,
  offerTermsSchema,
  targetBonus,
  weeklyPay,
} from './offer-terms.ts';
import { contractTerms, contractToHireTerms, fullTimeTerms, paidTrialTerms } from './test-fixtures.ts';

const fullTime = fullTimeTerms;
const contract = contractTerms;
const contractToHire = contractToHireTerms;
const trial = paidTrialTerms;

const blueprint = (
  salary: { min: number; max: number; period: 'year' | 'month' | 'week' | 'hour' } | null,
) => ({
  salary: salary && { currency: 'USD', ...salary },
});

describe('offer terms schema', () => {
  it('fills the defaults: no equity or bonus, 4-year vesting with a 1-year cliff, 2-week trials', () => {
    const terms = fullTime({ equity: { type: 'options', amount: 10_000 } });
    expect(terms.equity).toEqual({
      type: 'options',
      amount: 10_000,
      unit: 'shares',
      estimatedValue: null,
      vesting: { years: 4, cliffMonths: 12, frequency: 'monthly' },
    });
    expect(terms.bonus).toEqual({ type: 'none' });
    expect(trial.lengthWeeks).toBe(2);
  });

  it('refuses a conversion before the start, a trial without criteria and a cliff past the vesting', () => {
    const bad = (input: unknown) =>
      offerTermsSchema.safeParse(input).error?.issues.map((issue) => issue.path);
    expect(bad({ ...contractToHire, conversionDate: '2026-03-01' })).toEqual([['conversionDate']]);
    expect(bad({ ...trial, successCriteria: [] })).toEqual([['successCriteria']]);
    expect(
      bad({
        ...fullTime(),
        equity: { type: 'rsu', amount: 100, vesting: { years: 1, cliffMonths: 18 } },
      }),
    ).toEqual([['equity', 'vesting', 'cliffMonths']]);
  });

  it('maps blueprint engagement models to offers', () => {
    expect(offerEngagementFor('full_time')).toBe('full_time');
    expect(offerEngagementFor('contract_to_hire')).toBe('contract_to_hire');
    expect(offerEngagementFor('freelance')).toBe('contract');
    expect(offerEngagementFor('managed')).toBe('contract');
  });

  it('derives weekly pay, contract weeks and end dates', () => {
    expect(weeklyPay({ amount: 90, per: 'hour' }, 30)).toBe(2_700);
    expect(weeklyPay({ amount: 600, per: 'day' }, 40)).toBe(3_000);
    expect(contractWeeks(contractToHire)).toBe(13);
    // A two-week trial from Monday 2 March ends Friday 13 March; a 12-week contract on Friday 22 May.
    expect(engagementEndDate(trial)).toBe('2026-03-13');
    expect(engagementEndDate(contract)).toBe('2026-05-22');
    expect(engagementEndDate(contractToHire)).toBe('2026-05-29');
    expect(engagementEndDate(fullTime())).toBeNull();
    expect(targetBonus({ type: 'target_percent', percent: 10 }, 150_000)).toBe(15_000);
  });
});

describe('offerCost', () => {
  it('uses the planner’s total cost of employment for a full-time offer, plus bonuses', () => {
    const cost = offerCost(
      fullTime({
        bonus: { type: 'target_percent', percent: 10 },
        signingBonus: 5_000,
        equity: { type: 'options', amount: 10_000, estimatedValue: 40_000 },
      }),
    );
    const employment = totalCostOfEmployment(150_000);
    expect(cost.total).toBe(employment.total.expected + 15_000 + 5_000);
    expect(cost.totalRange).toEqual({
      low: employment.total.low + 20_000,
      high: employment.total.high + 20_000,
    });
    expect(cost.items.map((item) => [item.key, item.amount, item.kind])).toEqual([
      ['base_salary', 150_000, 'cash'],
      ['employer_overhead', 37_500, 'cash'],
      ['bonus', 15_000, 'cash'],
      ['signing_bonus', 5_000, 'cash'],
      ['equity', 10_000, 'non_cash'],
    ]);
    // Cash items add up to the total; equity is shown beside it.
    const cash = cost.items
      .filter((item) => item.kind === 'cash')
      .reduce((sum, item) => sum + item.amount, 0);
    expect(cash).toBe(cost.total);
  });

  it('follows the organisation’s overhead assumption', () => {
    const assumptions = resolveAssumptions({
      employerOverhead: { share: { low: 0.3, expected: 0.3, high: 0.3 } },
    });
    expect(offerCost(fullTime({ baseSalary: 100_000 }), assumptions).total).toBe(130_000);
  });

  it('costs a contract at its rate for the weeks worked, without overhead', () => {
    const cost = offerCost(contract);
    expect(cost.total).toBe(90 * 40 * 12);
    expect(cost.weeks).toBe(12);
    expect(cost.period).toBe('12-week contract');
    expect(cost.annualisedPay).toBe(90 * 40 * 52);
    expect(cost.totalRange).toEqual({ low: cost.total, high: cost.total });
  });

  it('caps a long contract at the first year', () => {
    const cost = offerCost({ ...contract, durationWeeks: 78 });
    expect(cost.total).toBe(90 * 40 * 52);
    expect(cost.period).toBe('First year');
  });

  it('splits a contract-to-hire year into contract weeks and salaried weeks with overhead', () => {
    const cost = offerCost(contractToHire);
    const salaryPart = Math.round(((140_000 * 39) / 52) * 100) / 100;
    expect(cost.items.map((item) => item.key)).toEqual([
      'contract_fees',
      'salary_after_conversion',
      'employer_overhead',
    ]);
    expect(cost.total).toBe(3_000 * 13 + salaryPart * 1.25);
  });

  it('costs a paid trial for its length only', () => {
    const cost = offerCost(trial);
    expect(cost.total).toBe(6_000);
    expect(cost.weeks).toBe(2);
    expect(cost.period).toBe('2-week trial');
  });
});

describe('bandCheck', () => {
  it('says below, within or above with the difference', () => {
    const range = blueprint({ min: 140_000, max: 180_000, period: 'year' });
    expect(bandCheck(fullTime({ baseSalary: 160_000 }), range)).toMatchObject({
      status: 'within',
      difference: 0,
    });
    const below = bandCheck(fullTime({ baseSalary: 126_000 }), range);
    expect(below).toMatchObject({ status: 'below', difference: -14_000, differenceShare: -0.1 });
    expect(below.message).toBe(
      'The base salary of $126,000 a year is $14,000 below the role’s range of $140,000–$180,000 a year.',
    );
    expect(bandCheck(fullTime({ baseSalary: 198_000 }), range)).toMatchObject({
      status: 'above',
      difference: 18_000,
      differenceShare: 0.1,
    });
  });

  it('normalises periods: a yearly salary against a monthly range, a rate against an hourly one', () => {
    expect(
      bandCheck(fullTime({ baseSalary: 120_000 }), blueprint({ min: 9_000, max: 11_000, period: 'month' })),
    ).toMatchObject({ status: 'within', offered: 10_000, period: 'month' });
    // 40 h × 52 weeks: $150,000 a year is $72.12 an hour.
    expect(bandCheck(fullTime(), blueprint({ min: 80, max: 100, period: 'hour' }))).toMatchObject({
      status: 'below',
      offered: 72.12,
      difference: -7.88,
    });
    expect(bandCheck(contract, blueprint({ min: 3_000, max: 3_500, period: 'week' }))).toMatchObject({
      status: 'above',
      compared: 'contract_rate',
      offered: 3_600,
      difference: 100,
    });
    expect(bandCheck(contract, blueprint({ min: 150_000, max: 200_000, period: 'year' }))).toMatchObject({
      status: 'within',
      offered: 187_200,
    });
  });

  it('checks the intended salary or the contract rate of a contract-to-hire by the range’s period', () => {
    expect(
      bandCheck(contractToHire, blueprint({ min: 130_000, max: 150_000, period: 'year' })),
    ).toMatchObject({
      status: 'within',
      compared: 'intended_salary',
    });
    expect(bandCheck(contractToHire, blueprint({ min: 60, max: 70, period: 'hour' }))).toMatchObject({
      status: 'above',
      compared: 'contract_rate',
      offered: 75,
    });
  });

  it('reports no range, and refuses to compare two currencies', () => {
    const none = bandCheck(fullTime(), blueprint(null));
    expect(none.status).toBe('no_range');
    expect(isOutsideBand(none)).toBe(false);
    const euros = bandCheck(fullTime({ currency: 'EUR' }), blueprint({ min: 1, max: 2, period: 'year' }));
    expect(euros).toMatchObject({ status: 'not_comparable', offeredCurrency: 'EUR', rangeCurrency: 'USD' });
    expect(isOutsideBand(euros)).toBe(true);
  });
});
