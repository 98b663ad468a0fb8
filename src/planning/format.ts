/** Plain-words formatting shared by the planner's explanations. */

export function roundMoney(amount: number): number {
  return Math.round(amount);
}

export function formatMoney(amount: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    Math.round(amount),
  );
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** "20–25%" or "15%" when both ends are the same. */
export function formatPercentRange(low: number, high: number): string {
  if (low === high) return formatPercent(low);
  return `${formatPercent(low).replace('%', '')}–${formatPercent(high)}`;
}

/** "9 days", "3 weeks", "about 9 weeks". */
export function formatDays(days: number): string {
  const whole = Math.max(0, Math.round(days));
  if (whole === 1) return '1 day';
  if (whole >= 14 && whole % 7 === 0) return `${whole / 7} weeks`;
  if (whole >= 28) return `about ${Math.round(whole / 7)} weeks`;
  return `${whole} days`;
}

const WEEKS_PER_MONTH = 52 / 12;

/** "3 weeks" for short work, "6 months" for longer. */
export function formatMonths(months: number): string {
  if (months < 2) {
    const weeks = Math.max(1, Math.round(months * WEEKS_PER_MONTH));
    return weeks === 1 ? '1 week' : `${weeks} weeks`;
  }
  const rounded = Math.round(months);
  return rounded === 1 ? '1 month' : `${rounded} months`;
}
