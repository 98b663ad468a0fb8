import { formatMoney } from '../../../../src/planning/format.ts';

export { formatMoney };

/** Axis ticks: "$120k", "$1.2M". */
export function formatCompactMoney(amount: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: Math.abs(amount) >= 1_000_000 ? 1 : 0,
  })
    .format(amount)
    .replace('K', 'k');
}

/** "$132,000–$143,000", or one figure when both ends agree. */
export function formatMoneyRange(low: number, high: number, currency = 'USD'): string {
  if (low === high) return formatMoney(low, currency);
  return `${formatMoney(low, currency)}–${formatMoney(high, currency)}`;
}

export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;

const dayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The planner's dates are UTC calendar days (YYYY-MM-DD): "Mon, Jul 14, 2026". */
export const formatPlanDate = (isoDay: string) => dayFormat.format(new Date(`${isoDay}T00:00:00Z`));

export const formatShortPlanDate = (isoDay: string) => shortDayFormat.format(new Date(`${isoDay}T00:00:00Z`));

/** "41 days (about 6 weeks)". */
export function formatDaysWithWeeks(days: number): string {
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  return `${days} days (about ${Math.round(days / 7)} weeks)`;
}
