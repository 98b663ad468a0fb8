/**
 * Small calendar-day helpers. Every date is a UTC midnight, so adding days is plain arithmetic on
 * milliseconds: UTC has no daylight-saving shifts, so a plan never drifts by an hour or a day.
 */

const DAY_MS = 86_400_000;

/** The calendar day of `date` (read from its UTC fields) as a Date at 00:00 UTC. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(utcDay(date).getTime() + Math.round(days) * DAY_MS);
}

export function isWeekend(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The same day when it is a weekday, otherwise the Monday after. */
export function nextWeekday(date: Date): Date {
  let current = utcDay(date);
  while (isWeekend(current)) current = addDays(current, 1);
  return current;
}

/** Monday to Friday; public holidays differ by country and are not modelled. */
export function addBusinessDays(date: Date, businessDays: number): Date {
  let current = utcDay(date);
  let remaining = Math.round(businessDays);
  while (remaining > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current)) remaining -= 1;
  }
  return current;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
}

/** YYYY-MM-DD of the UTC calendar day. */
export function toIsoDate(date: Date): string {
  return utcDay(date).toISOString().slice(0, 10);
}

export function parseIsoDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}".`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (toIsoDate(date) !== isoDate) throw new RangeError(`"${isoDate}" is not a real calendar date.`);
  return date;
}

/** October, November or December (by the UTC calendar day). */
export function isInFourthQuarter(date: Date): boolean {
  return date.getUTCMonth() >= 9;
}
