import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { seniorities } from '../roles/blueprint.ts';
import { channels, defaultAssumptions } from './assumptions.ts';
import { badHireCost, costBreakdown, rampUpCost, salaryBand, totalCostOfEmployment } from './cost.ts';
import { formatMoney } from './format.ts';

const optionsSchema = z.object({
  level: z.enum(seniorities, 'use junior, mid or senior'),
  salary: z.coerce.number().int().min(1000, 'must be an annual amount, e.g. 160000').optional(),
  channel: z.enum(channels, `use one of ${channels.join(', ')}`),
  remote: z.boolean().optional(),
  location: z.string().optional(),
  json: z.boolean().optional(),
});

/** `hirebench cost`: the cost breakdown on the shipped default assumptions. */
export function costCommand(raw: Record<string, unknown>): string {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  }
  const options = parsed.data;
  const assumptions = defaultAssumptions;
  const band = salaryBand(
    options.level,
    { remote: options.remote ?? false, ...(options.location ? { location: options.location } : {}) },
    assumptions,
  );
  const salary = options.salary ?? band.median;
  const breakdown = costBreakdown(
    { level: options.level, salary, channel: options.channel, remote: options.remote ?? false },
    assumptions,
  );
  const result = {
    level: options.level,
    channel: options.channel,
    salary,
    band: { low: band.low, median: band.median, high: band.high },
    totalCostOfEmployment: totalCostOfEmployment(salary, assumptions).total,
    breakdown: breakdown.items.map(({ key, label, amount, kind }) => ({ key, label, amount, kind })),
    firstYearTotal: breakdown.total,
    firstYearTotalWithRisk: breakdown.totalWithRisk,
    rampUp: rampUpCost(salary, options.level, assumptions).lostOutputCost,
    badHire: badHireCost(salary, assumptions),
  };
  if (options.json) return JSON.stringify(result, null, 2);
  const money = (amount: number) => formatMoney(amount);
  return [
    `${options.level} hire at ${money(salary)} through ${options.channel} (band ${money(band.low)}–${money(band.high)}, median ${money(band.median)})`,
    `Total cost of employment: ${money(result.totalCostOfEmployment.low)}–${money(result.totalCostOfEmployment.high)} a year`,
    ...result.breakdown.map((item) => `  ${item.label.padEnd(50)} ${money(item.amount).padStart(12)}`),
    `First-year cost: ${money(result.firstYearTotal)} (${money(result.firstYearTotalWithRisk)} with bad-hire risk)`,
    `A bad hire would cost at least ${money(result.badHire.minimum)}.`,
  ].join('\n');
}
