import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import {
  badHireCost,
  costBreakdown,
  juniorVsSenior,
  rampUpCost,
  recruitingCost,
  salaryBand,
  totalCostOfEmployment,
} from './cost.ts';

describe('salaryBand', () => {
  it('gives the national band by level', () => {
    expect(salaryBand('mid')).toMatchObject({ low: 77_000, median: 101_000, high: 141_000, adjustments: [] });
    expect(salaryBand('junior').median).toBe(90_000);
  });

  it('applies the remote adjustment and a location factor', () => {
    expect(salaryBand('mid', { remote: true }).median).toBe(88_375);
    expect(salaryBand('senior', { locationFactor: 1.25 }).median).toBe(193_750);
    expect(salaryBand('senior', { location: 'new_york' }).adjustments).toEqual([
      { label: 'New York City', factor: 1.2 },
    ]);
  });

  it('does not count the remote cut twice for a location that already is a remote rate', () => {
    expect(salaryBand('mid', { remote: true, location: 'us_remote' }).median).toBe(88_375);
  });

  it('keeps the second source as another view for seniors', () => {
    expect(salaryBand('senior').otherSource?.median).toBe(149_000);
    expect(salaryBand('mid').otherSource).toBeNull();
  });

  it('refuses a location it does not know', () => {
    expect(() => salaryBand('mid', { location: 'atlantis' })).toThrow(/Unknown location/);
  });
});

describe('totalCostOfEmployment', () => {
  it('costs a $110k mid-level hire at $132k–$143k all-in before fees', () => {
    const cost = totalCostOfEmployment(110_000);
    expect(cost.overhead).toEqual({ low: 22_000, expected: 27_500, high: 33_000 });
    expect(cost.total).toEqual({ low: 132_000, expected: 137_500, high: 143_000 });
    expect(cost.source).toBe(defaultAssumptions.employerOverhead.source);
  });
});

describe('recruitingCost', () => {
  it('charges 20–25% of first-year salary through an agency', () => {
    const fee = recruitingCost('agency', 100_000);
    expect(fee.oneOff).toEqual({ low: 20_000, expected: 22_500, high: 25_000 });
    expect(fee.rate).toBeNull();
    expect(fee.explanation).toContain('20–25%');
  });

  it('charges about 15% through a startup-matching marketplace', () => {
    expect(recruitingCost('marketplace', 120_000).oneOff.expected).toBe(18_000);
  });

  it('starts a job-board posting at $300', () => {
    expect(recruitingCost('job_board', 110_000).oneOff).toEqual({ low: 300, expected: 300, high: 300 });
  });

  it('prices a vetted network by the week, plus a deposit', () => {
    const vetted = recruitingCost('vetted_network', 0);
    expect(vetted.rate).toEqual({ per: 'week', low: 2_000, expected: 2_600, high: 3_200 });
    expect(vetted.oneOff.expected).toBe(500);
  });

  it('prices a freelance marketplace by the hour and a managed subscription by the month', () => {
    expect(recruitingCost('freelance_marketplace', 0).rate?.per).toBe('hour');
    expect(recruitingCost('managed_subscription', 0).rate).toMatchObject({ per: 'month', expected: 7_000 });
  });

  it('costs a referral bonus and own sourcing time', () => {
    expect(recruitingCost('referral', 100_000).oneOff.expected).toBe(3_000);
    expect(recruitingCost('own_sourcing', 100_000).oneOff.expected).toBe(3_000);
  });
});

describe('rampUpCost', () => {
  it('is positive and below one quarter of salary for every level', () => {
    for (const level of ['junior', 'mid', 'senior'] as const) {
      const rampUp = rampUpCost(110_000, level);
      expect(rampUp.lostOutputCost).toBeGreaterThan(0);
      expect(rampUp.lostOutputCost).toBeLessThan(110_000 / 4);
    }
  });

  it('spends 60–90 days below full speed for mid and senior hires', () => {
    expect(rampUpCost(110_000, 'mid').reducedProductivityDays).toBe(84);
    expect(rampUpCost(110_000, 'senior').reducedProductivityDays).toBe(63);
  });

  it('loses six weeks of salary for a mid-level hire (4 weeks at 25%, 4 at 50%, 4 at 75%)', () => {
    expect(rampUpCost(104_000, 'mid').lostOutputCost).toBe(12_000);
  });

  it('draws a weekly curve that climbs to full speed', () => {
    const { weekly } = rampUpCost(104_000, 'mid');
    expect(weekly[0]).toMatchObject({ week: 1, productivity: 0.25, salaryPaid: 2_000, valueDelivered: 500 });
    expect(weekly.at(-1)?.productivity).toBe(1);
    expect(weekly.at(-1)?.cumulativeLostOutput).toBe(12_000);
    const productivity = weekly.map((week) => week.productivity);
    expect(productivity).toEqual([...productivity].sort((a, b) => a - b));
  });
});

describe('badHireCost', () => {
  it('costs at least 1.5× salary, 3–5× with remediation', () => {
    const cost = badHireCost(100_000);
    expect(cost.minimum).toBe(150_000);
    expect(cost.minimum).toBeGreaterThanOrEqual(1.5 * 100_000);
    expect(cost.withRemediation).toEqual({ low: 300_000, high: 500_000 });
  });
});

describe('costBreakdown', () => {
  it('lists every line item of a first-year hire, ready to stack', () => {
    const breakdown = costBreakdown({ level: 'mid', salary: 110_000, channel: 'job_board' });
    expect(breakdown.items.map((item) => item.key)).toEqual([
      'salary_productive',
      'ramp_up',
      'overhead',
      'recruiting_fee',
      'bad_hire_exposure',
    ]);
    const byKey = Object.fromEntries(breakdown.items.map((item) => [item.key, item.amount]));
    expect(byKey.salary_productive! + byKey.ramp_up!).toBe(110_000);
    expect(byKey.overhead).toBe(27_500);
    expect(byKey.recruiting_fee).toBe(300);
    expect(breakdown.total).toBe(137_800);
    expect(breakdown.totalRange).toEqual({ low: 132_300, high: 143_300 });
    const cash = breakdown.items
      .filter((item) => item.kind === 'cash')
      .reduce((sum, item) => sum + item.amount, 0);
    expect(cash).toBe(breakdown.total);
    expect(breakdown.badHire).toEqual({ probability: 0.2, cost: 165_000, exposure: 33_000 });
    expect(breakdown.totalWithRisk).toBe(137_800 + 33_000);
    for (const item of breakdown.items) expect(item.source).not.toBe('');
  });

  it('defaults the salary to the band median for the location', () => {
    const breakdown = costBreakdown({ level: 'senior', channel: 'agency', remote: true });
    expect(breakdown.payBasis).toBe('salary_band_median');
    expect(breakdown.annualPay).toBe(135_625);
    expect(breakdown.items.find((item) => item.key === 'recruiting_fee')?.amount).toBe(30_516);
  });

  it('adds no employer overhead for a contractor and pays the rate instead', () => {
    const breakdown = costBreakdown({ level: 'senior', channel: 'vetted_network', months: 6 });
    expect(breakdown.payBasis).toBe('channel_rate');
    expect(breakdown.annualPay).toBe(2_600 * 52);
    expect(breakdown.items.find((item) => item.key === 'overhead')?.amount).toBe(0);
    expect(breakdown.total).toBe(2_600 * 26 + 500);
  });

  it('costs a shorter period pro rata, ramp-up included', () => {
    const year = costBreakdown({ level: 'mid', salary: 120_000, channel: 'referral' });
    const month = costBreakdown({ level: 'mid', salary: 120_000, channel: 'referral', months: 1 });
    expect(month.items.find((item) => item.key === 'overhead')?.amount).toBe(2_500);
    const rampUp = (breakdown: typeof year) =>
      breakdown.items.find((item) => item.key === 'ramp_up')?.amount ?? 0;
    expect(rampUp(month)).toBeLessThan(rampUp(year));
    expect(rampUp(month)).toBeLessThanOrEqual(10_000);
  });
});

describe('juniorVsSenior', () => {
  it('gives 24 months of cumulative cost and delivered value', () => {
    const comparison = juniorVsSenior({ months: 24 });
    expect(comparison.timeline).toHaveLength(24);
    expect(comparison.juniorSalary).toBe(90_000);
    expect(comparison.seniorSalary).toBe(155_000);
    for (let index = 1; index < comparison.timeline.length; index += 1) {
      const [before, after] = [comparison.timeline[index - 1]!, comparison.timeline[index]!];
      expect(after.junior.cumulativeCost).toBeGreaterThan(before.junior.cumulativeCost);
      expect(after.senior.cumulativeValue).toBeGreaterThan(before.senior.cumulativeValue);
      expect(after.junior.cumulativeRewriteRisk).toBeGreaterThanOrEqual(before.junior.cumulativeRewriteRisk);
    }
    // Ramp-up: in the first month both deliver less than they cost.
    const first = comparison.timeline[0]!;
    expect(first.senior.cumulativeValue).toBeLessThan(first.senior.cumulativeCost);
    expect(first.junior.cumulativeValue).toBeLessThan(first.junior.cumulativeCost);
    expect(comparison.timeline.at(-1)?.senior.cumulativeCost).toBe(comparison.totals.senior.cost);
  });

  it('prefers the senior when nobody can direct the junior, and the junior under strong direction', () => {
    const unguided = juniorVsSenior({ months: 24, technicalDirection: 'none' });
    const guided = juniorVsSenior({ months: 24, technicalDirection: 'strong' });
    expect(unguided.better).toBe('senior');
    expect(guided.better).toBe('junior');
    expect(unguided.totals.junior.rewriteRisk).toBe(100_000);
    expect(unguided.totals.junior.rewriteRisk).toBeGreaterThan(guided.totals.junior.rewriteRisk);
    expect(unguided.conclusion).toMatch(/senior comes out \$[\d,]+ ahead\.$/);
    expect(guided.conclusion).toMatch(/junior comes out \$[\d,]+ ahead\.$/);
    for (const conclusion of [unguided.conclusion, guided.conclusion]) {
      expect(conclusion.split(/\.\s/)).toHaveLength(1);
    }
  });

  it('shows the classic trap: a $40k yearly saving against a $200k rewrite', () => {
    const comparison = juniorVsSenior({
      juniorSalary: 110_000,
      seniorSalary: 150_000,
      technicalDirection: 'none',
    });
    expect(comparison.yearlySalarySaving).toBe(40_000);
    expect(comparison.better).toBe('senior');
    expect(comparison.conclusion).toContain('rewrite risk');
  });
});
